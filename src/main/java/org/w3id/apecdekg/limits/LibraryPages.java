package org.w3id.apecdekg.limits;

import java.util.Optional;

/** The page size a library query is served in when the caller does not ask for one. */
@FunctionalInterface
interface LibraryPages {

    Optional<Integer> defaultPageSize(String queryName);
}
