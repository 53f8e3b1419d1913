package org.w3id.apecdekg.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.Test;

/** The text the query gate forwards when it caps an anonymous SELECT at {@code max-rows}. */
class RowCapTextTests {

    private static Query parse(String text) {
        return QueryFactory.create(text, Syntax.syntaxARQ);
    }

    private static Query cap(String text, int max) {
        String capped = QueryGateFilter.capped(text, parse(text), max);
        return parse(capped);
    }

    @Test
    void aQueryWithoutLimitGetsTheCapAndKeepsEverythingElse() {
        String text = "PREFIX ex: <http://example.org/>\nSELECT ?s (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?s "
                + "ORDER BY DESC(?n) OFFSET 5 # a trailing comment";
        Query capped = cap(text, 100);
        assertThat(capped.getLimit()).isEqualTo(100);
        assertThat(capped.getOffset()).isEqualTo(5);
        Query expected = parse(text);
        expected.setLimit(100);
        assertThat(capped).isEqualTo(expected);
    }

    @Test
    void aLargerLimitOrATrailingValuesBlockIsRewrittenThroughTheParsedQuery() {
        assertThat(cap("SELECT * { ?s ?p ?o } LIMIT 5000", 100).getLimit()).isEqualTo(100);
        Query values = cap("SELECT * { ?s ?p ?o } VALUES ?s { <http://example.org/a> }", 100);
        assertThat(values.getLimit()).isEqualTo(100);
        assertThat(values.hasValues()).isTrue();
    }

    @Test
    void theParsedQueryIsNotChanged() {
        Query query = parse("SELECT * { ?s ?p ?o } LIMIT 5000");
        QueryGateFilter.capped("SELECT * { ?s ?p ?o } LIMIT 5000", query, 100);
        assertThat(query.getLimit()).isEqualTo(5000);
    }
}
