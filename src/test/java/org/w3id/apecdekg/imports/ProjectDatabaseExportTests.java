package org.w3id.apecdekg.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Project lists in the layout of a real APEC Project Database export (synthetic rows, see
 * src/test/resources/imports/README.md): forum codes that are not acronyms (TEL, SME), status and
 * sub-fund values as the database writes them ("Completed Project", "Project in Implementation",
 * "None"), with case and spacing variants; unknown values are rejected naming row and column.
 */
class ProjectDatabaseExportTests {

    static final Path FIXTURES = Path.of("src/test/resources/imports");

    static ReferenceIndex reference;

    @BeforeAll
    static void loadReference() throws IOException {
        Graph g = GraphFactory.createDefaultGraph();
        try (Stream<Path> files = Files.list(Path.of("data/reference"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList()) {
                RDFParser.source(p).parse(g);
            }
        }
        reference = ReferenceIndex.of(g);
    }

    private static Graph read(String fixture) throws IOException {
        return new ProjectCsvReader(reference).read(fixture, Files.readAllBytes(FIXTURES.resolve(fixture)));
    }

    @Test
    void exportRowsGiveExactlyTheExpectedTriples() throws IOException {
        Graph actual = read("apec-pdb-export-synthetic.csv");
        Model expected = ModelFactory.createDefaultModel();
        RDFDataMgr.read(expected, FIXTURES.resolve("apec-pdb-export-synthetic.expected.ttl").toString());
        assertThat(actual.isIsomorphicWith(expected.getGraph()))
                .as(() -> "imported graph:\n" + turtle(actual))
                .isTrue();
    }

    @Test
    void unknownValuesAreRejectedNamingRowAndColumn() {
        String f = "apec-pdb-export-unknown.csv";
        assertThatThrownBy(() -> read(f)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.kind()).isEqualTo(ImportException.Kind.UNKNOWN_NAMES);
            assertThat(e.details()).containsExactly(
                    f + ":2: unknown project status 'Zombie' in column Project Status",
                    f + ":3: unknown forum code 'XYZ' of project number 'XYZ 01 2018' in column Project No.",
                    f + ":4: unknown sub-fund 'ASF: Moon Base' in column Sub-fund",
                    f + ":4: unknown project status 'Ongoing Project' in column Project Status");
            assertThat(e.getMessage()).isEqualTo(f + ": rejected, 4 problem(s); nothing was imported");
        });
    }

    @Test
    void registeredCodesAndAcronymsAreBothAllowedInNumbers() {
        assertThat(reference.forumNotations()).contains("TEL", "SME", "PPWE", "HWG", "CD", "DESG", "CTI", "TELWG");
    }

    @Test
    void importerAndReportExtractorMintTheSameProjectIris() {
        var dict = org.w3id.apecdekg.report.TestDictionaries.get();
        for (String written : new String[] {"TEL 04 2018S", "SME_07_2017A", "DESG_101_2024A", "CTI 01 2023S", "PPWE 02 2019A"}) {
            String importer = org.w3id.apecdekg.report.extract.ProjectNumber.normalise(written, reference.forumNotations());
            String extractor = org.w3id.apecdekg.report.extract.ProjectNumber.normalise(written, dict.forumAcronyms());
            assertThat(importer).as(written).isNotNull().isEqualTo(extractor);
        }
        assertThat(org.w3id.apecdekg.vocab.Ids.project(
                org.w3id.apecdekg.report.extract.ProjectNumber.normalise("TEL 04 2018S", reference.forumNotations())))
                .isEqualTo("https://w3id.org/apec-dekg/id/project/TEL-04-2018S");
    }

    private static String turtle(Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
        return out.toString(StandardCharsets.UTF_8);
    }
}
