package org.w3id.apecdekg.faststart;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The training start of {@link FastStartCommand}: with {@code dekg.training-run=true}, once the
 * application is ready it sends the requests users send first (a SPARQL query in two result
 * formats, the query catalogue and one library query, the health check, the home page) a few times
 * to its own port, then stops the JVM — whose exit writes the class cache. The exit status is 0 only
 * if every request was answered with 2xx.
 *
 * <p>The property is read when the application is ready, not by a condition on the bean: Spring's
 * AOT processing fixes conditions at build time.
 */
@Component
public class TrainingRun {

    /** The property that makes a start a training run. */
    public static final String PROPERTY = "dekg.training-run";

    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);
    private static final int ROUNDS = 5;

    /** One training request: a path (with its query string) and the media type asked for. */
    record Request(String path, String accept) {}

    static final List<Request> REQUESTS = List.of(
            new Request("/sparql?query=" + encode("ASK {}"), "application/sparql-results+json"),
            new Request("/sparql?query=" + encode("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10"), "text/csv"),
            new Request("/api/queries", "application/json"),
            new Request("/api/queries/kfa-coverage", "application/json"),
            new Request("/actuator/health", "application/json"),
            new Request("/", "text/html"));

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (!event.getApplicationContext().getEnvironment().getProperty(PROPERTY, Boolean.class, false)) {
            return;
        }
        int port = event.getApplicationContext().getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        // On a thread of its own: the readiness state (and so the health check) turns to accepting
        // traffic in a listener of the same event, after or before this one.
        new Thread(() -> {
            List<String> failures = warmUp(port);
            failures.forEach(f -> LOG.error("Training request failed: {}", f));
            LOG.info("Training run done ({} requests, {} failed); stopping", ROUNDS * REQUESTS.size(), failures.size());
            System.exit(SpringApplication.exit(event.getApplicationContext(), () -> failures.isEmpty() ? 0 : 1));
        }, "training-run").start();
    }

    /** Sends {@link #REQUESTS} {@code ROUNDS} times to 127.0.0.1:{@code port}; one line per request not answered 2xx. */
    static List<String> warmUp(int port) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Request request : REQUESTS) {
                URI uri = URI.create("http://127.0.0.1:" + port + request.path());
                try {
                    HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri).header("Accept", request.accept())
                            .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() / 100 != 2) {
                        failures.add(request.path() + " answered " + response.statusCode());
                    }
                } catch (IOException e) {
                    failures.add(request.path() + ": " + e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failures.add(request.path() + ": interrupted");
                    return failures;
                }
            }
        }
        return failures;
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}
