package org.w3id.apecdekg.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.vocabulary.RDF;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Answers {@code GET /sparql} without a {@code query} parameter with a SPARQL 1.1 Service
 * Description (Turtle by default; JSON-LD, RDF/XML or N-Triples by {@code Accept}).
 */
@Component
@Order(FusekiConfiguration.ORDER - 5)
class ServiceDescriptionFilter extends OncePerRequestFilter {

    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals(SparqlPaths.QUERY) && request.getMethod().equals("GET")
                && request.getParameter("query") == null);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String endpoint = ServletUriComponentsBuilder.fromContextPath(request).path(SparqlPaths.QUERY).toUriString();
        Lang lang = negotiate(request.getHeader("Accept"));
        response.setContentType(lang.getHeaderString() + ";charset=utf-8");
        RDFDataMgr.write(response.getOutputStream(), describe(endpoint), lang);
    }

    static Model describe(String endpoint) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("formats", FORMATS);
        Resource service = m.createResource(endpoint + "#service")
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD + "endpoint"), m.createResource(endpoint))
                .addProperty(m.createProperty(SD + "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(m.createProperty(SD + "feature"), m.createResource(SD + "UnionDefaultGraph"))
                .addProperty(m.createProperty(SD + "feature"), m.createResource(SD + "BasicFederatedQuery"));
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD"}) {
            service.addProperty(m.createProperty(SD + "resultFormat"), m.createResource(FORMATS + f));
        }
        Resource dataset = m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(m.createProperty(SD + "defaultGraph"), m.createResource()
                        .addProperty(RDF.type, m.createResource(SD + "Graph")));
        service.addProperty(m.createProperty(SD + "defaultDataset"), dataset);
        return m;
    }

    private static Lang negotiate(String accept) {
        if (accept != null) {
            for (MediaType type : MediaType.parseMediaTypes(accept)) {
                Lang lang = RDFLanguages.contentTypeToLang(type.getType() + "/" + type.getSubtype());
                if (lang != null && RDFLanguages.isTriples(lang)) {
                    return lang;
                }
            }
        }
        return Lang.TURTLE;
    }
}
