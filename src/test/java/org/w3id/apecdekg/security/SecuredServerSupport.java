package org.w3id.apecdekg.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3id.apecdekg.store.DekgStore;

/**
 * A real server over a store built from {@code data/}, with the test users and keys, anonymous row
 * cap 50 and reports capped at 1 MB; one JVM-wide store directory, so the test classes that extend
 * this share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class SecuredServerSupport {

    static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("dekg-secured-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void securedServer(DynamicPropertyRegistry registry) {
        registry.add("dekg.store", () -> DIR.resolve("tdb2").toString());
        registry.add("dekg.backup.directory", () -> DIR.resolve("backups").toString());
        registry.add("dekg.queries", () -> "src/test/resources/api-queries");
        registry.add("dekg.max-report-bytes", () -> "1048576");
        registry.add("dekg.limits.max-rows", () -> "50");
        TestCredentials.register(registry);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected DekgStore store;

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    protected HttpResponse<String> get(String path, String accept, String authorization) {
        return TestHttp.get(url(path), accept, authorization);
    }

    protected HttpResponse<String> query(String sparql, String authorization) {
        return get("/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8), "text/csv", authorization);
    }

    protected HttpResponse<String> send(String method, String path, String contentType, byte[] body,
            String authorization) {
        return TestHttp.send(method, url(path), contentType, body, authorization);
    }

    protected HttpResponse<String> update(String sparqlUpdate, String authorization) {
        return send("POST", "/update", "application/sparql-update", sparqlUpdate.getBytes(StandardCharsets.UTF_8),
                authorization);
    }

    protected HttpResponse<String> send(HttpRequest request) {
        return TestHttp.send(request);
    }
}
