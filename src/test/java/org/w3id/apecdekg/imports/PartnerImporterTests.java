package org.w3id.apecdekg.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.apecdekg.DekgProperties;
import org.w3id.apecdekg.export.ExportCommand;
import org.w3id.apecdekg.ingest.DataBootstrap;
import org.w3id.apecdekg.report.extract.ProjectNumber;
import org.w3id.apecdekg.store.DekgStore;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;
import picocli.CommandLine;

/**
 * Imports into a store built from {@code data/} (reference data and the seed report): the CSV of
 * the seed report's coded projects lands on the project IRIs the report loader mints, one project
 * per number; non-conforming RDF, malformed Turtle and a CSV with unknown names are rejected with
 * their report and leave the store exactly as it was.
 */
class PartnerImporterTests {

    static final Path FIXTURES = Path.of("src/test/resources/imports");

    @TempDir
    static Path dir;

    static DekgStore store;
    static PartnerImporter importer;

    @BeforeAll
    static void buildStore() {
        store = DekgStore.open(dir.resolve("tdb2"));
        DekgProperties properties = new DekgProperties();
        DataBootstrap.from(properties).buildIfEmpty(store);
        importer = new PartnerImporter(properties);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void seedCsvLandsOnTheReportLoadersProjectIris() throws IOException {
        PartnerImporter.Outcome outcome = importFixture("apec-projects-seed.csv");
        assertThat(outcome.graphIri()).isEqualTo(Ids.GRAPH + "import/apec-projects-seed");

        Set<String> forums = Set.of("CTI", "DESG");
        Map<String, String> expectedIris = new LinkedHashMap<>();
        for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(FIXTURES.resolve("apec-projects-seed.csv")))) {
            String canonical = ProjectNumber.normalise(row.get("Project No."), forums);
            expectedIris.put(canonical, Ids.project(canonical));
        }
        assertThat(expectedIris).hasSize(9);
        Node importGraph = NodeFactory.createURI(outcome.graphIri());
        Txn.executeRead(store.dataset(), () -> {
            for (String iri : expectedIris.values()) {
                Node project = NodeFactory.createURI(iri);
                assertThat(store.dataset().contains(importGraph, project, RDF.type.asNode(), DEKG.Project.asNode()))
                        .as("imported " + iri).isTrue();
                assertThat(reportGraphsWith(project))
                        .as("report graphs where the report loader minted " + iri).isPositive();
            }
        });
        // Merged graph: one dekg:Project per number.
        List<QuerySolution> rows = select("""
            PREFIX dekg: <https://w3id.org/apec-dekg/ontology#>
            SELECT ?number (COUNT(DISTINCT ?p) AS ?n) { ?p a dekg:Project ; dekg:projectNumber ?number }
            GROUP BY ?number ORDER BY ?number""");
        assertThat(rows).isNotEmpty();
        for (QuerySolution row : rows) {
            assertThat(row.getLiteral("n").getInt()).as("projects numbered " + row.getLiteral("number")).isEqualTo(1);
        }
        assertThat(rows.stream().map(r -> r.getLiteral("number").getString()).toList())
                .containsAll(expectedIris.keySet());
    }

    @Test
    void csvWithUnknownNamesIsRejectedByRowAndChangesNothing() {
        Set<Quad> before = snapshot();
        assertThatThrownBy(() -> importFixture("unknown-economy.csv"))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ImportException.Kind.UNKNOWN_NAMES);
                    assertThat(e.details()).contains(
                            FIXTURES.resolve("unknown-economy.csv") + ":3: unknown economy 'Atlantis' in column Co-Sponsoring Economies",
                            FIXTURES.resolve("unknown-economy.csv") + ":4: unknown forum 'WXYZ' in column Sponsoring Forum");
                    assertThat(e.report()).contains(":4: 'Expected Start Date' is not a date DD/MM/YYYY: '31/02/2025'");
                });
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void nonConformingRdfIsRejectedWithTheShaclReportAndChangesNothing() {
        Set<Quad> before = snapshot();
        long version = store.version();
        assertThatThrownBy(() -> importFixture("nonconforming-partner.ttl"))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ImportException.Kind.INVALID);
                    assertThat(e.getMessage()).contains("does not conform");
                    assertThat(String.join("\n", e.details()))
                            .contains("dekg:projectNumber is at most one canonical number")
                            .contains("dekg:proposedBy is at most one dekg:Economy")
                            .contains("A project (numbered or not) has a skos:prefLabel");
                });
        assertThat(store.version()).isEqualTo(version);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void malformedTurtleNamesFileLineAndColumnAndChangesNothing() {
        Set<Quad> before = snapshot();
        assertThatThrownBy(() -> importFixture("malformed-partner.ttl"))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ImportException.Kind.SYNTAX);
                    assertThat(e.getMessage()).matches("(?s).*malformed-partner\\.ttl:[5-7]:\\d+: syntax error: .*");
                });
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void validRdfGoesIntoItsOwnGraphAndReimportReplacesIt() {
        PartnerImporter.Outcome first = importFixture("valid-partner.ttl");
        assertThat(first.graphIri()).isEqualTo(Ids.GRAPH + "import/valid-partner");
        assertThat(first.triples()).isEqualTo(9);
        Set<Quad> afterFirst = snapshotWithoutMeta();
        importFixture("valid-partner.ttl");
        assertThat(snapshotWithoutMeta()).isEqualTo(afterFirst);
    }

    @Test
    void reservedGraphsAreRefused() {
        assertThatThrownBy(() -> importer.importFile(store, "x.ttl", "<a:b> <a:c> <a:d> .".getBytes(StandardCharsets.UTF_8),
                null, Ids.GRAPH_REFERENCE)).isInstanceOf(ImportException.class).hasMessageContaining("belongs to");
    }

    @Test
    void commandsImportAndExportAndExitOneOnRejection(@TempDir Path cliDir) throws IOException {
        Path cliStore = cliDir.resolve("store");
        StringWriter err = new StringWriter();
        CommandLine bad = new CommandLine(new ImportCommand()).setErr(new PrintWriter(err));
        assertThat(bad.execute("--store", cliStore.toString(), FIXTURES.resolve("unknown-economy.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("unknown-economy.csv:3: unknown economy 'Atlantis'").contains("store unchanged");

        StringWriter out = new StringWriter();
        CommandLine good = new CommandLine(new ImportCommand()).setOut(new PrintWriter(out));
        assertThat(good.execute("--store", cliStore.toString(), FIXTURES.resolve("valid-partner.ttl").toString())).isZero();
        assertThat(out.toString()).contains("imported 9 triples into <" + Ids.GRAPH + "import/valid-partner>");

        Path dump = cliDir.resolve("valid.nq.gz");
        CommandLine export = new CommandLine(new ExportCommand()).setErr(new PrintWriter(new StringWriter()));
        assertThat(export.execute("--store", cliStore.toString(), "--format", "nq", "--graph", "valid-partner",
                "--out", dump.toString())).isZero();
        assertThat(Files.size(dump)).isPositive();
    }

    private PartnerImporter.Outcome importFixture(String name) {
        try {
            Path file = FIXTURES.resolve(name);
            return importer.importFile(store, file.toString(), Files.readAllBytes(file), null, null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long reportGraphsWith(Node project) {
        return store.dataset().stream(Node.ANY, project, RDF.type.asNode(), DEKG.Project.asNode())
                .filter(q -> q.getGraph().getURI().startsWith(Ids.GRAPH + "report/")).count();
    }

    private static Set<Quad> snapshot() {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<Quad> quads = new HashSet<>();
            store.dataset().find().forEachRemaining(quads::add);
            return quads;
        });
    }

    private static Set<Quad> snapshotWithoutMeta() {
        Set<Quad> quads = snapshot();
        quads.removeIf(q -> q.getGraph().getURI().equals(Ids.GRAPH_META));
        return quads;
    }

    private static List<QuerySolution> select(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create().query(query)
                    .dataset(DatasetFactory.wrap(store.dataset())).build()) {
                List<QuerySolution> rows = new java.util.ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }
}
