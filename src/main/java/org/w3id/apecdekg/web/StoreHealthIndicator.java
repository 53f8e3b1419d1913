package org.w3id.apecdekg.web;

import org.apache.jena.system.Txn;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.w3id.apecdekg.store.DekgStore;

/**
 * Health of the store: up when a read transaction succeeds, down (with the reason) when it fails. Cheap on purpose (load balancers poll
 * it): the counts, which scan the store, are on the home page instead.
 */
@Component("store")
class StoreHealthIndicator implements HealthIndicator {

    private final DekgStore store;

    StoreHealthIndicator(DekgStore store) {
        this.store = store;
    }

    @Override
    public Health health() {
        boolean empty;
        try {
            empty = Txn.calculateRead(store.dataset(), store.dataset()::isEmpty);
        } catch (RuntimeException e) {
            return Health.down().withDetail("store", store.location()).withDetail("error", e.getMessage()).build();
        }
        return Health.up()
                .withDetail("store", store.location())
                .withDetail("version", store.version())
                .withDetail("empty", empty)
                .build();
    }
}
