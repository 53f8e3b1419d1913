package org.w3id.apecdekg.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.w3id.apecdekg.DekgProperties;
import org.w3id.apecdekg.ops.RequestLogFilter;

/**
 * The gate in front of every query, after authentication and before Fuseki and the query API.
 * <ol>
 * <li>{@code /sparql}: the query is parsed once here; SERVICE, over-long text and nesting too deep
 *     for the parser get 4xx with a message (other syntax errors are left to Fuseki's 400). An
 *     anonymous SELECT without LIMIT or with a larger one than {@code dekg.limits.max-rows} runs with
 *     {@code LIMIT max-rows}, and the answer says so in {@code DEKG-Row-Cap} / {@code DEKG-Row-Cap-Reason}.</li>
 * <li>{@code /api/queries/{name}}: an anonymous {@code pageSize} above {@code max-rows} gets 400; a
 *     query whose default page is larger is served in pages of {@code max-rows} (same headers).</li>
 * <li>{@code /update}: LOAD from anything but http(s) and SERVICE get 400.</li>
 * <li>Queries are admitted ({@link QueryAdmission}; else 503 + Retry-After) and run under a watchdog
 *     that answers 503 at query timeout + grace even if the query is still running.</li>
 * </ol>
 */
final class QueryGateFilter extends OncePerRequestFilter {

    static final String ROW_CAP = "DEKG-Row-Cap";
    static final String ROW_CAP_REASON = "DEKG-Row-Cap-Reason";
    private static final String LIBRARY = "/api/queries/";
    private static final int HELD_BYTES = 512 * 1024;

    private final DekgProperties.Limits limits;
    private final long deadlineMillis;
    private final QueryAdmission admission;
    private final ScheduledThreadPoolExecutor watchdog;
    private final LibraryPages pages;

    QueryGateFilter(DekgProperties properties, QueryAdmission admission, LibraryPages pages) {
        this.limits = properties.getLimits();
        this.deadlineMillis = properties.getSparql().getQueryTimeout().toMillis() + limits.getTimeoutGrace().toMillis();
        this.admission = admission;
        this.watchdog = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "dekg-query-watchdog");
            t.setDaemon(true);
            return t;
        });
        this.watchdog.setRemoveOnCancelPolicy(true);
        this.pages = pages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        try {
            if (path.equals("/sparql") && (method.equals("POST") || request.getQueryString() != null)) {
                sparqlQuery(request, response, chain);
            } else if (path.startsWith(LIBRARY) && method.equals("GET") && path.length() > LIBRARY.length()) {
                libraryQuery(path.substring(LIBRARY.length()), request, response, chain);
            } else if (path.equals("/update") && method.equals("POST")) {
                sparqlUpdate(request, response, chain);
            } else {
                chain.doFilter(request, response);
            }
        } catch (TextRequest.TooLarge e) {
            Refusal.send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, e.getMessage());
        }
    }

    private void sparqlQuery(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TextRequest.Sparql sparql = TextRequest.read(request, "query", "application/sparql-query",
                limits.getMaxQuerySize().toBytes());
        HttpServletRequest forward = sparql.request();
        if (sparql.text() != null) {
            request.setAttribute(RequestLogFilter.QUERY_TEXT, sparql.text());
            Query query;
            try {
                query = QueryFactory.create(sparql.text(), Syntax.syntaxARQ);
            } catch (QueryParseException e) {
                query = null; // Fuseki answers 400 with the parser's message
            } catch (StackOverflowError e) {
                Refusal.send(response, HttpServletResponse.SC_BAD_REQUEST, "query is nested too deeply to parse");
                return;
            }
            if (query != null) {
                String refusal = SparqlChecks.check(query);
                if (refusal != null) {
                    Refusal.send(response, HttpServletResponse.SC_BAD_REQUEST, refusal);
                    return;
                }
                int max = limits.getMaxRows();
                if (anonymous() && query.isSelectType() && (!query.hasLimit() || query.getLimit() > max)) {
                    String capped = capped(sparql.text(), query, max);
                    forward = sparql.inBody() ? TextRequest.withBody(request, capped)
                            : TextRequest.withParameter(request, "query", capped);
                    announceCap(response, max);
                }
            }
        }
        admitted(forward, response, chain);
    }

    private void libraryQuery(String name, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest forward = request;
        if (anonymous()) {
            int max = limits.getMaxRows();
            String asked = request.getParameter("pageSize");
            if (asked != null) {
                if (asked.matches("\\d{1,9}") && Integer.parseInt(asked) > max) {
                    Refusal.send(response, HttpServletResponse.SC_BAD_REQUEST, "pageSize " + asked
                            + " is above the limit of " + max + " rows per page for anonymous callers"
                            + " (dekg.limits.max-rows): ask for smaller pages or send credentials");
                    return;
                }
            } else {
                Optional<Integer> page = pages.defaultPageSize(name);
                if (page.isPresent() && page.get() > max) {
                    forward = TextRequest.withParameter(request, "pageSize", Integer.toString(max));
                    announceCap(response, max);
                }
            }
        }
        admitted(forward, response, chain);
    }

    private void sparqlUpdate(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TextRequest.Sparql sparql = TextRequest.read(request, "update", "application/sparql-update",
                limits.getMaxUpdateSize().toBytes());
        if (sparql.text() != null) {
            request.setAttribute(RequestLogFilter.QUERY_TEXT, sparql.text());
            try {
                UpdateRequest update = UpdateFactory.create(sparql.text(), Syntax.syntaxARQ);
                String refusal = SparqlChecks.check(update);
                if (refusal != null) {
                    Refusal.send(response, HttpServletResponse.SC_BAD_REQUEST, refusal);
                    return;
                }
            } catch (QueryParseException e) {
                // Fuseki answers 400 with the parser's message
            } catch (StackOverflowError e) {
                Refusal.send(response, HttpServletResponse.SC_BAD_REQUEST, "update is nested too deeply to parse");
                return;
            }
        }
        chain.doFilter(sparql.request(), response);
    }

    /**
     * The text of {@code query} with {@code LIMIT max}. Without a LIMIT and without a trailing VALUES
     * block, the parsed text ends with its solution modifiers, so {@code LIMIT max} on a line of its own
     * is appended (cheaper than writing the whole query out again, which is done otherwise).
     */
    static String capped(String text, Query query, int max) {
        if (!query.hasLimit() && !query.hasValues()) {
            return text + "\nLIMIT " + max + "\n";
        }
        Query copy = query.cloneQuery();
        copy.setLimit(max);
        return copy.serialize(Syntax.syntaxARQ);
    }

    private static void announceCap(HttpServletResponse response, int max) {
        response.setHeader(ROW_CAP, Integer.toString(max));
        response.setHeader(ROW_CAP_REASON, "anonymous results are limited to " + max
                + " rows; page with LIMIT/OFFSET (or page=) or send credentials");
    }

    private void admitted(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean entered;
        try {
            entered = admission.enter();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            entered = false;
        }
        if (!entered) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, limits.getRetryAfter().toSeconds())));
            Refusal.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "too many queries at once; retry later");
            return;
        }
        DeferredResponse deferred = new DeferredResponse(response, HELD_BYTES);
        ScheduledFuture<?> alarm = watchdog.schedule(() -> deferred.timeOut(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                "query exceeded the time limit of " + deadlineMillis + " ms and was abandoned"),
                deadlineMillis, TimeUnit.MILLISECONDS);
        try {
            chain.doFilter(request, deferred);
            deferred.finish();
        } catch (IOException | ServletException | RuntimeException e) {
            if (!deferred.timedOut()) {
                throw e;
            }
        } finally {
            alarm.cancel(false);
            admission.release();
        }
    }

    @Override
    public void destroy() {
        watchdog.shutdownNow();
    }

    private static boolean anonymous() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken;
    }
}
