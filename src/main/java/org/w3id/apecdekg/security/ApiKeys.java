package org.w3id.apecdekg.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.w3id.apecdekg.DekgProperties;

/** Configured API keys, kept only as hashes: SHA-256 (hex, optional {@code sha256:} prefix) or bcrypt. */
final class ApiKeys {

    private record Key(String name, byte[] sha256, String bcrypt, List<GrantedAuthority> authorities) {}

    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder();

    private final List<Key> keys;

    private ApiKeys(List<Key> keys) {
        this.keys = keys;
    }

    static ApiKeys from(List<DekgProperties.Security.ApiKey> configured) {
        List<Key> keys = new java.util.ArrayList<>();
        for (int i = 0; i < configured.size(); i++) {
            DekgProperties.Security.ApiKey k = configured.get(i);
            String owner = "dekg.security.api-keys[" + i + "]";
            String hash = k.getKeyHash() == null ? "" : k.getKeyHash().trim();
            String name = k.getName() != null ? k.getName() : "api-key-" + i;
            List<GrantedAuthority> roles = Roles.authorities(k.getRoles(), owner);
            if (Credentials.isBcrypt(hash)) {
                keys.add(new Key(name, null, hash, roles));
            } else {
                String hex = hash.toLowerCase(Locale.ROOT).replaceFirst("^sha256:", "");
                if (!hex.matches("[0-9a-f]{64}")) {
                    throw new IllegalStateException(owner + ".key-hash must be a SHA-256 hex digest or a bcrypt hash");
                }
                keys.add(new Key(name, HexFormat.of().parseHex(hex), null, roles));
            }
        }
        return new ApiKeys(List.copyOf(keys));
    }

    boolean isEmpty() {
        return keys.isEmpty();
    }

    /** The authentication of the key {@code presented}, if it is one of ours. */
    Optional<Authentication> authenticate(String presented) {
        byte[] digest = sha256(presented);
        for (Key key : keys) {
            boolean match = key.sha256() != null ? MessageDigest.isEqual(key.sha256(), digest)
                    : BCRYPT.matches(presented, key.bcrypt());
            if (match) {
                return Optional.of(UsernamePasswordAuthenticationToken.authenticated(
                        "api-key:" + key.name(), null, key.authorities()));
            }
        }
        return Optional.empty();
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
