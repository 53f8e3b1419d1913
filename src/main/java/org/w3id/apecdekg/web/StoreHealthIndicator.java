package org.w3id.apecdekg.web;

import java.net.URI;
import java.net.URISyntaxException;
import org.apache.jena.system.Txn;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.w3id.apecdekg.DekgProperties;
import org.w3id.apecdekg.store.DekgStore;

/**
 * Health of the store: up when a read transaction succeeds, down (with the reason) when it fails. Cheap on purpose (load balancers poll
 * it): the counts, which scan the store, are on the home page instead. Its details (where the store is: the TDB2 directory, or the
 * remote dataset URL without credentials) are shown to admins only ({@code management.endpoint.health.show-details=when-authorized}).
 */
@Component("store")
class StoreHealthIndicator implements HealthIndicator {

    private final DekgStore store;
    private final String where;

    StoreHealthIndicator(DekgStore store, DekgProperties properties) {
        this.store = store;
        this.where = store.isRemote() ? withoutCredentials(properties.getStoreUrl())
                : store.directory().toAbsolutePath().normalize().toString();
    }

    @Override
    public Health health() {
        boolean empty;
        try {
            empty = Txn.calculateRead(store.dataset(), store.dataset()::isEmpty);
        } catch (RuntimeException e) {
            return Health.down().withDetail("type", type()).withDetail("store", where)
                    .withDetail("error", String.valueOf(e.getMessage())).build();
        }
        return Health.up()
                .withDetail("type", type())
                .withDetail("store", where)
                .withDetail("version", store.version())
                .withDetail("empty", empty)
                .build();
    }

    private String type() {
        return store.isRemote() ? "remote" : "tdb2";
    }

    /** The URL without user information, query or fragment (which may carry credentials or keys). */
    static String withoutCredentials(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI u = new URI(url.strip());
            return new URI(u.getScheme(), null, u.getHost(), u.getPort(), u.getPath(), null, null).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "(unparseable URL)";
        }
    }
}
