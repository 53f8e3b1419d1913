package org.w3id.apecdekg.remote;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * Where the remote store answers: its SPARQL query and update endpoints, optional HTTP Basic
 * credentials and the time allowed for one request.
 *
 * @param query   SPARQL 1.1 query endpoint
 * @param update  SPARQL 1.1 update endpoint
 * @param headers HTTP headers sent with every request (e.g. {@code Authorization})
 * @param timeout the longest one HTTP exchange may take
 */
public record RemoteEndpoints(String query, String update, Map<String, String> headers, Duration timeout) {

    public RemoteEndpoints {
        query = checkUrl(query, "query endpoint");
        update = checkUrl(update, "update endpoint");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * The endpoints of a dataset URL such as Fuseki's {@code http://host:3030/ds}: queries and updates
     * to the dataset URL itself unless {@code query} or {@code update} (full URLs) say otherwise.
     */
    public static RemoteEndpoints of(String datasetUrl, String query, String update, String user, String password,
            Duration timeout) {
        String base = checkUrl(datasetUrl, "store URL");
        Map<String, String> headers = user == null || user.isBlank() ? Map.of()
                : Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + Objects.requireNonNullElse(password, "")).getBytes(StandardCharsets.UTF_8)));
        return new RemoteEndpoints(blank(query) ? base : query, blank(update) ? base : update, headers, timeout);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String checkUrl(String url, String what) {
        Objects.requireNonNull(url, what);
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("remote store: " + what + " is not a URL: " + url, e);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("remote store: " + what + " must be an http(s) URL: " + url);
        }
        return uri.toString();
    }

    @Override
    public String toString() {
        return "query <" + query + ">, update <" + update + ">" + (headers.isEmpty() ? "" : " (with credentials)");
    }
}
