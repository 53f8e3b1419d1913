package org.w3id.apecdekg.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.apecdekg.DekgProperties;
import org.w3id.apecdekg.cli.StoreOptions;
import org.w3id.apecdekg.ingest.Ingest;
import org.w3id.apecdekg.store.DekgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Imports a partner file (RDF or an APEC project-database CSV) into its own named graph. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import partner RDF (any format RDF4J Rio reads) or an APEC project-database CSV into "
                + "graph/import/{slug}, SHACL-validated first; a rejected file leaves the store unchanged (exit 1).")
public final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The file; its extension picks the format (.ttl, .trig, .nt, .nq, .rdf, .jsonld, .csv ...).")
    Path file;

    @Option(names = "--graph", description = "Target named graph IRI (default https://w3id.org/apec-dekg/graph/import/{file name slug}).")
    String graph;

    @Mixin
    StoreOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DekgProperties properties = options.properties();
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: " + file + ": cannot read: " + e.getMessage());
            return 1;
        }
        try (DekgStore db = DekgStore.open(properties)) {
            Ingest.ensureReference(db, properties);
            PartnerImporter.Outcome outcome = new PartnerImporter(properties)
                    .importFile(db, file.toString(), content, null, graph);
            spec.commandLine().getOut().printf("%s: imported %d triples into <%s>%n", file, outcome.triples(),
                    outcome.graphIri());
            return 0;
        } catch (ImportException e) {
            spec.commandLine().getErr().print("error: " + e.report());
            spec.commandLine().getErr().println("(store unchanged)");
            return 1;
        }
    }
}
