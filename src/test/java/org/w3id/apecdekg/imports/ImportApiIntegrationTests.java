package org.w3id.apecdekg.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code POST /api/imports} on a real server: a conforming file is imported (201), a
 * non-conforming one gets 422 with the SHACL report, malformed Turtle 400 with line and column, a
 * CSV with an unknown economy 422 naming the row; after each rejection the store holds exactly the
 * quads it held before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportApiIntegrationTests {

    static final String PASSWORD = "import-tests-password";

    @TempDir
    static Path storeDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("dekg.store", () -> storeDir.resolve("tdb2").toString());
        registry.add("dekg.security.users[0].name", () -> "editor");
        registry.add("dekg.security.users[0].password-hash", () -> new BCryptPasswordEncoder().encode(PASSWORD));
        registry.add("dekg.security.users[0].roles[0]", () -> "editor");
    }

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.w3id.apecdekg.store.DekgStore store;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void conformingTurtleIsImported() throws Exception {
        HttpResponse<String> r = post("valid-partner.ttl", null, "text/turtle");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(r.body()).contains("https://w3id.org/apec-dekg/graph/import/valid-partner", "\"triples\":9");
        HttpResponse<byte[]> page = http.send(HttpRequest.newBuilder(URI.create(base() + "/id/project/DESG-98-2025S"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(page.statusCode()).isEqualTo(200);
    }

    @Test
    void contentTypePicksTheFormatWhenTheNameHasNoExtension() throws Exception {
        HttpResponse<String> r = post("valid-partner.ttl", "partner-upload", "text/turtle");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(r.body()).contains("graph/import/partner-upload");
    }

    @Test
    void nonConformingRdfIs422WithTheReportAndChangesNothing() throws Exception {
        var before = dump();
        HttpResponse<String> r = post("nonconforming-partner.ttl", null, "text/turtle");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("does not conform", "dekg:proposedBy is at most one dekg:Economy");
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void malformedTurtleIs400WithLineAndColumnAndChangesNothing() throws Exception {
        var before = dump();
        HttpResponse<String> r = post("malformed-partner.ttl", null, "text/turtle");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).containsPattern("malformed-partner\\.ttl:\\d+:\\d+: syntax error");
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void csvWithAnUnknownEconomyIs422NamingTheRowAndChangesNothing() throws Exception {
        var before = dump();
        HttpResponse<String> r = post("unknown-economy.csv", null, "text/csv");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("unknown-economy.csv:3: unknown economy 'Atlantis'");
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void anonymousImportsAreRefused() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/imports?name=x.ttl"))
                .header("Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Every quad of the store, read directly (dumps are cached by store version, so not those). */
    java.util.Set<org.apache.jena.sparql.core.Quad> dump() {
        return org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> {
            java.util.Set<org.apache.jena.sparql.core.Quad> quads = new java.util.HashSet<>();
            store.dataset().find().forEachRemaining(quads::add);
            return quads;
        });
    }

    HttpResponse<String> post(String fixture, String name, String contentType) throws IOException, InterruptedException {
        byte[] body = Files.readAllBytes(Path.of("src/test/resources/imports", fixture));
        String auth = Base64.getEncoder().encodeToString(("editor:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(base() + "/api/imports?name=" + (name == null ? fixture : name)))
                .header("Content-Type", contentType).header("Authorization", "Basic " + auth)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
