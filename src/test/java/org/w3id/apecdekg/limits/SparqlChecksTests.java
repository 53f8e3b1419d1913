package org.w3id.apecdekg.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SERVICE wherever it hides in a query or an update's WHERE, and LOAD sources, found by {@link SparqlChecks}. */
class SparqlChecksTests {

    private static String query(String text) {
        return SparqlChecks.check(QueryFactory.create(text, Syntax.syntaxARQ));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * { ?s ?p ?o OPTIONAL { SERVICE SILENT <http://example.org/sparql> { ?s ?q ?x } } }",
        "SELECT * { { SELECT ?s { SERVICE <http://example.org/sparql> { ?s ?p ?o } } LIMIT 1 } }",
        "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } }",
        "SELECT * { ?s ?p ?o FILTER (!EXISTS { ?s ?p ?x FILTER NOT EXISTS { SERVICE <http://e/s> { ?x ?p ?o } } }) }",
        "SELECT * { ?s ?p ?o MINUS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } }",
        "SELECT (EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } AS ?x) { ?s ?p ?o }",
        "ASK { GRAPH ?g { SERVICE ?endpoint { ?s ?p ?o } } }",
        "CONSTRUCT { ?s ?p ?o } WHERE { { ?s ?p ?o } UNION { SERVICE <http://example.org/sparql> { ?s ?p ?o } } }",
        "SELECT ?s { ?s ?p ?o } ORDER BY (EXISTS { SERVICE <http://e/s> { ?s ?p ?o } })",
        "SELECT ?s (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?s HAVING (EXISTS { SERVICE <http://e/s> { ?s ?p ?o } })"
    })
    void serviceAnywhereIsRefused(String text) {
        assertThat(query(text)).isEqualTo(SparqlChecks.NO_SERVICE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ASK {}",
        "SELECT * { ?s <http://example.org/service> \"SERVICE <http://e/s> { }\" } LIMIT 5",
        "SELECT * { ?s ?p ?o FILTER EXISTS { ?o ?q ?x } OPTIONAL { { SELECT ?s { ?s ?p ?o } } } }",
        "DESCRIBE <http://example.org/service>"
    })
    void queriesWithoutServicePass(String text) {
        assertThat(query(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "INSERT { ?s ?p ?o } WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://e/s> { ?s ?p ?o } } }"
    })
    void serviceInAnUpdateIsRefused(String text) {
        assertThat(SparqlChecks.check(UpdateFactory.create(text))).isEqualTo(SparqlChecks.NO_SERVICE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "jar:file:/x.jar!/a.ttl", "ftp://example.org/a.ttl", "a.ttl"})
    void loadFromAnythingButHttpIsRefused(String source) {
        assertThat(SparqlChecks.check(UpdateFactory.create("LOAD <" + source + ">")))
                .contains("only http(s) sources may be loaded");
    }

    @ParameterizedTest
    @ValueSource(strings = {"LOAD <http://example.org/a.ttl>", "LOAD <HTTPS://example.org/a.ttl> INTO GRAPH <urn:g>",
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }"})
    void httpLoadsAndPlainUpdatesPass(String text) {
        assertThat(SparqlChecks.check(UpdateFactory.create(text))).isNull();
    }
}
