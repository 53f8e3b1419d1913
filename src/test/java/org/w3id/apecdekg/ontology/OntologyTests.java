package org.w3id.apecdekg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.apecdekg.vocab.DEKG;

/** Checks ontology/dekg.ttl against DEKG.java and the examples against ontology/shapes.ttl. */
class OntologyTests {

    static final Path ONTOLOGY = Path.of("ontology/dekg.ttl");
    static final Path SHAPES = Path.of("ontology/shapes.ttl");
    static final Path EXAMPLES = Path.of("ontology/examples");
    static final Path REFERENCE = Path.of("data/reference");
    static final String ONTOLOGY_IRI = "https://w3id.org/apec-dekg/ontology";
    static final String EXPECT_PREFIX = "# expected-violation-path:";

    static Model ontology;
    static Shapes shapes;

    @BeforeAll
    static void load() {
        ontology = RDFDataMgr.loadModel(ONTOLOGY.toString());
        shapes = Shapes.parse(RDFDataMgr.loadGraph(SHAPES.toString()));
    }

    /** dekg: terms declared (given an rdf:type) in dekg.ttl. */
    static List<Resource> declaredTerms() {
        return ontology.listSubjects().toList().stream()
                .filter(Resource::isURIResource)
                .filter(r -> r.getURI().startsWith(DEKG.NS))
                .filter(r -> r.hasProperty(RDF.type))
                .toList();
    }

    static boolean isProperty(Resource r) {
        return r.hasProperty(RDF.type, OWL.ObjectProperty) || r.hasProperty(RDF.type, OWL.DatatypeProperty)
                || r.hasProperty(RDF.type, RDF.Property) || r.hasProperty(RDF.type, OWL.AnnotationProperty);
    }

    static boolean hasEnglish(Resource r, org.apache.jena.rdf.model.Property p) {
        return r.listProperties(p).toList().stream()
                .map(Statement::getObject)
                .anyMatch(o -> o.isLiteral() && o.asLiteral().getLanguage().equals("en")
                        && !o.asLiteral().getLexicalForm().isBlank());
    }

    @Test
    void ontologyHeader() {
        Resource onto = ontology.getResource(ONTOLOGY_IRI);
        assertThat(onto.hasProperty(RDF.type, OWL.Ontology)).isTrue();
        assertThat(onto.getProperty(OWL.versionInfo).getString()).isEqualTo("0.1.0");
    }

    @Test
    void everyTermIsDocumented() {
        List<String> problems = new ArrayList<>();
        List<Resource> terms = declaredTerms();
        assertThat(terms).isNotEmpty();
        for (Resource t : terms) {
            String n = t.getLocalName();
            if (!hasEnglish(t, RDFS.label)) problems.add(n + ": no rdfs:label@en");
            if (!hasEnglish(t, RDFS.comment)) problems.add(n + ": no rdfs:comment@en");
            if (!t.hasProperty(RDFS.isDefinedBy, ontology.getResource(ONTOLOGY_IRI)))
                problems.add(n + ": no rdfs:isDefinedBy <" + ONTOLOGY_IRI + ">");
            if (isProperty(t)) {
                if (!t.hasProperty(RDFS.domain)) problems.add(n + ": no rdfs:domain");
                if (!t.hasProperty(RDFS.range)) problems.add(n + ": no rdfs:range");
            }
        }
        assertThat(problems).as("documentation problems").isEmpty();
    }

    @Test
    void everyDekgConstantIsDeclared() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        List<String> wrongKind = new ArrayList<>();
        int count = 0;
        for (Field f : DEKG.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !Resource.class.isAssignableFrom(f.getType())) continue;
            count++;
            Resource term = (Resource) f.get(null);
            Resource declared = ontology.getResource(term.getURI());
            if (!declared.hasProperty(RDF.type)) {
                missing.add(term.getURI());
                continue;
            }
            boolean isClass = declared.hasProperty(RDF.type, OWL.Class);
            boolean looksLikeClass = Character.isUpperCase(term.getLocalName().charAt(0));
            if (isClass != looksLikeClass) wrongKind.add(term.getURI());
        }
        assertThat(count).as("DEKG constants found by reflection").isGreaterThan(40);
        assertThat(missing).as("DEKG constants not declared in dekg.ttl").isEmpty();
        assertThat(wrongKind).as("classes must be owl:Class, properties not").isEmpty();
    }

    @Test
    void everyDeclaredTermIsInDekgJava() throws IllegalAccessException {
        List<String> constants = new ArrayList<>();
        for (Field f : DEKG.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType()))
                constants.add(((Resource) f.get(null)).getURI());
        }
        List<String> extra = declaredTerms().stream().map(Resource::getURI)
                .filter(u -> !constants.contains(u)).toList();
        // Terms beyond DEKG.java are allowed only if listed here (and reported to the lead).
        assertThat(extra).as("terms in dekg.ttl without a DEKG.java constant").isEmpty();
    }

    // ---------------------------------------------------------------- examples

    static Model baseData() throws IOException {
        Model m = ModelFactory.createDefaultModel();
        m.add(ontology);
        try (Stream<Path> files = Files.list(REFERENCE)) {
            files.filter(p -> p.toString().endsWith(".ttl")).sorted()
                    .forEach(p -> RDFDataMgr.read(m, p.toString()));
        }
        return m;
    }

    static List<Path> examples(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }

    static ValidationReport validate(Path example) throws IOException {
        return validate(example, true);
    }

    static ValidationReport validate(Path example, boolean withOntology) throws IOException {
        Model data = baseData();
        if (!withOntology) data.remove(ontology);
        RDFDataMgr.read(data, example.toString());
        Graph g = data.getGraph();
        return ShaclValidator.get().validate(shapes, g);
    }

    static String print(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShLib.printReport(out, report);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void thereAreEnoughExamples() throws IOException {
        assertThat(examples("valid-")).hasSizeGreaterThanOrEqualTo(2)
                .anyMatch(p -> p.toString().endsWith(".jsonld"));
        assertThat(examples("invalid-")).hasSizeGreaterThanOrEqualTo(4);
    }

    @TestFactory
    Stream<DynamicTest> validExamplesConform() throws IOException {
        return examples("valid-").stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            ValidationReport report = validate(p);
            assertThat(report.conforms()).as(() -> p + " should conform:\n" + print(report)).isTrue();
            // loaders validate reference data + report graph without the ontology: no inference needed
            ValidationReport plain = validate(p, false);
            assertThat(plain.conforms()).as(() -> p + " should conform without dekg.ttl:\n" + print(plain)).isTrue();
        }));
    }

    @TestFactory
    Stream<DynamicTest> invalidExamplesDoNotConform() throws IOException {
        return examples("invalid-").stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            ValidationReport report = validate(p);
            String printed = print(report);
            System.out.println("Expected violations for " + p + ":\n" + printed);
            assertThat(report.conforms()).as(p + " should not conform").isFalse();
            Optional<String> expected = Files.readAllLines(p, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith(EXPECT_PREFIX))
                    .map(l -> l.substring(EXPECT_PREFIX.length()).trim()).findFirst();
            assertThat(expected).as(p + " must say which constraint it breaks (" + EXPECT_PREFIX + ")").isPresent();
            List<String> paths = report.getEntries().stream()
                    .map(e -> e.resultPath() == null ? "" : e.resultPath().toString()).toList();
            assertThat(paths).as(() -> p + " should violate " + expected.get() + ":\n" + printed)
                    .anyMatch(s -> s.contains(expected.get()));
        }));
    }

    @Test
    void referenceDataWithOntologyConforms() throws IOException {
        // the base the examples are validated against must itself conform
        ValidationReport report = ShaclValidator.get().validate(shapes, baseData().getGraph());
        assertThat(report.conforms()).as(() -> print(report)).isTrue();
    }
}
