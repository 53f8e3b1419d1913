package org.w3id.apecdekg.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The graph extracted from each fixture report (facts and metadata), together with the reference
 * data and the ontology, conforms to {@code ontology/shapes.ttl}.
 */
class ExtractedGraphShapesTests {

    private static Shapes shapes;

    @BeforeAll
    static void loadShapes() {
        shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
    }

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(TestDictionaries.FIXTURES)) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md"))
                    .sorted().toList();
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void extractedGraphConformsToShapes(Path report) {
        Extraction x = TestDictionaries.extractor().extract(ReportReader.read(report, 20L * 1024 * 1024));
        Model data = ModelFactory.createDefaultModel();
        data.add(TestDictionaries.reference());
        RDFDataMgr.read(data, "ontology/dekg.ttl");
        data.add(x.facts());
        data.add(x.metadata());

        ValidationReport result = ShaclValidator.get().validate(shapes, data.getGraph());

        assertThat(result.conforms()).as("SHACL report for %s:%n%s", report.getFileName(), text(result)).isTrue();
    }

    private static String text(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, report.getModel(), RDFFormat.TURTLE_PRETTY);
        return out.toString(StandardCharsets.UTF_8);
    }
}
