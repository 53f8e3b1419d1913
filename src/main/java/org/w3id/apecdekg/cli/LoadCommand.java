package org.w3id.apecdekg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.apecdekg.DekgProperties;
import org.w3id.apecdekg.ingest.Ingest;
import org.w3id.apecdekg.ingest.ReportLoader;
import org.w3id.apecdekg.report.ReportFormatException;
import org.w3id.apecdekg.store.DekgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Loads report files into the store, one transaction per file. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load reports into the store; each file is all or nothing. Exits 1 if any file failed.")
public final class LoadCommand implements Callable<Integer> {

    @Mixin
    StoreOptions options;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report files (.md or .txt, UTF-8).")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DekgProperties properties = options.properties();
        int failures = 0;
        try (DekgStore db = DekgStore.open(properties)) {
            Ingest.ensureReference(db, properties);
            ReportLoader loader = Ingest.reportLoader(properties);
            for (Path file : files) {
                try {
                    ReportLoader.Outcome outcome = loader.load(db, file);
                    spec.commandLine().getOut().printf("%s: loaded %d triples into <%s>%n",
                            file, outcome.triples(), outcome.graphIri());
                    outcome.warnings().forEach(w -> spec.commandLine().getOut().printf(
                            "%s:%d: warning: %s: %s%n", file, w.line(), w.kind(), w.message()));
                } catch (ReportFormatException | IllegalArgumentException e) {
                    failures++;
                    spec.commandLine().getErr().println("error: " + e.getMessage() + " (store unchanged)");
                }
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
