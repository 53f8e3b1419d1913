package org.w3id.apecdekg.web;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.w3id.apecdekg.store.DekgStore;
import org.w3id.apecdekg.store.StoreStatistics;

/** The store's counts, recomputed only when the store version changes. */
@Component
class StatisticsCache {

    private final DekgStore store;
    private volatile long version = -1;
    private volatile Map<String, Long> counts = Map.of();

    StatisticsCache(DekgStore store) {
        this.store = store;
    }

    Map<String, Long> current() {
        long now = store.version();
        if (now != version) {
            counts = StoreStatistics.of(store);
            version = now;
        }
        return counts;
    }
}
