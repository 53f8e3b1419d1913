package org.w3id.apecdekg.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.apecdekg.store.DekgStore;
import org.w3id.apecdekg.vocab.Ids;

/**
 * The curated default graph on a real TDB2 store: a statement rejected in the only report that states it
 * leaves the default graph (in BGPs, OPTIONAL, UNION, subqueries, FILTER EXISTS, MINUS), stays in its
 * report graph under {@code GRAPH}, and stays in the default graph while another report still states it;
 * the embedded (function) and remote (sameTerm) forms give the same answers.
 */
class CuratedQueryTests {

    static final String P = "https://w3id.org/apec-dekg/ontology#coSponsoredBy";
    static final Node PROJECT = NodeFactory.createURI(Ids.ID + "project/DESG-1-2025A");
    static final Node CO = NodeFactory.createURI(P);
    static final Node AU = NodeFactory.createURI(Ids.economy("AU"));
    static final Node JP = NodeFactory.createURI(Ids.economy("JP"));
    static final Node A = NodeFactory.createURI(Ids.reportGraph("a"));
    static final Node B = NodeFactory.createURI(Ids.reportGraph("b"));

    @TempDir
    Path dir;
    DekgStore store;
    ReviewService reviews;

    @BeforeEach
    void open() {
        store = DekgStore.open(dir.resolve("tdb2"));
        store.write(dsg -> {
            dsg.add(A, PROJECT, CO, AU);
            dsg.add(A, PROJECT, CO, JP);
        });
        reviews = new ReviewService(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    List<String> select(String where, boolean embedded) {
        Query q = QueryFactory.create("PREFIX d: <https://w3id.org/apec-dekg/ontology#> SELECT * WHERE { " + where + " }");
        Query curated = CuratedQuery.curate(q, reviews.curation().current(), embedded);
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> rows = new ArrayList<>();
            QueryExec.dataset(store.dataset()).query(curated).select().forEachRemaining(b -> {
                List<String> vals = new ArrayList<>();
                b.vars().forEachRemaining(v -> vals.add(v.getVarName() + "=" + b.get(v)));
                vals.sort(null);
                rows.add(String.join(" ", vals));
            });
            rows.sort(null);
            return rows;
        });
    }

    void rejectAustraliaInA() {
        String id = Ids.factId(PROJECT, CO, AU, A);
        reviews.review(id, Verdict.REJECT, null, "not a co-sponsor", PROJECT.getURI(), "tester");
    }

    @Test
    void aRejectedStatementLeavesEveryDefaultGraphPatternInBothForms() {
        rejectAustraliaInA();
        String p = "<" + PROJECT.getURI() + ">";
        for (boolean embedded : List.of(true, false)) {
            assertThat(select(p + " d:coSponsoredBy ?e", embedded)).containsExactly("e=" + JP);
            assertThat(select("?s d:coSponsoredBy ?o", embedded)).hasSize(1);
            assertThat(select(p + " d:coSponsoredBy <" + AU.getURI() + ">", embedded)).isEmpty();
            assertThat(select("BIND(\"one\" AS ?x) OPTIONAL { " + p + " d:coSponsoredBy ?e FILTER(?e != <" + JP.getURI() + ">) }",
                    embedded)).containsExactly("x=\"one\"");
            assertThat(select("{ " + p + " d:coSponsoredBy ?e } UNION { ?s d:coSponsoredBy ?e }", embedded))
                    .containsExactly("e=" + JP, "e=" + JP + " s=" + PROJECT);
            assertThat(select("{ SELECT ?e WHERE { " + p + " d:coSponsoredBy ?e } }", embedded)).containsExactly("e=" + JP);
            assertThat(select("VALUES ?e { <" + AU.getURI() + "> <" + JP.getURI() + "> } FILTER EXISTS { " + p
                    + " d:coSponsoredBy ?e }", embedded)).containsExactly("e=" + JP);
            assertThat(select("VALUES ?e { <" + AU.getURI() + "> <" + JP.getURI() + "> } MINUS { " + p
                    + " d:coSponsoredBy ?e }", embedded)).containsExactly("e=" + AU);
            // the report's own graph keeps what it said
            assertThat(select("GRAPH ?g { " + p + " d:coSponsoredBy ?e }", embedded)).hasSize(2);
        }
    }

    @Test
    void theQueryLibraryFormCuratesNamedGraphsToo() {
        rejectAustraliaInA();
        Query q = QueryFactory.create("SELECT ?e WHERE { GRAPH ?g { <" + PROJECT.getURI() + "> <" + P + "> ?e } }");
        for (boolean embedded : List.of(true, false)) {
            Query curated = CuratedQuery.curate(q, reviews.curation().current(), embedded, true);
            List<String> rows = Txn.calculateRead(store.dataset(), () -> {
                List<String> out = new ArrayList<>();
                QueryExec.dataset(store.dataset()).query(curated).select().forEachRemaining(b -> out.add(b.get("e").toString()));
                return out;
            });
            assertThat(rows).containsExactly(JP.toString());
        }
    }

    @Test
    void aStatementAnotherReportStillMakesStaysInTheDefaultGraph() {
        store.write(dsg -> dsg.add(B, PROJECT, CO, AU));
        rejectAustraliaInA();
        assertThat(select("<" + PROJECT.getURI() + "> d:coSponsoredBy ?e", true)).hasSize(2);
        assertThat(reviews.curation().current().hidden()).isEmpty();
        assertThat(reviews.curation().current().withdrawn()).hasSize(1);
    }

    @Test
    void nothingWithdrawnLeavesTheQueryAsItIs() {
        Query q = QueryFactory.create("SELECT * WHERE { ?s ?p ?o }");
        assertThat(CuratedQuery.curate(q, reviews.curation().current(), true)).isSameAs(q);
        rejectAustraliaInA();
        Query from = QueryFactory.create("SELECT * FROM <" + A.getURI() + "> WHERE { ?s ?p ?o }");
        assertThat(CuratedQuery.curate(from, reviews.curation().current(), true)).isSameAs(from);
        Query unrelated = QueryFactory.create("SELECT * WHERE { ?s <http://example.org/other> ?o }");
        assertThat(CuratedQuery.curate(unrelated, reviews.curation().current(), true)).isSameAs(unrelated);
    }

    @Test
    void reviewRecordsConformToTheShapes() {
        rejectAustraliaInA();
        reviews.review(Ids.factId(PROJECT, CO, JP, A), Verdict.CORRECT,
                new ReviewService.ObjectSpec(Ids.economy("KR"), null, null, null), "the annex says Korea", PROJECT.getURI(), "tester");
        reviews.add(PROJECT.getURI(), P, new ReviewService.ObjectSpec(Ids.economy("CL"), null, null, null), "missed",
                null, null, "tester");
        org.apache.jena.rdf.model.Model data = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        Txn.executeRead(store.dataset(), () -> store.dataset().find(ReviewRecords.REVIEWS, Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> data.getGraph().add(q.asTriple())));
        data.read("data/reference/vocabularies.ttl");
        org.apache.jena.shacl.Shapes shapes = org.apache.jena.shacl.Shapes.parse(
                org.apache.jena.riot.RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        var report = org.apache.jena.shacl.ShaclValidator.get().validate(shapes, data.getGraph());
        assertThat(report.conforms()).as(() -> {
            var out = new java.io.ByteArrayOutputStream();
            org.apache.jena.shacl.lib.ShLib.printReport(out, report);
            return out.toString();
        }).isTrue();
        assertThat(data.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                org.w3id.apecdekg.vocab.DEKG.Review).toList()).hasSize(3);
        assertThat(reviews.curation().current().hidden()).containsExactly(
                org.apache.jena.graph.Triple.create(PROJECT, CO, AU), org.apache.jena.graph.Triple.create(PROJECT, CO, JP))
                .hasSize(2);
    }

    /** The identifier is the documented hash (ontology: dekg:Fact), as in the ontology's valid example. */
    @Test
    void aFactIdIsTheHashOfItsFourTermsInNTriples() throws Exception {
        String key = "<" + PROJECT.getURI() + "> <" + P + "> <" + AU.getURI() + "> <" + A.getURI() + ">";
        String hex = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 20);
        assertThat(Ids.factId(PROJECT, CO, AU, A)).isEqualTo(hex);
        Node dps = NodeFactory.createURI(Ids.ID + "event/dps-49");
        Node quorum = NodeFactory.createURI("https://w3id.org/apec-dekg/ontology#quorumReached");
        Node no = NodeFactory.createLiteralDT("false", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean);
        String example = java.nio.file.Files.readString(Path.of("ontology/examples/valid-economy-forum-project-policy-evidence.ttl"));
        assertThat(example).contains("id/fact/" + Ids.factId(dps, quorum, no, NodeFactory.createURI(Ids.reportGraph("moda-apec-desg-som3-2024"))));
    }

    /** A later review of the same fact replaces the earlier one: confirming a corrected fact undoes the correction. */
    @Test
    void confirmingACorrectedFactTakesTheCorrectionBackOut() {
        String jp = Ids.factId(PROJECT, CO, JP, A);
        reviews.review(jp, Verdict.CORRECT, new ReviewService.ObjectSpec(Ids.economy("KR"), null, null, null), "annex", PROJECT.getURI(), "tester");
        assertThat(select("<" + PROJECT.getURI() + "> d:coSponsoredBy ?e", true))
                .containsExactly("e=" + AU, "e=" + NodeFactory.createURI(Ids.economy("KR")));
        reviews.review(jp, Verdict.CONFIRM, null, "the annex was about another project", PROJECT.getURI(), "tester");
        assertThat(select("<" + PROJECT.getURI() + "> d:coSponsoredBy ?e", true)).containsExactly("e=" + AU, "e=" + JP);
        assertThat(select("GRAPH <" + ReviewRecords.CURATION.getURI() + "> { ?s ?p ?o }", true)).isEmpty();
        assertThat(reviews.reviews(1, 10, false).total()).isEqualTo(2);
    }
}
