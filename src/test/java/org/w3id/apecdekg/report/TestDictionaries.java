package org.w3id.apecdekg.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;

/** Loads the dictionaries and reference data once for all tests (working directory = project root). */
public final class TestDictionaries {

    public static final Path DICTIONARIES = Path.of("data/dictionaries");
    public static final Path REFERENCE = Path.of("data/reference");
    public static final Path FIXTURES = Path.of("src/test/resources/reports");

    private static Dictionaries dictionaries;
    private static Model reference;

    private TestDictionaries() {}

    public static synchronized Model reference() {
        if (reference == null) {
            Model m = ModelFactory.createDefaultModel();
            if (Files.isDirectory(REFERENCE)) {
                try (Stream<Path> files = Files.list(REFERENCE)) {
                    files.filter(p -> p.toString().endsWith(".ttl")).sorted().forEach(p -> RDFDataMgr.read(m, p.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            reference = m;
        }
        return reference;
    }

    public static synchronized Dictionaries get() {
        if (dictionaries == null) {
            dictionaries = Dictionaries.load(DICTIONARIES, reference());
        }
        return dictionaries;
    }

    public static ReportExtractor extractor() {
        return new ReportExtractor(get());
    }
}
