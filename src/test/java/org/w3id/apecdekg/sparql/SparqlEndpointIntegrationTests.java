package org.w3id.apecdekg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.WebContent;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3id.apecdekg.security.TestCredentials;

/**
 * The SPARQL endpoint of a real server over a real TDB2 store built from {@code data/}, through
 * real clients: Jena RDFConnection (JSON, XML, CSV, TSV results), RDF4J SPARQLRepository (XML
 * results; RDF4J's JSON and text result parsers are not served by this build's Maven mirror) and curl.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SparqlEndpointIntegrationTests {

    @TempDir
    static Path storeDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("dekg.store", () -> storeDir.resolve("tdb2").toString());
        TestCredentials.register(registry);
    }

    @LocalServerPort
    int port;

    static final String PREFIXES = """
        PREFIX dekg: <https://w3id.org/apec-dekg/ontology#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX org:  <http://www.w3.org/ns/org#>
        """;

    static final String COUNT_ECONOMIES = PREFIXES + "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a dekg:Economy }";

    static final String COUNT_KFAS = PREFIXES
            + "SELECT (COUNT(DISTINCT ?k) AS ?n) { ?k skos:inScheme <https://w3id.org/apec-dekg/id/scheme/aider-kfa> }";

    static final String FORUM_PATH = PREFIXES + """
        SELECT ?step ?notation {
          VALUES (?step ?iri) {
            (1 <https://w3id.org/apec-dekg/id/forum/DPS>) (2 <https://w3id.org/apec-dekg/id/forum/DESG>)
            (3 <https://w3id.org/apec-dekg/id/forum/CTI>) (4 <https://w3id.org/apec-dekg/id/forum/SOM>) }
          <https://w3id.org/apec-dekg/id/forum/DPS> org:subOrganizationOf* ?iri .
          ?iri skos:notation ?notation .
        } ORDER BY ?step""";

    String endpoint() {
        return "http://127.0.0.1:" + port + "/sparql";
    }

    @ParameterizedTest
    @ValueSource(strings = {WebContent.contentTypeResultsJSON, WebContent.contentTypeResultsXML,
            WebContent.contentTypeTextCSV, WebContent.contentTypeTextTSV})
    void jenaClientCountsEconomiesAndKfasInEachResultFormat(String format) {
        try (RDFConnection conn = RDFConnectionRemote.newBuilder().destination(endpoint())
                .acceptHeaderSelectQuery(format).build()) {
            assertThat(count(conn, COUNT_ECONOMIES)).isEqualTo(21);
            assertThat(count(conn, COUNT_KFAS)).isEqualTo(11);
        }
    }

    private static long count(RDFConnection conn, String query) {
        long[] n = new long[1];
        conn.querySelect(query, row -> n[0] = Long.parseLong(row.get("n").asLiteral().getLexicalForm()));
        // (CSV results carry no datatypes, hence the lexical form)
        return n[0];
    }

    @Test
    void jenaClientFollowsTheForumPathFromDpsToSom() {
        try (RDFConnection conn = RDFConnection.queryConnect(endpoint())) {
            List<String> path = new java.util.ArrayList<>();
            conn.querySelect(FORUM_PATH, row -> path.add(row.getLiteral("notation").getString()));
            assertThat(path).containsExactly("DPS", "DESG", "CTI", "SOM");
        }
    }

    @Test
    void rdf4jClientReadsXmlResults() {
        SPARQLRepository repo = new SPARQLRepository(endpoint());
        try (RepositoryConnection conn = repo.getConnection();
                TupleQueryResult result = conn.prepareTupleQuery(FORUM_PATH).evaluate()) {
            List<String> path = result.stream().map((BindingSet b) -> b.getValue("notation").stringValue()).toList();
            assertThat(path).containsExactly("DPS", "DESG", "CTI", "SOM");
        } finally {
            repo.shutDown();
        }
        SPARQLRepository counting = new SPARQLRepository(endpoint());
        try (RepositoryConnection conn = counting.getConnection();
                TupleQueryResult result = conn.prepareTupleQuery(COUNT_ECONOMIES).evaluate()) {
            assertThat(result.next().getValue("n").stringValue()).isEqualTo("21");
        } finally {
            counting.shutDown();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/csv", "text/tab-separated-values", "application/sparql-results+json"})
    void curlGetsResultsInTheRequestedFormat(String accept) throws Exception {
        String url = endpoint() + "?query=" + URLEncoder.encode(COUNT_ECONOMIES, StandardCharsets.UTF_8);
        Process curl = new ProcessBuilder("curl", "-s", "-H", "Accept: " + accept, url).start();
        String body = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(curl.waitFor()).isZero();
        switch (accept) {
            case "text/csv" -> assertThat(body.trim()).isEqualTo("n\r\n21");
            case "text/tab-separated-values" -> assertThat(body.trim()).startsWith("?n").endsWith("21");
            default -> assertThat(body.replaceAll("\\s", "")).contains("\"value\":\"21\"");
        }
    }

    @Test
    void malformedQueryGets400WithTheParserMessage() throws Exception {
        HttpResponse<String> response = get(endpoint() + "?query="
                + URLEncoder.encode("SELECT * WHERE { ?s ?p }", StandardCharsets.UTF_8), "application/sparql-results+json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Parse error").contains("line 1, column 24");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " \n\t "})
    void emptyOrBlankQueryBodyGets400SayingSo(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint()))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains(body.isEmpty() ? "Empty query string" : "Blank query string");
    }

    @Test
    void updateSentToTheQueryEndpointIsRefused() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x> <urn:y> <urn:z> }")).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isGreaterThanOrEqualTo(400).isLessThan(500);
        try (RDFConnection conn = RDFConnection.queryConnect(endpoint())) {
            assertThat(conn.queryAsk("ASK { <urn:x> ?p ?o }")).isFalse();
        }
    }

    @Test
    void updateAndGraphStoreWorkWithEditorCredentials() {
        String base = "http://127.0.0.1:" + port;
        HttpClient editor = HttpClient.newBuilder().authenticator(new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(TestCredentials.EDITOR,
                        (TestCredentials.EDITOR + TestCredentials.PASSWORD_SUFFIX).toCharArray());
            }
        }).build();
        try (RDFConnection conn = RDFConnectionRemote.newBuilder().destination(base).queryEndpoint("sparql")
                .updateEndpoint("update").gspEndpoint("data").httpClient(editor).build()) {
            conn.update("INSERT DATA { GRAPH <urn:test:g> { <urn:test:s> <urn:test:p> \"o\" } }");
            assertThat(conn.queryAsk("ASK { <urn:test:s> <urn:test:p> \"o\" }")).isTrue();
            Model fetched = conn.fetch("urn:test:g");
            assertThat(fetched.size()).isEqualTo(1);
            conn.delete("urn:test:g");
            assertThat(conn.queryAsk("ASK { <urn:test:s> ?p ?o }")).isFalse();
        }
    }

    @Test
    void serviceDescriptionAnswersAPlainGet() throws Exception {
        HttpResponse<String> response = get(endpoint(), "text/turtle");
        assertThat(response.statusCode()).isEqualTo(200);
        Model sd = RDFParser.fromString(response.body(), Lang.TURTLE).toModel();
        assertThat(sd.listSubjectsWithProperty(sd.createProperty(
                "http://www.w3.org/ns/sparql-service-description#endpoint"), sd.createResource(endpoint())).toList())
                .hasSize(1);
    }

    @Test
    void homePageShowsCountsAndEndpoints() throws Exception {
        HttpResponse<String> response = get("http://127.0.0.1:" + port + "/", "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<th scope=\"row\">economies</th><td>21</td>")
                .contains("/sparql").contains("/update").contains("/data");
        HttpResponse<String> curlDefault = get("http://127.0.0.1:" + port + "/", "*/*");
        assertThat(curlDefault.body()).startsWith("<!DOCTYPE html>");
        HttpResponse<String> json = get("http://127.0.0.1:" + port + "/", "application/json");
        assertThat(json.body()).contains("\"economies\":21");
    }

    @Test
    void healthIsUpAndTellsAdminsTheStoreIsNotEmpty() throws Exception {
        HttpResponse<String> response = get("http://127.0.0.1:" + port + "/actuator/health", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").doesNotContain("\"empty\"");
        HttpRequest admin = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .header("Accept", "application/json").header("Authorization", TestCredentials.basic(TestCredentials.ADMIN))
                .GET().build();
        HttpResponse<String> details = HttpClient.newHttpClient().send(admin, HttpResponse.BodyHandlers.ofString());
        assertThat(details.body()).contains("\"status\":\"UP\"").contains("\"empty\":false");
    }

    private static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
