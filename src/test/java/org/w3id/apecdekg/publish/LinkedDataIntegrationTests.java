package org.w3id.apecdekg.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3id.apecdekg.export.DumpFormat;
import org.w3id.apecdekg.export.PublishedContext;
import org.w3id.apecdekg.store.DekgStore;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;

/**
 * A real server over a store built from {@code data/}: entity pages and RDF by content negotiation
 * for an economy, a forum, a project, a policy and a KFA; 404 for unknown IRIs; the ontology
 * document; VoID/DCAT; dumps under {@code /export/} and the published JSON-LD context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LinkedDataIntegrationTests {

    @TempDir
    static Path storeDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("dekg.store", () -> storeDir.resolve("tdb2").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    DekgStore store;

    final HttpClient http = HttpClient.newHttpClient();

    static final String TW = Ids.economy("TW");
    static final String DESG = Ids.forum("DESG");
    static final String KFA = Ids.kfa(5);
    static final String PROJECT = Ids.project("DESG 101 2024A");

    String policy;

    @BeforeEach
    void findPolicy() {
        policy = Txn.calculateRead(store.dataset(), () -> store.dataset().stream(Node.ANY, Node.ANY, RDF.type.asNode(),
                DEKG.Policy.asNode()).map(q -> q.getSubject().getURI()).sorted().findFirst().orElseThrow());
    }

    static Stream<Arguments> rdfFormats() {
        return Stream.of(DumpFormat.TURTLE, DumpFormat.JSONLD, DumpFormat.RDFXML, DumpFormat.NTRIPLES)
                .flatMap(f -> Stream.of(TW, DESG, KFA, PROJECT, "policy").map(iri -> Arguments.of(iri, f)));
    }

    @ParameterizedTest
    @MethodSource("rdfFormats")
    void entitiesAnswerEachRdfFormatByAcceptAndByParameter(String which, DumpFormat format) throws Exception {
        String iri = which.equals("policy") ? policy : which;
        String path = localPath(iri);
        HttpResponse<byte[]> byAccept = get(path, format.mediaType());
        assertThat(byAccept.statusCode()).isEqualTo(200);
        assertThat(byAccept.headers().firstValue("Content-Type").orElse("")).startsWith(format.mediaType());
        assertThat(byAccept.headers().allValues("Vary")).anyMatch(v -> v.contains("Accept"));
        Graph g = parse(byAccept.body(), format);
        Node subject = NodeFactory.createURI(iri);
        assertThat(g.contains(subject, RDF.type.asNode(), Node.ANY)).as(iri + " typed in " + format).isTrue();
        Graph stored = Txn.calculateRead(store.dataset(), () -> {
            Graph d = GraphFactory.createDefaultGraph();
            store.dataset().find(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining(q -> d.add(q.asTriple()));
            return d;
        });
        stored.find().forEachRemaining(t -> assertThat(g.contains(t)).as("served: " + t).isTrue());

        HttpResponse<byte[]> byParameter = get(path + "?format=" + format.extension(), "text/html");
        assertThat(byParameter.statusCode()).isEqualTo(200);
        assertThat(parse(byParameter.body(), format).isIsomorphicWith(g)).isTrue();
    }

    @Test
    void economyPageIsHtmlWithBothLabelsAndLinks() throws Exception {
        HttpResponse<byte[]> r = get(localPath(TW), "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).isEqualTo("text/html;charset=UTF-8");
        String html = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(html).contains("<meta charset=\"UTF-8\">", "name=\"viewport\"", "Chinese Taipei", "中華台北",
                "href=\"/ontology#Economy\"", "Referenced by", "href=\"/id/project/");
    }

    @Test
    void projectPageShowsEvidenceFromTheReport() throws Exception {
        String html = new String(get(localPath(PROJECT), "text/html").body(), StandardCharsets.UTF_8);
        assertThat(html).contains("DESG 101 2024A", "href=\"/id/economy/US\"", "href=\"/id/economy/TW\"",
                "<blockquote>", "line ", "href=\"/id/report/");
    }

    @Test
    void forumKfaAndPolicyPagesRender() throws Exception {
        for (String iri : List.of(DESG, KFA, policy)) {
            HttpResponse<byte[]> r = get(localPath(iri), "text/html");
            assertThat(r.statusCode()).as(iri).isEqualTo(200);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("<h1>", "<table class=\"props\">");
        }
    }

    @Test
    void unknownIrisAre404() throws Exception {
        HttpResponse<byte[]> html = get("/id/economy/XX", "text/html");
        assertThat(html.statusCode()).isEqualTo(404);
        assertThat(new String(html.body(), StandardCharsets.UTF_8)).contains("Not found", Ids.ID + "economy/XX");
        assertThat(get("/id/project/NOPE-01-2000", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(get("/id/economy/TW?format=nonsense", "text/html").statusCode()).isEqualTo(406);
    }

    @Test
    void ontologyResolvesAsHtmlWithTermAnchorsAndAsRdf() throws Exception {
        String html = new String(get("/ontology", "text/html").body(), StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"Project\"", "id=\"coSponsoredBy\"");
        HttpResponse<byte[]> ttl = get("/ontology", "text/turtle");
        assertThat(ttl.statusCode()).isEqualTo(200);
        assertThat(parse(ttl.body(), DumpFormat.TURTLE).contains(DEKG.Project.asNode(), RDF.type.asNode(),
                OWL.Class.asNode())).isTrue();
    }

    @Test
    void voidAndCatalogDescribeTheDataset() throws Exception {
        for (String path : List.of("/.well-known/void", "/catalog")) {
            HttpResponse<byte[]> ttl = get(path, "text/turtle");
            assertThat(ttl.statusCode()).isEqualTo(200);
            Graph g = parse(ttl.body(), DumpFormat.TURTLE);
            Node ds = NodeFactory.createURI(Ids.BASE + "dataset");
            assertThat(g.contains(ds, VOID.triples.asNode(), Node.ANY)).isTrue();
            assertThat(g.contains(ds, VOID.classPartition.asNode(), Node.ANY)).isTrue();
            assertThat(g.contains(ds, VOID.propertyPartition.asNode(), Node.ANY)).isTrue();
            assertThat(g.contains(ds, VOID.sparqlEndpoint.asNode(), NodeFactory.createURI(base() + "/sparql"))).isTrue();
            assertThat(g.contains(ds, VOID.dataDump.asNode(), NodeFactory.createURI(base() + "/export/all.ttl"))).isTrue();
            assertThat(g.contains(ds, org.apache.jena.vocabulary.DCTerms.license.asNode(),
                    NodeFactory.createURI("http://creativecommons.org/licenses/by/4.0/"))).isTrue();
            HttpResponse<byte[]> jsonld = get(path, "application/ld+json");
            assertThat(parse(jsonld.body(), DumpFormat.JSONLD).isIsomorphicWith(g)).isTrue();
        }
    }

    @Test
    void exportsAndContextAreServed() throws Exception {
        HttpResponse<byte[]> trig = get("/export/all.trig", "*/*");
        assertThat(trig.statusCode()).isEqualTo(200);
        assertThat(trig.headers().firstValue("Content-Type").orElse("")).startsWith("application/trig");
        DatasetGraph fromTrig = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(trig.body())).lang(Lang.TRIG).parse(fromTrig);
        HttpResponse<byte[]> nqgz = get("/export/all.nq.gz", "*/*");
        assertThat(nqgz.statusCode()).isEqualTo(200);
        DatasetGraph fromNq = DatasetGraphFactory.create();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(nqgz.body()))).lang(Lang.NQUADS).parse(fromNq);
        assertThat(org.apache.jena.sparql.util.IsoMatcher.isomorphic(fromTrig, fromNq)).isTrue();
        assertThat(get("/export/all.trig", "*/*").body()).isEqualTo(trig.body());

        assertThat(get("/export/reference.ttl", "*/*").statusCode()).isEqualTo(200);
        assertThat(get("/export/no-such-graph.ttl", "*/*").statusCode()).isEqualTo(404);
        assertThat(get("/export/all.xyz", "*/*").statusCode()).isEqualTo(404);

        HttpResponse<byte[]> framed = get("/export/all.jsonld?frame=Project", "*/*");
        assertThat(framed.statusCode()).isEqualTo(200);
        Graph projects = parse(framed.body(), DumpFormat.JSONLD);
        assertThat(projects.contains(NodeFactory.createURI(PROJECT), RDF.type.asNode(), DEKG.Project.asNode())).isTrue();
        assertThat(get("/export/all.jsonld?frame=NoSuchClass", "*/*").statusCode()).isEqualTo(400);

        HttpResponse<byte[]> context = get("/context.jsonld", "*/*");
        assertThat(context.statusCode()).isEqualTo(200);
        assertThat(new String(context.body(), StandardCharsets.UTF_8)).isEqualTo(PublishedContext.get().json());
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    static String localPath(String iri) {
        return "/" + iri.substring(Ids.BASE.length());
    }

    HttpResponse<byte[]> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static Graph parse(byte[] body, DumpFormat format) {
        Graph g = GraphFactory.createDefaultGraph();
        Lang lang = switch (format) {
            case TURTLE -> Lang.TURTLE;
            case NTRIPLES -> Lang.NTRIPLES;
            case RDFXML -> Lang.RDFXML;
            case JSONLD -> Lang.JSONLD;
            case TRIG -> Lang.TRIG;
            case NQUADS -> Lang.NQUADS;
        };
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(g);
        return g;
    }
}
