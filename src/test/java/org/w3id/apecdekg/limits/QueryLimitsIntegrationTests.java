package org.w3id.apecdekg.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Query timeout 2 s with the watchdog 0.5 s later; at most 2 queries at once and 2 waiting 300 ms.
 * Pathological queries come back within timeout + 2 s, also one that ignores ARQ's timeout; a burst
 * of slow queries gets some 503 + Retry-After and never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QueryLimitsIntegrationTests {

    static final long TIMEOUT_MS = 2000;

    @TempDir
    static Path storeDir;

    @DynamicPropertySource
    static void limits(DynamicPropertyRegistry registry) {
        registry.add("dekg.store", () -> storeDir.resolve("tdb2").toString());
        registry.add("dekg.sparql.query-timeout", () -> TIMEOUT_MS + "ms");
        registry.add("dekg.limits.timeout-grace", () -> "500ms");
        registry.add("dekg.limits.max-concurrent-queries", () -> "2");
        registry.add("dekg.limits.queue-size", () -> "2");
        registry.add("dekg.limits.queue-wait", () -> "300ms");
    }

    @LocalServerPort
    int port;

    /** Every triple times every triple times every triple. */
    static final String CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    /**
     * Catastrophic regex backtracking inside one FILTER call, which no iterator check interrupts:
     * ARQ's timeout cannot stop it, only the watchdog answers (some 6 s of CPU for 25 characters,
     * so the abandoned thread finishes soon after the test).
     */
    static final String REGEX_BOMB = "SELECT ?x WHERE { BIND(\"" + "a".repeat(25) + "\" AS ?x) "
            + "FILTER(REGEX(?x, \"(.*a){20}b\")) }";

    HttpResponse<String> query(HttpClient client, String sparql) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sparql?query="
                + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).header("Accept", "text/csv")
                .timeout(Duration.ofSeconds(30)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void crossProductOverAllTriplesAnswersWithinTimeoutPlusTwoSeconds() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = query(HttpClient.newHttpClient(), CROSS_PRODUCT);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("cross product: %d in %d ms: %s%n", r.statusCode(), ms, r.body().strip());
        assertThat(ms).isLessThan(TIMEOUT_MS + 2000);
        // ARQ's own timeout, answered by the query processor before the watchdog's grace runs out
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).contains("Query timed out");
    }

    @Test
    void queryThatIgnoresArqTimeoutIsAnsweredByTheWatchdogInTime() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = query(HttpClient.newHttpClient(), REGEX_BOMB);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("regex bomb: %d in %d ms: %s%n", r.statusCode(), ms, r.body().strip());
        assertThat(ms).isLessThan(TIMEOUT_MS + 2000);
        if (r.statusCode() != 200) {
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.body()).contains("time limit");
        }
    }

    @Test
    void burstOfSlowQueriesGetsSome503WithRetryAfterAndNo500() throws Exception {
        HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            futures.add(pool.submit(() -> query(client, CROSS_PRODUCT)));
        }
        int admissionRefusals = 0;
        for (Future<HttpResponse<String>> f : futures) {
            HttpResponse<String> r = f.get();
            assertThat(r.statusCode()).as(r.body()).isNotEqualTo(500).isIn(200, 503, 504);
            if (r.headers().firstValue("Retry-After").isPresent()) {
                assertThat(r.statusCode()).isEqualTo(503);
                assertThat(r.body()).contains("too many queries");
                admissionRefusals++;
            }
        }
        pool.shutdown();
        System.out.printf("burst: %d of 20 refused by admission control%n", admissionRefusals);
        assertThat(admissionRefusals).isGreaterThanOrEqualTo(10);
        // and the server still serves once the burst is over
        Thread.sleep(TIMEOUT_MS);
        assertThat(query(HttpClient.newHttpClient(), "SELECT * { ?s ?p ?o } LIMIT 1").statusCode()).isEqualTo(200);
    }
}
