package org.w3id.apecdekg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.w3id.apecdekg.query.QueryDefinition;
import org.w3id.apecdekg.query.QueryLibrary;
import org.w3id.apecdekg.query.QueryParameter;
import org.w3id.apecdekg.vocab.DEKG;

/**
 * A server under test and the requests of the mix: lookups over its SPARQL endpoint, library queries
 * either through our {@code /api/queries/{name}} or, for plain Fuseki, as SPARQL text with the
 * query's default parameters substituted.
 */
final class Target {

    static final String JSON = "application/sparql-results+json";

    private final String name;
    private final String base;
    private final String sparqlPath;
    private final boolean library;
    private final QueryLibrary queries;

    private Target(String name, String base, String sparqlPath, boolean library, QueryLibrary queries) {
        this.name = name;
        this.base = base;
        this.sparqlPath = sparqlPath;
        this.library = library;
        this.queries = queries;
    }

    /** Our server: {@code /sparql} and {@code /api/queries}. */
    static Target ours(int port, QueryLibrary queries) {
        return new Target("ours", "http://127.0.0.1:" + port, "/sparql", true, queries);
    }

    /** Our server with library queries sent as SPARQL text to {@code /sparql}: no result cache, same work as plain. */
    static Target oursSparql(int port, QueryLibrary queries) {
        return new Target("ours/sparql", "http://127.0.0.1:" + port, "/sparql", false, queries);
    }

    /** Our server started by the fast-start launcher ({@link StartupBench}). */
    static Target oursFastStart(int port, QueryLibrary queries) {
        return new Target("ours (fast start)", "http://127.0.0.1:" + port, "/sparql", true, queries);
    }

    /** Standalone Fuseki: {@code /ds/sparql}, library queries sent as text. */
    static Target plain(int port, QueryLibrary queries) {
        return new Target("plain", "http://127.0.0.1:" + port, "/ds/sparql", false, queries);
    }

    String name() {
        return name;
    }

    /**
     * {@code ASK {}} on the SPARQL endpoint: the startup probe, and the request of the floor points (the
     * smallest request the endpoint answers: what HTTP and the client cost).
     */
    URI probe() {
        return URI.create(base + sparqlPath + "?query=" + encode("ASK {}"));
    }

    URI entity(String iri) {
        return sparql("SELECT ?p ?o WHERE { <" + iri + "> ?p ?o } LIMIT 500");
    }

    URI projectByNumber(String number) {
        return sparql("SELECT ?project WHERE { ?project <" + DEKG.projectNumber.getURI() + "> \""
                + number.replace("\"", "") + "\" }");
    }

    /** The library query with its default parameters, the way this server offers it. */
    URI library(String queryName) {
        return library ? get(base + "/api/queries/" + queryName) : sparql(text(queryName));
    }

    /** The library query with its default parameters as SPARQL text, over the SPARQL endpoint (no cache). */
    URI librarySparql(String queryName) {
        return sparql(text(queryName));
    }

    String text(String queryName) {
        QueryDefinition def = queries.find(queryName).orElseThrow(() -> new IllegalArgumentException(queryName));
        Map<Var, Node> values = new HashMap<>();
        for (QueryParameter p : def.parameters()) {
            if (p.defaultValue() != null && !p.defaultValue().isEmpty()) {
                values.put(Var.alloc(p.variable()), p.bind(p.defaultValue()));
            }
        }
        Query q = values.isEmpty() ? def.query() : QueryTransformOps.syntaxSubstitute(def.query(), values);
        return q.serialize();
    }

    URI sparql(String query) {
        return get(base + sparqlPath + "?query=" + encode(query));
    }

    private static URI get(String uri) {
        return URI.create(uri);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
