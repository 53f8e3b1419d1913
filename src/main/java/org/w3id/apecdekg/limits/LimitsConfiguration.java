package org.w3id.apecdekg.limits;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.w3id.apecdekg.DekgProperties;
import org.w3id.apecdekg.query.QueryLibrary;
import org.w3id.apecdekg.query.QueryRunner;

/**
 * Registers the body-size filter (before security, so oversized bodies are never read) and the
 * query gate (after security, which runs at order -100, and before Fuseki at 100).
 */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

    /** Page size of a library query without LIMIT (as in {@code QueryRunner}). */
    private static final int LIBRARY_DEFAULT_PAGE = 100;

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(DekgProperties properties) {
        FilterRegistrationBean<BodySizeLimitFilter> bean =
                new FilterRegistrationBean<>(new BodySizeLimitFilter(properties.getLimits()));
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return bean;
    }

    @Bean
    FilterRegistrationBean<XmlDoctypeFilter> xmlDoctypeFilter() {
        FilterRegistrationBean<XmlDoctypeFilter> bean = new FilterRegistrationBean<>(new XmlDoctypeFilter());
        bean.setOrder(10);
        return bean;
    }

    @Bean
    QueryRules queryRules(DekgProperties properties) {
        return new QueryRules(properties.getLimits().getMaxRows());
    }

    @Bean
    QueryAdmission queryAdmission(DekgProperties properties) {
        DekgProperties.Limits limits = properties.getLimits();
        return new QueryAdmission(limits.getMaxConcurrentQueries(), limits.getQueueSize(), limits.getQueueWait());
    }

    @Bean
    FilterRegistrationBean<QueryGateFilter> queryGateFilter(DekgProperties properties, QueryAdmission admission,
            ObjectProvider<QueryLibrary> library) {
        LibraryPages pages = name -> Optional.ofNullable(library.getIfAvailable())
                .flatMap(l -> l.find(name))
                .map(def -> def.query().hasLimit()
                        ? (int) Math.min(def.query().getLimit(), QueryRunner.MAX_PAGE_SIZE) : LIBRARY_DEFAULT_PAGE);
        FilterRegistrationBean<QueryGateFilter> bean = new FilterRegistrationBean<>(
                new QueryGateFilter(properties, admission, pages));
        bean.setOrder(0);
        return bean;
    }
}
