package org.w3id.apecdekg.review;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.w3id.apecdekg.store.DekgStore;

/** The review service and queue over the application's store. */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

    @Bean
    ReviewService reviewService(DekgStore store) {
        return new ReviewService(store);
    }

    @Bean
    ReviewQueue reviewQueue(DekgStore store, ReviewService reviews) {
        return new ReviewQueue(store, reviews.curation());
    }
}
