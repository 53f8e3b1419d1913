package org.w3id.apecdekg.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.apecdekg.security.TestCredentials.EDITOR;
import static org.w3id.apecdekg.security.TestCredentials.READER;
import static org.w3id.apecdekg.security.TestCredentials.basic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3id.apecdekg.security.TestCredentials;
import org.w3id.apecdekg.security.TestHttp;
import org.w3id.apecdekg.store.DekgStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The review API on a real server and TDB2 store of its own: stable fact ids across reloads; confirm,
 * reject, correct and add; the curated default graph on /sparql, the query library, entity pages and
 * exports, with the raw statement still in its report's graph; orphaned reviews; the N-Quads export
 * round trip; who may write; browser sessions and their CSRF token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewApiIntegrationTests {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String DEKG = "https://w3id.org/apec-dekg/ontology#";
    static final String ID = "https://w3id.org/apec-dekg/id/";
    static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("dekg-reviews-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        registry.add("dekg.store", () -> DIR.resolve("tdb2").toString());
        TestCredentials.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    DekgStore store;

    /** A short chair's summary of our own, with one project, its proposer and co-sponsors. */
    static String report(String number, String title, String proposer, String coSponsors) {
        return "# APEC Digital Economy Steering Group — Third Meeting 2025: Chair's Summary\n\n"
                + "Busan, Korea, 10–11 September 2025\n\n"
                + "## 2. Project updates\n\n"
                + "- " + number + ", " + title + " (" + proposer + "). " + coSponsors + " are co-sponsors.\n";
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    HttpResponse<String> get(String path) {
        return TestHttp.get(url(path), "application/json", null);
    }

    HttpResponse<String> send(String method, String path, String json, String authorization) {
        return TestHttp.send(method, url(path), "application/json",
                json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8), authorization);
    }

    JsonNode upload(String name, String text) {
        HttpResponse<String> r = TestHttp.send("POST", url("/api/reports?name=" + name), "text/markdown",
                text.getBytes(StandardCharsets.UTF_8), basic(EDITOR));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body());
    }

    static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    List<String> column(String sparql) {
        HttpResponse<String> r = TestHttp.get(url("/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)),
                "text/csv", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> rows = new ArrayList<>(List.of(r.body().split("\r\n", -1)));
        rows.remove(0);
        rows.remove(rows.size() - 1);
        return rows;
    }

    /** The co-sponsor facts of a project in a report, by the economy's ISO code. */
    JsonNode coSponsorFact(String slug, String project, String economy) {
        JsonNode facts = json(get("/api/facts?report=" + slug + "&pageSize=1000")).get("facts");
        for (JsonNode f : facts) {
            if (f.get("subject").get("value").asString().equals(ID + "project/" + project)
                    && f.get("predicate").get("value").asString().equals(DEKG + "coSponsoredBy")
                    && f.get("object").get("value").asString().equals(ID + "economy/" + economy)) {
                return f;
            }
        }
        throw new AssertionError("no co-sponsor fact " + project + " " + economy + " in " + facts);
    }

    String review(String id, String body, String authorization) {
        HttpResponse<String> r = send("POST", "/api/facts/" + id + "/review", body, authorization);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).get("review").get("id").asString();
    }

    @Test
    void factIdsAreStableAcrossReloadsAndVisibleInSparqlAndOnTheEvidence() {
        String text = report("DESG 201 2025A", "Digital skills for rural MSMEs", "Chile", "Peru and Mexico");
        upload("review-ids.md", text);
        JsonNode first = coSponsorFact("review-ids", "DESG-201-2025A", "PE");
        assertThat(first.get("id").asString()).matches("[0-9a-f]{20}");
        assertThat(first.get("state").asString()).isEqualTo("unreviewed");
        assertThat(first.get("evidence").get(0).get("quote").asString()).contains("are co-sponsors");
        assertThat(first.get("evidence").get(0).get("locator").asString()).isEqualTo("line 7");
        upload("review-ids.md", text);
        assertThat(coSponsorFact("review-ids", "DESG-201-2025A", "PE").get("id").asString())
                .isEqualTo(first.get("id").asString());
        assertThat(column("PREFIX dekg: <" + DEKG + "> SELECT ?f WHERE { GRAPH <https://w3id.org/apec-dekg/graph/report/review-ids> { ?e dekg:fact ?f ; "
                + "<http://www.w3.org/1999/02/22-rdf-syntax-ns#object> <" + ID + "economy/PE> } }"))
                .containsExactly(first.get("iri").asString());
        // by subject: the same fact, among the project's others
        JsonNode about = json(get("/api/facts?subject=" + URLEncoder.encode(ID + "project/DESG-201-2025A", StandardCharsets.UTF_8)));
        assertThat(about.get("facts").findValuesAsString("id")).contains(first.get("id").asString());
        assertThat(json(get("/api/facts/" + first.get("id").asString())).get("object").get("label").asString()).isEqualTo("Peru");
        // a statement without evidence (the project's type) is found through its subject, never by a scan
        String typeId = org.w3id.apecdekg.vocab.Ids.factId(org.apache.jena.graph.NodeFactory.createURI(ID + "project/DESG-201-2025A"),
                org.apache.jena.vocabulary.RDF.type.asNode(), org.apache.jena.graph.NodeFactory.createURI(DEKG + "Project"),
                org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/apec-dekg/graph/report/review-ids"));
        HttpResponse<String> noHint = get("/api/facts/" + typeId);
        assertThat(noHint.statusCode()).isEqualTo(404);
        assertThat(json(noHint).get("error").asString()).contains("?subject=");
        assertThat(json(get("/api/facts/" + typeId + "?subject=" + URLEncoder.encode(ID + "project/DESG-201-2025A",
                StandardCharsets.UTF_8))).get("id").asString()).isEqualTo(typeId);
        // and on the entity page, with each piece of evidence
        assertThat(TestHttp.get(url("/id/project/DESG-201-2025A"), "text/html", null).body())
                .contains("fact <a href=\"/api/facts/" + first.get("id").asString() + "\">");
    }

    @Test
    void aRejectedCoSponsorLeavesTheDefaultGraphLibraryPageAndExportButStaysInItsReportGraphAndAcrossReloads() {
        String text = report("DESG 202 2025A", "Cross-border paperless trade pilots", "Japan", "Viet Nam and Thailand");
        upload("review-reject.md", text);
        String project = ID + "project/DESG-202-2025A";
        String ask = "PREFIX dekg: <" + DEKG + "> SELECT ?e WHERE { <" + project + "> dekg:coSponsoredBy ?e } ORDER BY ?e";
        assertThat(column(ask)).containsExactly(ID + "economy/TH", ID + "economy/VN");
        JsonNode fact = coSponsorFact("review-reject", "DESG-202-2025A", "TH");
        // answers cached before the review must not be served after it
        assertThat(TestHttp.get(url("/api/queries/projects-by-economy?economy=TH&format=csv"), "text/csv", null).body())
                .contains("DESG 202 2025A");
        assertThat(TestHttp.get(url("/export/review-reject.nt"), "application/n-triples", null).body())
                .contains("<" + project + "> <" + DEKG + "coSponsoredBy> <" + ID + "economy/TH>");

        review(fact.get("id").asString(), "{\"verdict\":\"reject\",\"note\":\"Thailand is not named in the project document\"}",
                basic(EDITOR));

        assertThat(column(ask)).containsExactly(ID + "economy/VN");
        assertThat(column("PREFIX dekg: <" + DEKG + "> SELECT ?g WHERE { GRAPH ?g { <" + project
                + "> dekg:coSponsoredBy <" + ID + "economy/TH> } }"))
                .containsExactly("https://w3id.org/apec-dekg/graph/report/review-reject");
        // a query that names the triple without variables, and one that reaches it through OPTIONAL
        assertThat(column("PREFIX dekg: <" + DEKG + "> SELECT (COUNT(*) AS ?n) WHERE { <" + project
                + "> dekg:coSponsoredBy <" + ID + "economy/TH> }")).containsExactly("0");
        assertThat(column("PREFIX dekg: <" + DEKG + "> SELECT ?e WHERE { <" + project + "> dekg:proposedBy ?p "
                + "OPTIONAL { <" + project + "> dekg:coSponsoredBy ?e FILTER(?e = <" + ID + "economy/TH>) } }"))
                .containsExactly("");
        HttpResponse<String> library = TestHttp.get(url("/api/queries/projects-by-economy?economy=TH&format=csv"), "text/csv", null);
        assertThat(library.body()).doesNotContain("DESG 202 2025A");
        HttpResponse<String> vn = TestHttp.get(url("/api/queries/projects-by-economy?economy=VN&format=csv"), "text/csv", null);
        assertThat(vn.body()).contains("DESG 202 2025A");
        HttpResponse<String> page = TestHttp.get(url("/id/project/DESG-202-2025A"), "text/html", null);
        assertThat(page.body()).contains("/id/economy/VN").doesNotContain("/id/economy/TH\"");
        HttpResponse<String> turtle = TestHttp.get(url("/export/review-reject.nt"), "application/n-triples", null);
        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.body()).contains("<" + ID + "economy/VN>").doesNotContain("<" + project + "> <" + DEKG
                + "coSponsoredBy> <" + ID + "economy/TH>");

        // loading the report again keeps the rejection
        upload("review-reject.md", text);
        assertThat(column(ask)).containsExactly(ID + "economy/VN");
        JsonNode again = coSponsorFact("review-reject", "DESG-202-2025A", "TH");
        assertThat(again.get("state").asString()).isEqualTo("rejected");
        assertThat(again.get("review").get("note").asString()).isEqualTo("Thailand is not named in the project document");
        assertThat(again.get("review").get("by").asString()).isEqualTo(EDITOR);
    }

    @Test
    void aCorrectionReplacesTheObjectAtTheNextRequestAndAConfirmationChangesNothingButTheState() {
        upload("review-correct.md", report("DESG 203 2025A", "Open data portals for SMEs", "Peru", "Chile and Canada"));
        String project = ID + "project/DESG-203-2025A";
        JsonNode canada = coSponsorFact("review-correct", "DESG-203-2025A", "CA");
        review(canada.get("id").asString(), "{\"verdict\":\"correct\",\"object\":\"" + ID + "economy/AU\",\"note\":\"the annex says Australia\"}",
                basic(EDITOR));
        String ask = "PREFIX dekg: <" + DEKG + "> SELECT ?e WHERE { <" + project + "> dekg:coSponsoredBy ?e } ORDER BY ?e";
        assertThat(column(ask)).containsExactly(ID + "economy/AU", ID + "economy/CL");
        assertThat(column("PREFIX dekg: <" + DEKG + "> SELECT ?g WHERE { GRAPH ?g { <" + project + "> dekg:coSponsoredBy <"
                + ID + "economy/AU> } }")).containsExactly("https://w3id.org/apec-dekg/graph/curation");
        JsonNode corrected = coSponsorFact("review-correct", "DESG-203-2025A", "CA");
        assertThat(corrected.get("state").asString()).isEqualTo("corrected");
        assertThat(corrected.get("review").get("correctedObject").get("value").asString()).isEqualTo(ID + "economy/AU");
        JsonNode about = json(get("/api/facts?subject=" + URLEncoder.encode(project, StandardCharsets.UTF_8))).get("facts");
        JsonNode replacement = null;
        for (JsonNode f : about) {
            if (f.get("graph").asString().endsWith("/graph/curation")) {
                replacement = f;
            }
        }
        assertThat(replacement).isNotNull();
        assertThat(replacement.get("state").asString()).isEqualTo("correction");

        JsonNode chile = coSponsorFact("review-correct", "DESG-203-2025A", "CL");
        review(chile.get("id").asString(), "{\"verdict\":\"confirm\",\"note\":\"checked against the proposal\"}", basic(EDITOR));
        assertThat(coSponsorFact("review-correct", "DESG-203-2025A", "CL").get("state").asString()).isEqualTo("confirmed");
        assertThat(column(ask)).containsExactly(ID + "economy/AU", ID + "economy/CL");

        // a literal correction keeps the datatype of the object it corrects
        JsonNode number = null;
        for (JsonNode f : json(get("/api/facts?subject=" + URLEncoder.encode(project, StandardCharsets.UTF_8))).get("facts")) {
            if (f.get("predicate").get("value").asString().equals(DEKG + "projectNumber")) {
                number = f;
            }
        }
        assertThat(number).isNotNull();
        HttpResponse<String> bad = send("POST", "/api/facts/" + number.get("id").asString() + "/review",
                "{\"verdict\":\"correct\",\"object\":\"DESG 203 2025A\"}", basic(EDITOR));
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(json(bad).get("error").asString()).contains("already has");
    }

    @Test
    void anAddedFactIsInTheCuratedGraphWithItsNoteQuoteAndReport() {
        upload("review-add.md", report("DESG 204 2025A", "Digital trade facilitation toolkit", "Singapore", "Malaysia and Brunei Darussalam"));
        String project = ID + "project/DESG-204-2025A";
        HttpResponse<String> r = send("POST", "/api/facts", "{\"subject\":\"" + project + "\",\"predicate\":\"" + DEKG
                + "coSponsoredBy\",\"object\":\"" + ID + "economy/PH\",\"note\":\"named in the revised proposal\","
                + "\"quote\":\"Malaysia and Brunei Darussalam are co-sponsors\",\"report\":\"" + ID + "report/review-add\"}",
                basic(EDITOR));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode added = json(r);
        assertThat(added.get("fact").get("state").asString()).isEqualTo("added");
        assertThat(added.get("review").get("quote").asString()).isEqualTo("Malaysia and Brunei Darussalam are co-sponsors");
        assertThat(added.get("review").get("report").asString()).isEqualTo(ID + "report/review-add");
        assertThat(column("PREFIX dekg: <" + DEKG + "> SELECT ?e WHERE { <" + project + "> dekg:coSponsoredBy ?e } ORDER BY ?e"))
                .containsExactly(ID + "economy/BN", ID + "economy/MY", ID + "economy/PH");
        // bad additions change nothing
        long reviews = json(get("/api/reviews?pageSize=1")).get("total").asLong();
        assertThat(send("POST", "/api/facts", "{\"subject\":\"not an iri\",\"predicate\":\"" + DEKG + "coSponsoredBy\",\"object\":\"x\"}",
                basic(EDITOR)).statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/facts", "{\"subject\":\"" + project + "\",\"predicate\":\"" + DEKG
                + "coSponsoredBy\",\"object\":\"" + ID + "economy/PH\",\"report\":\"" + ID + "report/no-such-report\"}",
                basic(EDITOR)).statusCode()).isEqualTo(400);
        assertThat(json(get("/api/reviews?pageSize=1")).get("total").asLong()).isEqualTo(reviews);
    }

    @Test
    void aReviewWhoseFactDisappearsOnReloadIsListedAsOrphaned() {
        upload("review-orphan.md", report("DESG 205 2025A", "AI governance dialogue series", "Korea", "Japan and Canada"));
        JsonNode canada = coSponsorFact("review-orphan", "DESG-205-2025A", "CA");
        String id = review(canada.get("id").asString(), "{\"verdict\":\"confirm\"}", basic(EDITOR));
        upload("review-orphan.md", report("DESG 205 2025A", "AI governance dialogue series", "Korea", "Japan and Chile"));
        JsonNode orphaned = json(get("/api/reviews?orphaned=true&pageSize=1000")).get("reviews");
        assertThat(orphaned.findValuesAsString("id")).contains(id);
        JsonNode all = json(get("/api/reviews?pageSize=1000")).get("reviews");
        for (JsonNode r : all) {
            if (r.get("id").asString().equals(id)) {
                assertThat(r.get("orphaned").asBoolean()).isTrue();
                assertThat(r.get("object").get("value").asString()).isEqualTo(ID + "economy/CA");
            }
        }
        // loading the old text again brings the fact, and its review, back
        upload("review-orphan.md", report("DESG 205 2025A", "AI governance dialogue series", "Korea", "Japan and Canada"));
        assertThat(json(get("/api/reviews?orphaned=true&pageSize=1000")).get("reviews").findValuesAsString("id")).doesNotContain(id);
        assertThat(coSponsorFact("review-orphan", "DESG-205-2025A", "CA").get("state").asString()).isEqualTo("confirmed");
    }

    @Test
    void theReviewExportRoundTripsIntoAnotherStore(@TempDir Path other) {
        upload("review-export.md", report("DESG 206 2025A", "Cybersecurity workforce study", "Australia", "Indonesia and Mexico"));
        review(coSponsorFact("review-export", "DESG-206-2025A", "MX").get("id").asString(),
                "{\"verdict\":\"reject\",\"note\":\"Mexico withdrew\"}", basic(EDITOR));
        HttpResponse<String> nq = TestHttp.get(url("/api/reviews?format=nquads"), "application/n-quads", null);
        assertThat(nq.statusCode()).isEqualTo(200);
        assertThat(nq.headers().firstValue("Content-Type").orElse("")).startsWith("application/n-quads");
        HttpResponse<String> negotiated = TestHttp.get(url("/api/reviews"), "application/n-quads", null);
        assertThat(negotiated.body()).isEqualTo(nq.body());

        try (DekgStore fresh = DekgStore.open(other.resolve("tdb2"))) {
            ReviewService service = new ReviewService(fresh);
            long quads = service.importNQuads(nq.body().getBytes(StandardCharsets.UTF_8));
            assertThat(quads).isEqualTo(nq.body().lines().count());
            byte[] again = service.exportNQuads();
            assertThat(new String(again, StandardCharsets.UTF_8)).isEqualTo(nq.body());
            assertThat(IsoMatcher.isomorphic(parse(again), parse(nq.body().getBytes(StandardCharsets.UTF_8)))).isTrue();
            assertThat(service.reviews(1, 1000, false).total()).isEqualTo(json(get("/api/reviews?pageSize=1")).get("total").asLong());
        }
        // quads outside the two graphs are refused whole
        HttpResponse<String> refused = TestHttp.send("POST", url("/api/reviews"), "application/n-quads",
                ("<" + ID + "x> <" + DEKG + "y> \"z\" <https://w3id.org/apec-dekg/graph/reference> .\n").getBytes(StandardCharsets.UTF_8),
                basic(EDITOR));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("error").asString()).contains("graph/reference");
    }

    static DatasetGraph parse(byte[] nquads) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(new String(nquads, StandardCharsets.UTF_8), Lang.NQUADS).parse(dsg);
        return dsg;
    }

    @Test
    void onlyEditorsWriteAndBadReviewsAreRefusedWithAReason() {
        upload("review-access.md", report("DESG 207 2025A", "Digital identity interoperability", "Chinese Taipei", "Japan and Korea"));
        String id = coSponsorFact("review-access", "DESG-207-2025A", "KR").get("id").asString();
        String body = "{\"verdict\":\"reject\",\"note\":\"no\"}";
        HttpResponse<String> anonymous = send("POST", "/api/facts/" + id + "/review", body, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/facts/" + id + "/review", body, basic(READER)).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/facts", "{}", null).statusCode()).isEqualTo(401);
        HttpResponse<String> noReason = send("POST", "/api/facts/" + id + "/review", "{\"verdict\":\"reject\"}", basic(EDITOR));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(json(noReason).get("error").asString()).contains("note");
        assertThat(send("POST", "/api/facts/" + id + "/review", "{\"verdict\":\"approve\"}", basic(EDITOR)).statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/facts/" + "0".repeat(20) + "/review", body, basic(EDITOR)).statusCode()).isEqualTo(404);
        assertThat(send("POST", "/api/facts/" + id + "/review", "{\"verdict\":\"correct\"}", basic(EDITOR)).statusCode()).isEqualTo(400);
        assertThat(coSponsorFact("review-access", "DESG-207-2025A", "KR").get("state").asString()).isEqualTo("unreviewed");
        assertThat(get("/api/facts").statusCode()).isEqualTo(400);
    }

    @Test
    void aBrowserSessionSignsInAndItsWritesNeedTheCsrfToken() throws Exception {
        upload("review-session.md", report("DESG 208 2025A", "E-commerce consumer protection survey", "Mexico", "Peru and Chile"));
        String id = coSponsorFact("review-session", "DESG-208-2025A", "PE").get("id").asString();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> wrong = browser.send(json("POST", "/api/session", "{\"user\":\"editor\",\"password\":\"nope\"}", null),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
        HttpResponse<String> signIn = browser.send(json("POST", "/api/session",
                "{\"user\":\"editor\",\"password\":\"editor" + TestCredentials.PASSWORD_SUFFIX + "\"}", null),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(200);
        assertThat(signIn.headers().firstValue("Set-Cookie").orElse("")).contains("DEKG_SESSION").contains("HttpOnly")
                .containsIgnoringCase("SameSite=Strict");
        String token = json(signIn).get("csrfToken").asString();
        assertThat(json(signIn).get("user").asString()).isEqualTo("editor");

        String body = "{\"verdict\":\"confirm\"}";
        HttpResponse<String> noToken = browser.send(json("POST", "/api/facts/" + id + "/review", body, null),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(json(noToken).get("error").asString()).contains("CSRF token");
        // a query is no write: POST /sparql in the session needs no token
        HttpResponse<String> query = browser.send(HttpRequest.newBuilder(URI.create(url("/sparql")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode("SELECT (1 AS ?one) {}",
                        StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(query.statusCode()).as(query.body()).isEqualTo(200);
        HttpResponse<String> update = browser.send(HttpRequest.newBuilder(URI.create(url("/update")))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(update.statusCode()).as("an update in the session without the token").isEqualTo(403);
        HttpResponse<String> withToken = browser.send(json("POST", "/api/facts/" + id + "/review", body, token),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(201);
        assertThat(json(withToken).get("review").get("by").asString()).isEqualTo("editor");
        assertThat(json(browser.send(json("GET", "/api/session", null, null), HttpResponse.BodyHandlers.ofString()))
                .get("user").asString()).isEqualTo("editor");

        assertThat(browser.send(json("DELETE", "/api/session", null, token), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
        HttpResponse<String> after = browser.send(json("POST", "/api/facts/" + id + "/review", body, token),
                HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(401);
    }

    HttpRequest json(String method, String path, String body, String csrf) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (csrf != null) {
            b.header("X-CSRF-TOKEN", csrf);
        }
        return b.build();
    }

    @Test
    void theQueueListsDisagreementsFirstAndCountsReviewsPerReport() {
        upload("review-queue-a.md", report("DESG 209 2025A", "Green data centres study", "New Zealand", "Chile and Peru"));
        upload("review-queue-b.md", report("DESG 209 2025A", "Green data centres study", "Australia", "Chile and Peru"));
        JsonNode queue = json(get("/api/review-queue?pageSize=1000"));
        List<String> disagreements = new ArrayList<>();
        for (JsonNode e : queue.get("entries")) {
            if (e.get("reason").asString().equals("disagreement")) {
                disagreements.add(e.get("object").get("value").asString() + " " + e.get("report").asString());
            }
        }
        assertThat(disagreements).contains(ID + "economy/NZ " + ID + "report/review-queue-a",
                ID + "economy/AU " + ID + "report/review-queue-b");
        assertThat(queue.get("entries").get(0).get("reason").asString()).isEqualTo("disagreement");
        JsonNode nz = null;
        for (JsonNode e : queue.get("entries")) {
            if (e.get("object").get("value").asString().equals(ID + "economy/NZ")
                    && e.get("report").asString().equals(ID + "report/review-queue-a")) {
                nz = e;
            }
        }
        review(nz.get("id").asString(), "{\"verdict\":\"reject\",\"note\":\"the later report names Australia\"}", basic(EDITOR));
        JsonNode after = json(get("/api/review-queue?pageSize=1000"));
        assertThat(after.get("entries").findValuesAsString("id")).doesNotContain(nz.get("id").asString());
        for (JsonNode c : after.get("reports")) {
            if (c.get("report").asString().equals(ID + "report/review-queue-a")) {
                assertThat(c.get("reviewed").asInt()).as(after.get("reports").toString()).isEqualTo(1);
                assertThat(c.get("facts").asInt()).isGreaterThan(1);
            }
        }
    }
}
