package org.w3id.apecdekg.security;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Test users (reader, editor, admin) and API keys, registered as {@code dekg.security.*} properties. */
public final class TestCredentials {

    public static final String READER = "reader";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";
    /** Everyone's password is their name followed by this. */
    public static final String PASSWORD_SUFFIX = "-secret-pw";
    /** An API key with the editor role, configured by its SHA-256. */
    public static final String EDITOR_KEY = "k-editor-0123456789abcdef";
    /** An API key with the reader role, configured by its bcrypt hash. */
    public static final String READER_KEY = "k-reader-fedcba9876543210";

    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);
    private static final String[] HASHES = {
        BCRYPT.encode(READER + PASSWORD_SUFFIX), BCRYPT.encode(EDITOR + PASSWORD_SUFFIX),
        BCRYPT.encode(ADMIN + PASSWORD_SUFFIX), BCRYPT.encode(READER_KEY)};

    private TestCredentials() {}

    /** Registers the three users and two keys. */
    public static void register(DynamicPropertyRegistry registry) {
        String[] names = {READER, EDITOR, ADMIN};
        for (int i = 0; i < names.length; i++) {
            int n = i;
            registry.add("dekg.security.users[" + i + "].name", () -> names[n]);
            registry.add("dekg.security.users[" + i + "].password-hash", () -> HASHES[n]);
            registry.add("dekg.security.users[" + i + "].roles", () -> names[n]);
        }
        registry.add("dekg.security.api-keys[0].name", () -> "ci");
        registry.add("dekg.security.api-keys[0].key-hash",
                () -> "sha256:" + HexFormat.of().formatHex(ApiKeys.sha256(EDITOR_KEY)));
        registry.add("dekg.security.api-keys[0].roles", () -> "editor");
        registry.add("dekg.security.api-keys[1].name", () -> "dashboard");
        registry.add("dekg.security.api-keys[1].key-hash", () -> HASHES[3]);
        registry.add("dekg.security.api-keys[1].roles", () -> "reader");
    }

    /** The value of an Authorization header for HTTP Basic. */
    public static String basic(String user) {
        return basic(user, user + PASSWORD_SUFFIX);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String bearer(String key) {
        return "Bearer " + key;
    }

    /** Adds {@code authorization} to a request builder when not null. */
    public static HttpRequest.Builder auth(HttpRequest.Builder builder, String authorization) {
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }
}
