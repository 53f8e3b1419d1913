package org.w3id.apecdekg.web;

import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.w3id.apecdekg.DekgProperties;

/**
 * Lets browser tools on other origins (YASGUI, Observable, D3 pages) read {@code /sparql} and
 * {@code /api/**}: GET and query POSTs, from {@code dekg.cors.allowed-origins} (default any).
 * Runs before Fuseki's filter, which never sees pre-flight requests.
 */
@Configuration(proxyBeanMethods = false)
class CrossOriginConfiguration {

    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter(DekgProperties properties) {
        CorsConfiguration reads = new CorsConfiguration();
        reads.setAllowedOriginPatterns(properties.getCors().getAllowedOrigins());
        reads.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
        reads.setAllowedHeaders(List.of("Accept", "Content-Type"));
        reads.setExposedHeaders(List.of("Link", "Content-Type"));
        reads.setMaxAge(3600L);
        CorsConfiguration sparql = new CorsConfiguration(reads);
        sparql.setAllowedMethods(List.of("GET", "HEAD", "POST", "OPTIONS"));

        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/sparql", sparql);
        source.registerCorsConfiguration("/api/**", reads);
        FilterRegistrationBean<CorsFilter> bean = new FilterRegistrationBean<>(new CorsFilter(source));
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return bean;
    }
}
