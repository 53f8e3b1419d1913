package org.w3id.apecdekg.imports;

import java.util.List;

/** Why a file was not imported; the store is unchanged. The message names the file (and line). */
public final class ImportException extends RuntimeException {

    /** What went wrong, with the HTTP status it maps to. */
    public enum Kind {
        UNSUPPORTED_FORMAT(415), SYNTAX(400), UNKNOWN_NAMES(422), INVALID(422), BAD_REQUEST(400);

        private final int status;

        Kind(int status) { this.status = status; }

        public int status() { return status; }
    }

    private final Kind kind;
    private final List<String> details;

    public ImportException(Kind kind, String message, List<String> details) {
        super(message);
        this.kind = kind;
        this.details = List.copyOf(details);
    }

    public ImportException(Kind kind, String message) {
        this(kind, message, List.of());
    }

    public Kind kind() { return kind; }

    /** One line per problem (rows of a CSV, SHACL results), possibly empty. */
    public List<String> details() { return details; }

    /** The message followed by the details, one per line. */
    public String report() {
        StringBuilder s = new StringBuilder(getMessage()).append('\n');
        details.forEach(d -> s.append(d).append('\n'));
        return s.toString();
    }
}
