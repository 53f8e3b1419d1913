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
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.w3id.apecdekg.DekgProperties;
import org.w3id.apecdekg.ops.RequestLogFilter;

/**
 * The gate in front of every query, after authentication and before Fuseki and the query API.
 * <ol>
 * <li>{@code /sparql}: over-long text gets 413. The query is not parsed here: Fuseki's query processor
 *     parses it once and applies {@link QueryRules} (SERVICE refused, anonymous row cap).</li>
 * <li>{@code /api/queries/{name}}: an anonymous {@code pageSize} above {@code max-rows} gets 400; a
 *     query whose default page is larger is served in pages of {@code max-rows} (same headers).</li>
 * <li>{@code /update}: LOAD from anything but http(s) and SERVICE get 400.</li>
 * <li>Queries are admitted ({@link QueryAdmission}; else 503 + Retry-After) and run under a watchdog
 *     that answers 503 at query timeout + grace even if the query is still running.</li>
 * </ol>
 */
final class QueryGateFilter extends OncePerRequestFilter {

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
        if (sparql.text() != null) {
            request.setAttribute(RequestLogFilter.QUERY_TEXT, sparql.text());
        }
        admitted(sparql.request(), response, chain);
    }

    private void libraryQuery(String name, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest forward = request;
        if (QueryRules.anonymous()) {
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
                    QueryRules.announceCap(response, max);
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
                // Jena's parser reports running out of stack as a parse error caused by the StackOverflowError
                if (e.getCause() instanceof StackOverflowError) {
                    Refusal.send(response, HttpServletResponse.SC_BAD_REQUEST, "update is nested too deeply to parse");
                    return;
                }
                // else Fuseki answers 400 with the parser's message
            }
        }
        chain.doFilter(sparql.request(), response);
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
}
