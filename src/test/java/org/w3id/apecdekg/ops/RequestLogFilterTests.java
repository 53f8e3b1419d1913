package org.w3id.apecdekg.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** One key=value line per request; the query appears only as a hash. */
class RequestLogFilterTests {

    @Test
    void lineHasMethodPathStatusDurationQueryHashAndRows() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sparql");
        request.setQueryString("query=SELECT");
        request.addParameter("query", "SELECT * { ?s ?p ?o }");
        request.setAttribute(RequestLogFilter.ROWS, 21L);
        String line = RequestLogFilter.line(request, 200, 12);
        assertThat(line).isEqualTo("method=GET path=/sparql status=200 ms=12 query="
                + RequestLogFilter.hash("SELECT * { ?s ?p ?o }") + " rows=21");
        assertThat(RequestLogFilter.hash("x")).hasSize(12).matches("[0-9a-f]+");
        assertThat(line).doesNotContain("?s ?p ?o");
    }

    @Test
    void updatesAreHashedFromTheAttributeAndPlainRequestsHaveNoQuery() {
        MockHttpServletRequest update = new MockHttpServletRequest("POST", "/update");
        update.setAttribute(RequestLogFilter.QUERY_TEXT, "CLEAR ALL");
        assertThat(RequestLogFilter.line(update, 401, 3)).isEqualTo(
                "method=POST path=/update status=401 ms=3 query=" + RequestLogFilter.hash("CLEAR ALL"));
        assertThat(RequestLogFilter.line(new MockHttpServletRequest("GET", "/"), 200, 1))
                .isEqualTo("method=GET path=/ status=200 ms=1");
    }

    @Test
    void aReviewIsLoggedWithItsUserVerdictAndFact() {
        MockHttpServletRequest review = new MockHttpServletRequest("POST", "/api/facts/0123456789abcdef0123/review");
        review.setAttribute(RequestLogFilter.ROWS, 1);
        review.setAttribute(RequestLogFilter.USER, "alice smith");
        review.setAttribute(RequestLogFilter.REVIEW, "r-1:rejected:0123456789abcdef0123");
        assertThat(RequestLogFilter.line(review, 201, 7)).isEqualTo("method=POST path=/api/facts/0123456789abcdef0123/review"
                + " status=201 ms=7 rows=1 user=alice_smith review=r-1:rejected:0123456789abcdef0123");
    }
}
