package org.w3id.apecdekg.ops;

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
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Load harness: 64 concurrent clients over loopback for {@link #SECONDS} s, calling every query of
 * the library ({@code queries/}, via {@code /api/queries/{name}} with its defaults) and a few
 * /sparql queries, with the default limits. Passes when no answer is a 5xx other than the deliberate
 * 503 of admission control or the watchdog (clients back off as Retry-After says). Prints the figures:
 * {@code mvn -Dtest=LoadTestIntegrationTests test}, then the {@code load:} lines of the test output.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoadTestIntegrationTests {

    static final int CLIENTS = 64;
    static final int SECONDS = 12;

    @TempDir
    static Path storeDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("dekg.store", () -> storeDir.resolve("tdb2").toString());
        registry.add("logging.level.dekg.requests", () -> "WARN");
    }

    @LocalServerPort
    int port;

    static final List<String> SPARQL = List.of(
            "PREFIX dekg: <https://w3id.org/apec-dekg/ontology#> SELECT ?e ?code { ?e a dekg:Economy ; <http://www.w3.org/2004/02/skos/core#notation> ?code } ORDER BY ?code",
            "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }",
            "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY DESC(?n)");

    @Test
    void sixtyFourClientsGetNo5xxButDeliberate503s() throws Exception {
        String base = "http://127.0.0.1:" + port;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(8)).connectTimeout(Duration.ofSeconds(5)).build();
        List<String> targets = new ArrayList<>();
        String catalogue = client.send(HttpRequest.newBuilder(URI.create(base + "/api/queries"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"url\":\"([^\"]+)\"").matcher(catalogue);
        while (m.find()) {
            targets.add(m.group(1) + "?format=json");
        }
        int libraryQueries = targets.size();
        SPARQL.forEach(q -> targets.add(base + "/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));

        Histogram latency = new ConcurrentHistogram(60_000, 3);
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + SECONDS * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch done = new CountDownLatch(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            pool.execute(() -> {
                try {
                    while (System.nanoTime() < end) {
                        String url = targets.get(ThreadLocalRandom.current().nextInt(targets.size()));
                        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                                .header("Accept", "application/sparql-results+json, application/json")
                                .timeout(Duration.ofSeconds(60)).GET().build();
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
                            latency.recordValue(Math.max(1, (System.nanoTime() - t0) / 1_000_000));
                            statuses.computeIfAbsent(r.statusCode(), k -> new AtomicLong()).incrementAndGet();
                            if (r.statusCode() == 503) {
                                // a polite client: back off as told by Retry-After
                                long wait = r.headers().firstValueAsLong("Retry-After").orElse(1);
                                Thread.sleep(Math.min(wait, 2) * 1000);
                            }
                        } catch (java.io.IOException e) {
                            errors.incrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        pool.shutdown();

        Map<Integer, Long> byStatus = new TreeMap<>();
        statuses.forEach((k, v) -> byStatus.put(k, v.get()));
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long ok = byStatus.entrySet().stream().filter(e -> e.getKey() < 300).mapToLong(Map.Entry::getValue).sum();
        long refused = byStatus.getOrDefault(503, 0L);
        System.out.printf("load: %d clients, %d s, %d library queries + %d /sparql queries, cores %d%n", CLIENTS, SECONDS,
                libraryQueries, SPARQL.size(), Runtime.getRuntime().availableProcessors());
        System.out.printf("load: requests %d (%.0f/s), by status %s, 503 %d, I/O errors %d%n", total,
                total / (double) SECONDS, byStatus, refused, errors.get());
        System.out.printf("load: latency ms p50 %d, p90 %d, p99 %d, max %d%n", latency.getValueAtPercentile(50),
                latency.getValueAtPercentile(90), latency.getValueAtPercentile(99), latency.getMaxValue());

        assertThat(byStatus.keySet()).allSatisfy(s -> assertThat(s < 500 || s == 503).as("status " + s).isTrue());
        assertThat(errors.get()).isZero();
        assertThat(ok).isPositive();
    }
}
