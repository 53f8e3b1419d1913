package org.w3id.apecdekg.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.apecdekg.security.SecuredServerSupport;
import org.w3id.apecdekg.security.TestCredentials;

/**
 * The corpus in {@code src/test/resources/hostile/} (see its README) plus generated giants: each
 * input gets a 4xx with a message, the server keeps serving, and the store's quad count is unchanged.
 */
class HostileInputIntegrationTests extends SecuredServerSupport {

    static final Path CORPUS = Path.of("src/test/resources/hostile");
    static final String EDITOR = TestCredentials.basic(TestCredentials.EDITOR);

    static Stream<String> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("README.md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachHostileFileIsRefusedWithA4xxAndChangesNothing(String name) throws IOException {
        byte[] content = Files.readAllBytes(CORPUS.resolve(name));
        long before = store.quadCount();
        HttpResponse<String> r = sendHostile(name, content);
        assertThat(r.statusCode()).as(name + " → " + r.body()).isBetween(400, 499);
        assertThat(r.body()).as(name).isNotBlank();
        assertThat(store.quadCount()).as(name).isEqualTo(before);
        assertThat(query("ASK { ?s ?p ?o }", null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> sendHostile(String name, byte[] content) {
        String ext = name.substring(name.lastIndexOf('.') + 1);
        if (name.startsWith("query-")) {
            return send("POST", "/sparql", "application/sparql-query", content, null);
        }
        if (name.startsWith("update-")) {
            return send("POST", "/update", "application/sparql-update", content, EDITOR);
        }
        if (name.startsWith("data-")) {
            String type = switch (ext) {
                case "ttl" -> "text/turtle";
                case "nt" -> "application/n-triples";
                case "rdf" -> "application/rdf+xml";
                case "jsonld" -> "application/ld+json";
                case "trig" -> "application/trig";
                case "nq" -> "application/n-quads";
                default -> throw new IllegalArgumentException(name);
            };
            boolean quads = ext.equals("trig") || ext.equals("nq");
            return send(quads ? "POST" : "PUT", quads ? "/data" : "/data?graph=urn:hostile", type, content, EDITOR);
        }
        if (name.startsWith("import-")) {
            return send("POST", "/api/imports?name=" + name, "text/csv", content, EDITOR);
        }
        if (name.startsWith("report-")) {
            return send("POST", "/api/reports?name=" + name, "text/markdown", content, EDITOR);
        }
        throw new IllegalArgumentException("no target for " + name);
    }

    @Test
    void hugeQueryIsRefusedAs413() {
        String huge = "SELECT * WHERE { ?s ?p ?o FILTER(?o IN (" + "\"x\",".repeat(80_000) + "\"y\")) }";
        HttpResponse<String> r = send("POST", "/sparql", "application/sparql-query", huge.getBytes(StandardCharsets.UTF_8), null);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("larger than the limit");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"query-service-file.rq", "query-service-http.rq", "query-service-in-exists.rq",
        "query-service-in-subquery.rq"})
    void serviceIsRefusedWithItsReasonBeforeAnythingRuns(String name) throws IOException {
        HttpResponse<String> r = send("POST", "/sparql", "application/sparql-query", Files.readAllBytes(CORPUS.resolve(name)), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains(SparqlChecks.NO_SERVICE);
        HttpResponse<String> get = get("/sparql?query=" + java.net.URLEncoder.encode(
                Files.readString(CORPUS.resolve(name)), StandardCharsets.UTF_8), "application/sparql-results+json", null);
        assertThat(get.statusCode()).as(get.body()).isEqualTo(400);
        assertThat(get.body()).contains(SparqlChecks.NO_SERVICE);
    }

    @Test
    void deeplyNestedQueryIsRefusedAs400() {
        int depth = 20_000;
        String nested = "SELECT * WHERE " + "{ ".repeat(depth) + "?s ?p ?o" + " }".repeat(depth);
        long before = store.quadCount();
        HttpResponse<String> r = send("POST", "/sparql", "application/sparql-query", nested.getBytes(StandardCharsets.UTF_8), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("nested too deeply");
        String update = "INSERT { GRAPH <urn:hostile> { ?s ?p ?o } } WHERE " + "{ ".repeat(depth) + "?s ?p ?o" + " }".repeat(depth);
        HttpResponse<String> u = update(update, EDITOR);
        assertThat(u.statusCode()).as(u.body()).isEqualTo(400);
        assertThat(u.body()).contains("update is nested too deeply to parse");
        assertThat(store.quadCount()).isEqualTo(before);
    }

    @Test
    void reportWithAHugeLiteralIsRefusedAndOversizedUploadsAre413() {
        long before = store.quadCount();
        byte[] line = ("# Report\n\n" + "APEC ".repeat(420_000)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> report = send("POST", "/api/reports?name=huge.md", "text/markdown", line, EDITOR);
        assertThat(report.statusCode()).as(report.body()).isEqualTo(400);
        assertThat(report.body()).contains("larger than the limit");
        byte[] giant = new byte[25 * 1024 * 1024];
        java.util.Arrays.fill(giant, (byte) 'a');
        assertThat(send("PUT", "/data?graph=urn:hostile", "text/turtle", giant, EDITOR).statusCode()).isEqualTo(413);
        assertThat(store.quadCount()).isEqualTo(before);
    }
}
