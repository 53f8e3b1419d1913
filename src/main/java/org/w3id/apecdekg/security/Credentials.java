package org.w3id.apecdekg.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.w3id.apecdekg.DekgProperties;

/** The users and API keys of {@code dekg.security}, checked at start-up (bad hash or role: no start). */
record Credentials(InMemoryUserDetailsManager users, ApiKeys apiKeys, boolean none) {

    static Credentials from(DekgProperties.Security config) {
        List<UserDetails> users = new ArrayList<>();
        for (int i = 0; i < config.getUsers().size(); i++) {
            DekgProperties.Security.User u = config.getUsers().get(i);
            String owner = "dekg.security.users[" + i + "]";
            if (u.getName() == null || u.getName().isBlank()) {
                throw new IllegalStateException(owner + ".name is missing");
            }
            if (!isBcrypt(u.getPasswordHash())) {
                throw new IllegalStateException(owner + ".password-hash must be a bcrypt hash"
                        + " (make one with: java -jar apec-dekg.jar hash-password)");
            }
            users.add(User.withUsername(u.getName()).password(u.getPasswordHash())
                    .authorities(Roles.authorities(u.getRoles(), owner)).build());
        }
        ApiKeys keys = ApiKeys.from(config.getApiKeys());
        return new Credentials(new InMemoryUserDetailsManager(users), keys, users.isEmpty() && keys.isEmpty());
    }

    static boolean isBcrypt(String hash) {
        return hash != null && hash.matches("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");
    }
}
