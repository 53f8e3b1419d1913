package org.w3id.apecdekg.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.apecdekg.DekgProperties;
import org.w3id.apecdekg.store.DekgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes a dump of the store (all graphs or one) in a partner format; the output is deterministic. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the graph (or one named graph) as Turtle, N-Triples, N-Quads, TriG, RDF/XML or JSON-LD.")
public final class ExportCommand implements Callable<Integer> {

    @Option(names = "--format", required = true,
            description = "ttl, nt, nq, trig, rdf or jsonld (or turtle, ntriples, nquads, rdfxml, json-ld).")
    String format;

    @Option(names = "--out", required = true, description = "Output file ('-' for standard output).")
    String out;

    @Option(names = "--graph", defaultValue = Exporter.ALL,
            description = "all (default), ontology, reference, meta, a report or import slug, or a graph IRI.")
    String graph;

    @Option(names = "--gzip", description = "Compress with gzip (also when --out ends in .gz).")
    boolean gzip;

    @Option(names = "--frame", description = "JSON-LD only: frame on a dekg: class, e.g. Project.")
    String frame;

    @Option(names = "--store", defaultValue = "var/store", description = "TDB2 store directory (default ./var/store).")
    Path store;

    @Option(names = "--store-url", description = "Export from the remote SPARQL 1.1 dataset at this URL instead.")
    String storeUrl;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DumpFormat dumpFormat = DumpFormat.byName(format).orElse(null);
        if (dumpFormat == null) {
            spec.commandLine().getErr().println("error: unknown format '" + format + "'");
            return 2;
        }
        boolean compress = gzip || out.endsWith(".gz");
        long started = System.nanoTime();
        DekgProperties properties = new DekgProperties();
        properties.setStore(store);
        properties.setStoreUrl(storeUrl);
        try (DekgStore db = DekgStore.open(properties)) {
            Exporter exporter = new Exporter(db);
            if (out.equals("-")) {
                exporter.export(graph, dumpFormat, frame, compress, System.out);
                return 0;
            }
            Path file = Path.of(out);
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                exporter.export(graph, dumpFormat, frame, compress, os);
            }
            spec.commandLine().getErr().printf("%s: %d bytes in %d ms%n", file, Files.size(file),
                    (System.nanoTime() - started) / 1_000_000);
            return 0;
        } catch (Exporter.UnknownDatasetException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: " + out + ": " + e.getMessage());
            return 1;
        }
    }
}
