package org.w3id.apecdekg.query;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.w3id.apecdekg.DekgProperties;
import org.w3id.apecdekg.bundle.PathCheck;
import org.w3id.apecdekg.store.DekgStore;

/** The query library read from {@code dekg.queries} at start-up, and its runner and cache. */
@Configuration(proxyBeanMethods = false)
class QueryLibraryConfiguration {

    /** Parsed on a background thread while the rest starts (~0.2 s); a broken query still stops the start. */
    @Bean(bootstrap = Bean.Bootstrap.BACKGROUND)
    QueryLibrary queryLibrary(DekgProperties properties) {
        return QueryLibrary.load(PathCheck.directory(properties.getQueries(), "dekg.queries"));
    }

    @Bean
    QueryRunner queryRunner(DekgStore store, DekgProperties properties) {
        return new QueryRunner(store, new ResultCache(properties.getQueryCacheSize()));
    }
}
