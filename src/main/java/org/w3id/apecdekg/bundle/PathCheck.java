package org.w3id.apecdekg.bundle;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Checks of the paths a command or the server is given, before any work starts, so that a missing or
 * unusable one is reported in one line naming it instead of failing half-way with a stack trace.
 * {@code what} names the option or property in the message, e.g. {@code --data}.
 */
public final class PathCheck {

    private PathCheck() {}

    /** An existing, readable directory. */
    public static Path directory(Path dir, String what) {
        if (!Files.exists(dir)) {
            throw new BadPathException(dir, dir + ": no such directory" + by(what));
        }
        if (!Files.isDirectory(dir)) {
            throw new BadPathException(dir, dir + ": not a directory" + by(what));
        }
        if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
            throw new BadPathException(dir, dir + ": directory not readable" + by(what));
        }
        return dir;
    }

    /** An existing, readable regular file. */
    public static Path file(Path file, String what) {
        if (!Files.exists(file)) {
            throw new BadPathException(file, file + ": no such file" + by(what));
        }
        if (Files.isDirectory(file)) {
            throw new BadPathException(file, file + ": is a directory, not a file" + by(what));
        }
        if (!Files.isReadable(file)) {
            throw new BadPathException(file, file + ": file not readable" + by(what));
        }
        return file;
    }

    /**
     * A directory that exists or can be created, and can be written to; {@code kind} names it in messages
     * (e.g. {@code store}: "cannot create the store directory").
     */
    public static Path writableDirectory(Path dir, String kind) {
        String noun = kind == null || kind.isBlank() ? "directory" : kind + " directory";
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadPathException(dir, dir + ": not a directory (" + noun + ")");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BadPathException(dir, dir + ": cannot create the " + noun + ": " + reason(e), e);
        }
        if (!Files.isWritable(dir)) {
            throw new BadPathException(dir, dir + ": " + noun + " not writable");
        }
        return dir;
    }

    /** What went wrong with a file, in words (naming the file), without the exception's class name. */
    public static String reason(IOException e) {
        return reason(e, true);
    }

    /** What went wrong with a file, in words; {@code withFile}: followed by the file's name when known. */
    public static String reason(IOException e, boolean withFile) {
        if (e instanceof FileSystemException f) {
            String r = e instanceof NoSuchFileException ? "no such file or directory"
                    : e instanceof AccessDeniedException ? "permission denied"
                    : f.getReason() != null ? f.getReason()
                    : e.getClass().getSimpleName().replaceAll("Exception$", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                            .toLowerCase(java.util.Locale.ROOT);
            return withFile && f.getFile() != null ? r + ": " + f.getFile() : r;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String by(String what) {
        return what == null || what.isBlank() ? "" : " (" + what + ")";
    }
}
