package org.w3id.apecdekg.web;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Health of the store: up with its counts when a read transaction succeeds. */
@Component("store")
class StoreHealthIndicator implements HealthIndicator {

    private final StatisticsCache statistics;

    StoreHealthIndicator(StatisticsCache statistics) {
        this.statistics = statistics;
    }

    @Override
    public Health health() {
        return Health.up().withDetails(statistics.current()).build();
    }
}
