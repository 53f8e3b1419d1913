package org.w3id.apecdekg.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.w3id.apecdekg.DekgProperties;
import org.w3id.apecdekg.ingest.DataBootstrap;

/** Opens the store configured by {@code dekg.store} or {@code dekg.store-url}, building it from {@code data/} when empty. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean(destroyMethod = "close")
    DekgStore dekgStore(DekgProperties properties) {
        DekgStore store = DekgStore.open(properties)
                .queryTimeout(properties.getSparql().getQueryTimeout().toMillis());
        try {
            DataBootstrap.from(properties).buildIfEmpty(store);
            store.checkAssumptions();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }
}
