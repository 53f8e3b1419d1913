package org.w3id.apecdekg.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.apecdekg.security.TestCredentials.ADMIN;
import static org.w3id.apecdekg.security.TestCredentials.EDITOR;
import static org.w3id.apecdekg.security.TestCredentials.EDITOR_KEY;
import static org.w3id.apecdekg.security.TestCredentials.READER;
import static org.w3id.apecdekg.security.TestCredentials.READER_KEY;
import static org.w3id.apecdekg.security.TestCredentials.basic;
import static org.w3id.apecdekg.security.TestCredentials.bearer;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What anonymous callers, readers, editors and admins may do, by HTTP Basic and by API key. */
class AccessControlIntegrationTests extends SecuredServerSupport {

    static final String ASK = "ASK { ?s ?p ?o }";

    static String insert(String tag) {
        return "INSERT DATA { GRAPH <urn:acl:" + tag + "> { <urn:acl:s> <urn:acl:p> \"" + tag + "\" } }";
    }

    boolean present(String tag) {
        return query("ASK { GRAPH <urn:acl:" + tag + "> { ?s ?p ?o } }", null).body().contains("true");
    }

    @Test
    void anonymousReadsButCannotWrite() {
        assertThat(query(ASK, null).statusCode()).isEqualTo(200);
        assertThat(get("/", "text/html", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health", "application/json", null).statusCode()).isEqualTo(200);
        assertThat(get("/api/queries", "application/json", null).statusCode()).isEqualTo(200);
        assertThat(get("/data?graph=urn:none", "text/turtle", null).statusCode()).isIn(200, 404);

        HttpResponse<String> update = update(insert("anon"), null);
        assertThat(update.statusCode()).isEqualTo(401);
        assertThat(update.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(update.body()).contains("authentication required");
        assertThat(send("PUT", "/data?graph=urn:acl:anon", "text/turtle", "<urn:a> <urn:b> <urn:c> .".getBytes(), null)
                .statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/reports?name=r.md", "text/markdown", "# x".getBytes(), null).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/imports?name=x.ttl", "text/turtle", "<urn:a> <urn:b> <urn:c> .".getBytes(), null)
                .statusCode()).isEqualTo(401);
        assertThat(send("POST", "/admin/backup", null, null, null).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/admin/compact", null, null, null).statusCode()).isEqualTo(401);
        assertThat(present("anon")).isFalse();
    }

    @Test
    void readerReadsWithoutTheRowCapButCannotWrite() {
        assertThat(query(ASK, basic(READER)).statusCode()).isEqualTo(200);
        HttpResponse<String> update = update(insert("reader"), basic(READER));
        assertThat(update.statusCode()).isEqualTo(403);
        assertThat(update.body()).contains("needs the editor role");
        assertThat(send("PUT", "/data?graph=urn:acl:reader", "text/turtle", "<urn:a> <urn:b> <urn:c> .".getBytes(),
                basic(READER)).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/admin/backup", null, null, basic(READER)).statusCode()).isEqualTo(403);
        assertThat(present("reader")).isFalse();
    }

    @Test
    void editorWritesThroughUpdateGraphStoreAndReportUploadButIsNoAdmin() throws Exception {
        assertThat(update(insert("editor"), basic(EDITOR)).statusCode()).isEqualTo(204);
        assertThat(present("editor")).isTrue();
        assertThat(send("PUT", "/data?graph=urn:acl:editor-gsp", "text/turtle", "<urn:a> <urn:b> <urn:c> .".getBytes(),
                basic(EDITOR)).statusCode()).isIn(200, 201, 204);
        assertThat(query("ASK { GRAPH <urn:acl:editor-gsp> { <urn:a> <urn:b> <urn:c> } }", null).body()).contains("true");

        byte[] report = Files.readAllBytes(Path.of("src/test/resources/reports/desg-summary-record-sample.en.md"));
        HttpResponse<String> upload = send("POST", "/api/reports?name=desg-summary-record-sample.en.md",
                "text/markdown; charset=UTF-8", report, basic(EDITOR));
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        assertThat(upload.body()).contains("\"graph\":\"https://w3id.org/apec-dekg/graph/report/desg-summary-record-sample\"");

        assertThat(send("POST", "/admin/backup", null, null, basic(EDITOR)).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/admin/compact", null, null, basic(EDITOR)).statusCode()).isEqualTo(403);
    }

    @Test
    void adminBacksUpWhileServingAndMayAlsoWrite() throws Exception {
        HttpResponse<String> backup = send("POST", "/admin/backup", null, null, basic(ADMIN));
        assertThat(backup.statusCode()).as(backup.body()).isEqualTo(201);
        String file = backup.body().replaceAll(".*\"file\":\"([^\"]+)\".*", "$1");
        assertThat(Path.of(file)).exists().startsWith(DIR.resolve("backups"));
        assertThat(backup.body()).containsPattern("\"quads\":[1-9]");
        assertThat(update(insert("admin"), basic(ADMIN)).statusCode()).isEqualTo(204);
    }

    @Test
    void wrongPasswordAndUnknownUserGet401EvenOnReads() {
        assertThat(update(insert("wrong"), basic(EDITOR, "guess")).statusCode()).isEqualTo(401);
        assertThat(update(insert("wrong"), basic("mallory", "x")).statusCode()).isEqualTo(401);
        assertThat(query(ASK, basic(READER, "guess")).statusCode()).isEqualTo(401);
        assertThat(present("wrong")).isFalse();
    }

    @Test
    void apiKeysByHashWithTheirRoles() {
        assertThat(update(insert("bad-key"), bearer("not-a-key")).statusCode()).isEqualTo(401);
        assertThat(update(insert("reader-key"), bearer(READER_KEY)).statusCode()).isEqualTo(403);
        assertThat(update(insert("editor-key"), bearer(EDITOR_KEY)).statusCode()).isEqualTo(204);
        assertThat(present("bad-key")).isFalse();
        assertThat(present("reader-key")).isFalse();
        assertThat(present("editor-key")).isTrue();
    }

    @Test
    void updateSentToTheQueryEndpointIsRefusedEvenForEditors() {
        HttpResponse<String> r = send("POST", "/sparql", "application/sparql-update",
                insert("via-query").getBytes(StandardCharsets.UTF_8), basic(EDITOR));
        assertThat(r.statusCode()).isBetween(400, 499);
        assertThat(present("via-query")).isFalse();
    }

    @Test
    void anonymousSelectResultsAreCappedWithHeadersAndReadersAreNot() {
        String all = "SELECT ?s ?p ?o { ?s ?p ?o }";
        HttpResponse<String> anonymous = selectJson(all, null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.headers().firstValue("DEKG-Row-Cap")).hasValue("50");
        assertThat(anonymous.headers().firstValue("DEKG-Row-Cap-Reason")).hasValueSatisfying(
                v -> assertThat(v).contains("limited to 50 rows"));
        assertThat(rows(anonymous)).isEqualTo(50);
        HttpResponse<String> small = selectJson(all + " LIMIT 7", null);
        assertThat(small.headers().firstValue("DEKG-Row-Cap")).isEmpty();
        assertThat(rows(small)).isEqualTo(7);
        HttpResponse<String> reader = selectJson(all, basic(READER));
        assertThat(reader.headers().firstValue("DEKG-Row-Cap")).isEmpty();
        assertThat(rows(reader)).isGreaterThan(50);
    }

    HttpResponse<String> selectJson(String sparql, String authorization) {
        return get("/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8),
                "application/sparql-results+json", authorization);
    }

    static int rows(HttpResponse<String> response) {
        return org.apache.jena.query.ResultSetFactory.makeRewindable(org.apache.jena.riot.ResultSetMgr.read(
                new java.io.ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)),
                org.apache.jena.riot.resultset.ResultSetLang.RS_JSON)).size();
    }

    @Test
    void anonymousApiPagesAreCappedWithAClearMessage() {
        String q = "/api/queries/economies-by-joining-year?format=csv";
        HttpResponse<String> big = get(q + "&pageSize=100", "*/*", null);
        assertThat(big.statusCode()).isEqualTo(400);
        assertThat(big.body()).contains("pageSize 100 is above the limit of 50 rows");
        assertThat(get(q + "&pageSize=100", "*/*", basic(READER)).statusCode()).isEqualTo(200);
        assertThat(get(q + "&pageSize=20", "*/*", null).statusCode()).isEqualTo(200);
    }

    @Test
    void injectionAttemptsInApiParametersGet400AndChangeNothing() {
        long before = store.quadCount();
        String q = "/api/queries/economies-by-joining-year?";
        for (String attempt : new String[] {
                "economy=AU> } ; DROP ALL #", "economy=AU\" } DELETE WHERE { ?s ?p ?o } #",
                "year=1991\"^^<http://www.w3.org/2001/XMLSchema#gYear> } UNION { ?s ?p ?o",
                "year=1991) } ; CLEAR ALL ; #", "economy=<file:///etc/passwd>"}) {
            int eq = attempt.indexOf('=');
            String path = q + attempt.substring(0, eq + 1) + URLEncoder.encode(attempt.substring(eq + 1), StandardCharsets.UTF_8);
            assertThat(get(path, "application/json", null).statusCode()).as(attempt).isEqualTo(400);
        }
        assertThat(store.quadCount()).isEqualTo(before);
    }
}
