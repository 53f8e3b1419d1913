package org.w3id.apecdekg.limits;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Query;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What {@code /sparql} enforces on a parsed query: SERVICE is refused, and an anonymous SELECT without
 * LIMIT or with a larger one than {@code dekg.limits.max-rows} is capped at {@code max-rows}, which the
 * answer announces in {@code DEKG-Row-Cap} / {@code DEKG-Row-Cap-Reason}. Applied by the SPARQL query
 * processor to the query it has just parsed, so that each query is parsed once.
 */
public final class QueryRules {

    static final String ROW_CAP = "DEKG-Row-Cap";
    static final String ROW_CAP_REASON = "DEKG-Row-Cap-Reason";

    private final int maxRows;

    public QueryRules(int maxRows) {
        this.maxRows = maxRows;
    }

    /** Why {@code query} is refused (answer 400 with it), or null when it may run. */
    public String refusal(Query query) {
        return SparqlChecks.check(query);
    }

    /** Caps {@code query} in place if the caller is anonymous and it is a SELECT over the row limit. */
    public void capRows(Query query, HttpServletResponse response) {
        if (anonymous() && query.isSelectType() && (!query.hasLimit() || query.getLimit() > maxRows)) {
            query.setLimit(maxRows);
            announceCap(response, maxRows);
        }
    }

    static void announceCap(HttpServletResponse response, int max) {
        response.setHeader(ROW_CAP, Integer.toString(max));
        response.setHeader(ROW_CAP_REASON, "anonymous results are limited to " + max
                + " rows; page with LIMIT/OFFSET (or page=) or send credentials");
    }

    static boolean anonymous() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken;
    }
}
