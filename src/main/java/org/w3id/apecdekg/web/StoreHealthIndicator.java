package org.w3id.apecdekg.web;

import org.apache.jena.system.Txn;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.w3id.apecdekg.store.DekgStore;

/**
 * Health of the store: up when a read transaction succeeds. Cheap on purpose (load balancers poll
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
        boolean empty = Txn.calculateRead(store.dataset(), store.dataset()::isEmpty);
        return Health.up()
                .withDetail("store", store.location())
                .withDetail("version", store.version())
                .withDetail("empty", empty)
                .build();
    }
}
