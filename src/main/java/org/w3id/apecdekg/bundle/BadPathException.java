package org.w3id.apecdekg.bundle;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file or directory the application was told to use is missing, of the wrong kind or unusable. The
 * message is one line that names the path (and the option or property that named it, when known).
 */
public final class BadPathException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path path;

    public BadPathException(Path path, String message) {
        this(path, message, null);
    }

    public BadPathException(Path path, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.path = path;
    }

    /** The path at fault. */
    public Path path() {
        return path;
    }
}
