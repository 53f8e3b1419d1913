package org.w3id.apecdekg.intake;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A report file's bytes as read from disk or an upload, with its name (for messages and the slug),
 * the SHA-256 of the bytes, and the encoding a user named for text files (null: detect).
 */
public record SourceFile(String name, byte[] bytes, String sha256, Charset encoding) {

    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(sha256, "sha256");
    }
}
