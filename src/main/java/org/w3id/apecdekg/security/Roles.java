package org.w3id.apecdekg.security;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The three roles; each includes the ones below it (admin ⊃ editor ⊃ reader). */
public final class Roles {

    /** May read without the anonymous row cap. */
    public static final String READER = "READER";
    /** May also write: SPARQL Update, Graph Store writes, report uploads, imports. */
    public static final String EDITOR = "EDITOR";
    /** May also back up and compact the store. */
    public static final String ADMIN  = "ADMIN";

    static final String HIERARCHY = "ROLE_ADMIN > ROLE_EDITOR\nROLE_EDITOR > ROLE_READER";

    private static final Set<String> KNOWN = Set.of(READER, EDITOR, ADMIN);

    private Roles() {}

    /** Authorities of configured role names ({@code reader}, {@code editor}, {@code admin}, any case). */
    static List<GrantedAuthority> authorities(List<String> names, String owner) {
        if (names == null || names.isEmpty()) {
            throw new IllegalStateException(owner + ": no roles (use reader, editor or admin)");
        }
        return names.stream().map(n -> {
            String role = n.trim().toUpperCase(Locale.ROOT);
            if (!KNOWN.contains(role)) {
                throw new IllegalStateException(owner + ": unknown role '" + n + "' (use reader, editor or admin)");
            }
            return (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role);
        }).toList();
    }
}
