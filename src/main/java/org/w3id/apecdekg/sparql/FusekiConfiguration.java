package org.w3id.apecdekg.sparql;

import jakarta.servlet.ServletContext;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.w3id.apecdekg.limits.QueryRules;
import org.w3id.apecdekg.review.Curation;
import org.w3id.apecdekg.store.DekgStore;

/**
 * Mounts Apache Jena Fuseki's request dispatcher as a servlet filter. Each endpoint is its own
 * Fuseki access point over the one store, so that each answers exactly one protocol:
 * {@code /sparql} SPARQL Query, {@code /update} SPARQL Update, {@code /data} Graph Store Protocol.
 */
@Configuration(proxyBeanMethods = false)
class FusekiConfiguration {

    static final int ORDER = 100;

    @Bean
    FilterRegistrationBean<FusekiFilter> fusekiFilter(DekgStore store, QueryRules rules, ServletContext servletContext) {
        // Compact SPARQL JSON results: Jena's pretty-printing writer was 15-20% of CPU on small lookups.
        CompactJsonResultsWriter.install();
        OperationRegistry operations = OperationRegistry.createStd();
        // Fuseki's query processor, with SERVICE refused and the anonymous row cap applied to the query it parsed
        operations.register(Operation.Query, WebContent.contentTypeSPARQLQuery, new GatedQueryProcessor(rules, Curation.of(store)));
        DataAccessPointRegistry registry = new DataAccessPointRegistry();
        register(registry, operations, SparqlPaths.QUERY, Operation.Query, store.dataset());
        register(registry, operations, SparqlPaths.UPDATE, Operation.Update, store.dataset());
        register(registry, operations, SparqlPaths.DATA, Operation.GSP_RW, store.dataset());
        DataAccessPointRegistry.set(servletContext, registry);
        OperationRegistry.set(servletContext, operations);

        FilterRegistrationBean<FusekiFilter> bean = new FilterRegistrationBean<>(new FusekiFilter());
        bean.addUrlPatterns(SparqlPaths.QUERY, SparqlPaths.UPDATE, SparqlPaths.DATA);
        bean.setOrder(ORDER);
        return bean;
    }

    private static void register(DataAccessPointRegistry registry, OperationRegistry operations, String path,
            Operation op, DatasetGraph dsg) {
        DataService service = DataService.newBuilder(dsg).addEndpoint(op, "").build();
        service.setEndpointProcessors(operations);
        registry.register(new DataAccessPoint(path, service));
        service.goActive();
    }
}
