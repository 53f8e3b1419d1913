package org.w3id.apecdekg.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs one line per request on {@code dekg.requests}, as {@code key=value} pairs:
 * {@code method=GET path=/sparql status=200 ms=12 query=3fa9c1d2e4b5 rows=21}. {@code query} is the
 * first 12 hex digits of the SHA-256 of the SPARQL text (never the text itself); {@code rows} only
 * when a handler reported it in the request attribute {@link #ROWS}. Outermost filter, so refusals
 * by security and limits are logged too.
 */
public final class RequestLogFilter extends OncePerRequestFilter {

    /** Request attribute: the SPARQL query or update text of the request (a String). */
    public static final String QUERY_TEXT = "dekg.queryText";
    /** Request attribute: rows (or triples, quads) the request returned or wrote (a Number). */
    public static final String ROWS = "dekg.rows";
    /** Request attribute: the user a write was made by (a String), logged as {@code user=}. */
    public static final String USER = "dekg.user";
    /** Request attribute: the review a request recorded (a String), logged as {@code review=}. */
    public static final String REVIEW = "dekg.review";

    private static final Logger LOG = LoggerFactory.getLogger("dekg.requests");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        int status = 500;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            if (LOG.isInfoEnabled()) {
                LOG.info(line(request, status, (System.nanoTime() - start) / 1_000_000));
            }
        }
    }

    static String line(HttpServletRequest request, int status, long millis) {
        StringBuilder sb = new StringBuilder(160);
        sb.append("method=").append(request.getMethod())
                .append(" path=");
        String uri = request.getRequestURI();
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            sb.append(c == '"' || Character.isWhitespace(c) ? '_' : c);
        }
        sb.append(" status=").append(status)
                .append(" ms=").append(millis);
        Object text = request.getAttribute(QUERY_TEXT);
        if (text == null && "GET".equals(request.getMethod()) && request.getQueryString() != null
                && request.getQueryString().contains("query=")) {
            text = request.getParameter("query");
        }
        if (text instanceof String s) {
            sb.append(" query=").append(hash(s));
        }
        Object rows = request.getAttribute(ROWS);
        if (rows instanceof Number n) {
            sb.append(" rows=").append(n.longValue());
        }
        for (String[] attr : new String[][] {{USER, " user="}, {REVIEW, " review="}}) {
            if (request.getAttribute(attr[0]) instanceof String v) {
                sb.append(attr[1]);
                for (int i = 0; i < v.length(); i++) {
                    char c = v.charAt(i);
                    sb.append(c == '"' || Character.isWhitespace(c) || Character.isISOControl(c) ? '_' : c);
                }
            }
        }
        return sb.toString();
    }

    /** The first 12 hex digits of the SHA-256 of {@code text}. */
    public static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
