package org.w3id.apecdekg.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The anonymous row cap that {@code /sparql} applies to the query Fuseki parsed. */
class QueryRulesTests {

    private final QueryRules rules = new QueryRules(100);
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private static Query parse(String text) {
        return QueryFactory.create(text, Syntax.syntaxARQ);
    }

    private Query capped(String text) {
        Query query = parse(text);
        rules.capRows(query, response);
        return query;
    }

    @Test
    void anAnonymousSelectWithoutLimitGetsTheCapAndKeepsEverythingElse() {
        String text = "PREFIX ex: <http://example.org/>\nSELECT ?s (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?s "
                + "ORDER BY DESC(?n) OFFSET 5 VALUES ?s { ex:a }";
        Query expected = parse(text);
        expected.setLimit(100);
        assertThat(capped(text)).isEqualTo(expected);
        assertThat(response.getHeader("DEKG-Row-Cap")).isEqualTo("100");
        assertThat(response.getHeader("DEKG-Row-Cap-Reason"))
                .isEqualTo("anonymous results are limited to 100 rows; page with LIMIT/OFFSET (or page=) or send credentials");
    }

    @Test
    void aLargerLimitIsLoweredToTheCap() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        assertThat(capped("SELECT * { ?s ?p ?o } LIMIT 5000").getLimit()).isEqualTo(100);
        assertThat(response.getHeader("DEKG-Row-Cap")).isEqualTo("100");
    }

    @Test
    void aLimitAtOrBelowTheCapIsLeftAloneWithoutHeaders() {
        assertThat(capped("SELECT * { ?s ?p ?o } LIMIT 100").getLimit()).isEqualTo(100);
        assertThat(capped("SELECT * { ?s ?p ?o } LIMIT 7").getLimit()).isEqualTo(7);
        assertThat(response.getHeaderNames()).isEmpty();
    }

    @Test
    void askConstructAndDescribeAreNotCapped() {
        assertThat(capped("ASK { ?s ?p ?o }").hasLimit()).isFalse();
        assertThat(capped("CONSTRUCT WHERE { ?s ?p ?o }").hasLimit()).isFalse();
        assertThat(capped("DESCRIBE <http://example.org/a>").hasLimit()).isFalse();
        assertThat(response.getHeaderNames()).isEmpty();
    }

    @Test
    void anAuthenticatedCallerIsNotCapped() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "reader", null, List.of(new SimpleGrantedAuthority("ROLE_READER"))));
        assertThat(capped("SELECT * { ?s ?p ?o }").hasLimit()).isFalse();
        assertThat(response.getHeaderNames()).isEmpty();
    }
}
