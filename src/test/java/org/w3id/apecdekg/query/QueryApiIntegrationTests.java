package org.w3id.apecdekg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The query API over a real server and store: catalogue, formats, paging, errors, CORS, OpenAPI. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QueryApiIntegrationTests {

    @TempDir
    static Path storeDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("dekg.store", () -> storeDir.resolve("tdb2").toString());
        registry.add("dekg.queries", () -> "src/test/resources/api-queries");
        org.w3id.apecdekg.security.TestCredentials.register(registry);
    }

    @LocalServerPort
    int port;

    static final String Q = "/api/queries/economies-by-joining-year";

    @Test
    void catalogueListsTheQueryWithItsParameters() throws Exception {
        HttpResponse<String> r = get("/api/queries", "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"name\":\"economies-by-joining-year\"")
                .contains("\"summary\":\"Member economies that joined APEC in a year\"")
                .contains("\"type\":\"year\"").contains("\"view\":\"table\"")
                .contains("FILTER(!BOUND(?_year) || ?joined = ?_year)");
    }

    @Test
    void csvOfAParameterisedCallHasExactlyTheFoundingYearRows() throws Exception {
        HttpResponse<String> r = get(Q + "?year=1991&format=csv", "*/*");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        assertThat(r.body()).isEqualTo("code,joined\r\nCN,1991\r\nHK,1991\r\nTW,1991\r\n");
    }

    @Test
    void tsvAndSparqlJsonAndPlainJsonByAcceptHeader() throws Exception {
        assertThat(get(Q + "?year=1998", "text/tab-separated-values").body())
                .isEqualTo("?code\t?joined\n\"PE\"\t1998\n\"RU\"\t1998\n\"VN\"\t1998\n");
        HttpResponse<String> sparqlJson = get(Q + "?year=1998", "application/sparql-results+json");
        ResultSet rs = ResultSetMgr.read(new java.io.ByteArrayInputStream(sparqlJson.body().getBytes()),
                ResultSetLang.RS_JSON);
        assertThat(ResultSetFactory.makeRewindable(rs).size()).isEqualTo(3);
        assertThat(get(Q + "?economy=PE", "application/json").body().replaceAll("\\s", ""))
                .isEqualTo("[{\"code\":\"PE\",\"joined\":1998}]");
    }

    @Test
    void pagesCarryLinkHeaders() throws Exception {
        HttpResponse<String> first = get(Q + "?year=1989&pageSize=5&format=csv", "*/*");
        assertThat(first.body().lines().skip(1).map(s -> s.split(",")[0]).toList())
                .containsExactly("AU", "BN", "CA", "ID", "JP");
        String link = first.headers().firstValue("Link").orElseThrow();
        assertThat(link).contains("rel=\"next\"").contains("page=2").doesNotContain("rel=\"prev\"");
        HttpResponse<String> third = get(Q + "?year=1989&pageSize=5&page=3&format=csv", "*/*");
        assertThat(third.body().lines().skip(1).map(s -> s.split(",")[0]).toList()).containsExactly("TH", "US");
        assertThat(third.headers().firstValue("Link").orElseThrow()).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    @Test
    void illTypedOrUnknownParametersGet400AndUnknownQueries404() throws Exception {
        HttpResponse<String> badYear = get(Q + "?year=19x9", "application/json");
        assertThat(badYear.statusCode()).isEqualTo(400);
        assertThat(badYear.body()).contains("parameter 'year' (year): '19x9' is not a four-digit year");
        HttpResponse<String> injection = get(Q + "?economy=" + java.net.URLEncoder.encode(
                "AU> } ; DROP ALL #", java.nio.charset.StandardCharsets.UTF_8), "application/json");
        assertThat(injection.statusCode()).isEqualTo(400);
        assertThat(get(Q + "?colour=red", "application/json").statusCode()).isEqualTo(400);
        assertThat(get("/api/queries/no-such-query", "application/json").statusCode()).isEqualTo(404);
    }

    @Test
    void crossOriginReadsAreAllowedOnApiAndSparql() throws Exception {
        HttpRequest api = HttpRequest.newBuilder(URI.create(base() + Q + "?year=1994"))
                .header("Origin", "https://observablehq.com").GET().build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(api, HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://observablehq.com");
        HttpRequest preflight = HttpRequest.newBuilder(URI.create(base() + "/sparql"))
                .header("Origin", "https://yasgui.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> p = HttpClient.newHttpClient().send(preflight, HttpResponse.BodyHandlers.ofString());
        assertThat(p.statusCode()).isEqualTo(200);
        assertThat(p.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("POST");
    }

    @Test
    void openApiDocumentHasAnOperationPerQuery() throws Exception {
        HttpResponse<String> r = get("/api/openapi.json", "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"/api/queries/economies-by-joining-year\"")
                .contains("\"operationId\":\"economies-by-joining-year\"");
        assertThat(get("/api/docs", "text/html").statusCode()).isIn(200, 302);
    }

    @Test
    void repeatedCallsAreServedFromTheCacheUntilTheStoreChanges() throws Exception {
        // same answer twice; a write through /update invalidates and the new data shows
        assertThat(get(Q + "?year=2031&format=csv", "*/*").body()).isEqualTo("code,joined\r\n");
        HttpRequest update = HttpRequest.newBuilder(URI.create(base() + "/update"))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", org.w3id.apecdekg.security.TestCredentials.basic(
                        org.w3id.apecdekg.security.TestCredentials.EDITOR))
                .POST(HttpRequest.BodyPublishers.ofString("""
                    PREFIX dekg: <https://w3id.org/apec-dekg/ontology#>
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    INSERT DATA { GRAPH <urn:test> { <urn:test:e> a dekg:Economy ; skos:notation "ZZ" ;
                      dekg:joinedApec "2031"^^<http://www.w3.org/2001/XMLSchema#gYear> } }""")).build();
        assertThat(HttpClient.newHttpClient().send(update, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(204);
        assertThat(get(Q + "?year=2031&format=csv", "*/*").body()).isEqualTo("code,joined\r\nZZ,2031\r\n");
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", accept).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
