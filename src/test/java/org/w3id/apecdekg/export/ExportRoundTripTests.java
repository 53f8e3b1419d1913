package org.w3id.apecdekg.export;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.apecdekg.DekgProperties;
import org.w3id.apecdekg.ingest.DataBootstrap;
import org.w3id.apecdekg.store.DekgStore;

/**
 * Every export format of the whole store, re-parsed by RDF4J Rio and by Apache Jena, is isomorphic
 * to the store (named graphs included for N-Quads and TriG, the union of the graphs otherwise);
 * output is byte-identical across runs; Debian's rapper and Python rdflib parse each dump.
 */
class ExportRoundTripTests {

    @TempDir
    static Path dir;

    static DekgStore store;
    static Exporter exporter;
    static DatasetGraph expected;
    static Graph expectedUnion;

    @BeforeAll
    static void buildStore() {
        store = DekgStore.open(dir.resolve("tdb2"));
        DataBootstrap.from(new DekgProperties()).buildIfEmpty(store);
        exporter = new Exporter(store);
        expected = DatasetGraphFactory.create();
        expectedUnion = GraphFactory.createDefaultGraph();
        Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(q -> {
            expected.add(q);
            expectedUnion.add(q.asTriple());
        }));
        assertThat(expected.size()).as("named graphs in the store").isGreaterThanOrEqualTo(3);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest
    @EnumSource(DumpFormat.class)
    void rioReadsBackWhatWasExported(DumpFormat format) throws IOException {
        byte[] dump = exporter.export(Exporter.ALL, format, null, false);
        Model model = Rio.parse(new ByteArrayInputStream(dump), "", format.rio());
        DatasetGraph parsed = DatasetGraphFactory.create();
        model.forEach(st -> parsed.add(JenaRio.quad(st)));
        assertIsomorphic(format, parsed);
    }

    @ParameterizedTest
    @EnumSource(DumpFormat.class)
    void jenaReadsBackWhatWasExported(DumpFormat format) {
        byte[] dump = exporter.export(Exporter.ALL, format, null, false);
        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(dump)).lang(jenaLang(format)).parse(parsed);
        assertIsomorphic(format, parsed);
    }

    @ParameterizedTest
    @EnumSource(DumpFormat.class)
    void sameDataGivesTheSameBytes(DumpFormat format) {
        byte[] first = exporter.export(Exporter.ALL, format, null, false);
        byte[] second = exporter.export(Exporter.ALL, format, null, false);
        assertThat(second).isEqualTo(first);
        byte[] gz1 = exporter.export(Exporter.ALL, format, null, true);
        byte[] gz2 = exporter.export(Exporter.ALL, format, null, true);
        assertThat(gz2).isEqualTo(gz1);
    }

    @Test
    void gzipHoldsTheSameDump() throws IOException {
        byte[] plain = exporter.export(Exporter.ALL, DumpFormat.NQUADS, null, false);
        byte[] gz = exporter.export(Exporter.ALL, DumpFormat.NQUADS, null, true);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            assertThat(in.readAllBytes()).isEqualTo(plain);
        }
    }

    @Test
    void jsonLdIsCompactedWithThePublishedContext() {
        byte[] dump = exporter.export(Exporter.ALL, DumpFormat.JSONLD, null, false);
        JsonObject doc = Json.createReader(new StringReader(new String(dump, StandardCharsets.UTF_8))).readObject();
        assertThat(doc.getJsonObject("@context")).isEqualTo(PublishedContext.get().context());
        // Expanding with that context gives back the store's triples.
        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(dump)).lang(Lang.JSONLD).parse(parsed);
        assertIsomorphic(DumpFormat.JSONLD, parsed);
    }

    @Test
    void turtleUsesThePrefixesInTheirFixedOrder() {
        String turtle = new String(exporter.export(Exporter.ALL, DumpFormat.TURTLE, null, false), StandardCharsets.UTF_8);
        List<String> prefixes = turtle.lines().filter(l -> l.startsWith("@prefix")).map(l -> l.split("\\s+")[1]).toList();
        assertThat(prefixes).containsExactlyElementsOf(
                PublishedContext.get().prefixes().keySet().stream().map(p -> p + ":").toList());
        assertThat(turtle).contains("eco:TW");
    }

    @Test
    void oneGraphExportsOnlyThatGraph() {
        byte[] dump = exporter.export("reference", DumpFormat.NQUADS, null, false);
        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(dump)).lang(Lang.NQUADS).parse(parsed);
        assertThat(org.apache.jena.atlas.iterator.Iter.toList(parsed.listGraphNodes()))
                .extracting(Node::getURI).containsExactly("https://w3id.org/apec-dekg/graph/reference");
    }

    @ParameterizedTest
    @EnumSource(value = DumpFormat.class, names = {"TURTLE", "NTRIPLES", "NQUADS", "TRIG", "RDFXML"})
    void rapperParsesEachDump(DumpFormat format) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/rapper")),
                "rapper (Debian raptor2-utils) is not installed: apt-get install raptor2-utils");
        Path file = dir.resolve("all-rapper." + format.extension());
        Files.write(file, exporter.export(Exporter.ALL, format, null, false));
        String input = switch (format) {
            case TURTLE -> "turtle";
            case NTRIPLES -> "ntriples";
            case NQUADS -> "nquads";
            case TRIG -> "trig";
            case RDFXML -> "rdfxml";
            default -> throw new IllegalArgumentException();
        };
        Result r = run(List.of("/usr/bin/rapper", "-c", "-i", input, file.toString()));
        assertThat(r.exit()).as(r.output()).isZero();
        long expectedCount = format.quads() ? expected.stream().count() : expectedUnion.size();
        assertThat(r.output()).contains("returned " + expectedCount + " ");
    }

    @ParameterizedTest
    @EnumSource(DumpFormat.class)
    void rdflibParsesEachDump(DumpFormat format) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3"))
                        && run(List.of("/usr/bin/python3", "-c", "import rdflib")).exit() == 0,
                "python3-rdflib is not installed: apt-get install python3-rdflib");
        Path file = dir.resolve("all-rdflib." + format.extension());
        Files.write(file, exporter.export(Exporter.ALL, format, null, false));
        String rdflibFormat = switch (format) {
            case TURTLE -> "turtle";
            case NTRIPLES -> "nt";
            case NQUADS -> "nquads";
            case TRIG -> "trig";
            case RDFXML -> "xml";
            case JSONLD -> "json-ld";
        };
        String script = "import sys, rdflib\n"
                + "g = rdflib.ConjunctiveGraph()\n"
                + "g.parse(sys.argv[1], format=sys.argv[2])\n"
                + "print(sum(len(c) for c in g.contexts()))\n";
        Result r = run(List.of("/usr/bin/python3", "-c", script, file.toString(), rdflibFormat));
        assertThat(r.exit()).as(r.output()).isZero();
        long expectedCount = format.quads() ? expected.stream().count() : expectedUnion.size();
        assertThat(r.output().strip().lines().reduce((a, b) -> b).orElse("")).isEqualTo(Long.toString(expectedCount));
    }

    private static void assertIsomorphic(DumpFormat format, DatasetGraph parsed) {
        if (format.quads()) {
            assertThat(IsoMatcher.isomorphic(expected, parsed)).as(format + " dataset isomorphic to the store").isTrue();
        } else {
            Graph g = parsed.getDefaultGraph();
            assertThat(g.size()).as(format + " triples").isEqualTo(expectedUnion.size());
            assertThat(g.isIsomorphicWith(expectedUnion)).as(format + " graph isomorphic to the union of the store").isTrue();
        }
    }

    static Lang jenaLang(DumpFormat format) {
        return switch (format) {
            case TURTLE -> Lang.TURTLE;
            case NTRIPLES -> Lang.NTRIPLES;
            case NQUADS -> Lang.NQUADS;
            case TRIG -> Lang.TRIG;
            case RDFXML -> Lang.RDFXML;
            case JSONLD -> RDFLanguages.JSONLD;
        };
    }

    record Result(int exit, String output) {}

    static Result run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, out + "\n(timed out)");
        }
        return new Result(p.exitValue(), out);
    }
}
