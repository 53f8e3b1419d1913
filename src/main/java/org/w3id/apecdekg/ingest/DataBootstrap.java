package org.w3id.apecdekg.ingest;

import org.w3id.apecdekg.intake.SourceFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.apecdekg.DekgProperties;
import org.w3id.apecdekg.bundle.PathCheck;
import org.w3id.apecdekg.store.DekgStore;

/**
 * The first build of a store: when it is empty, loads the ontology, the reference data and every
 * report in {@code data/reports/}. A store that already holds data is left as it is, so a restart
 * never loads anything twice.
 */
public final class DataBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(DataBootstrap.class);

    private static final Set<String> NOT_REPORTS = Set.of("SOURCE.md", "README.md");

    private final DekgProperties properties;

    private DataBootstrap(DekgProperties properties) {
        this.properties = Objects.requireNonNull(properties, "properties");
    }

    public static DataBootstrap from(DekgProperties properties) {
        return new DataBootstrap(properties);
    }

    /** Builds the graph from files if the store is empty; returns true if it did. */
    public boolean buildIfEmpty(DekgStore store) {
        if (!store.isEmpty()) {
            LOG.info("Store {} already holds data; not reloading", store.location());
            return false;
        }
        Path dataDir = PathCheck.directory(properties.getData(), "dekg.data");
        PathCheck.file(properties.getOntology(), "dekg.ontology");
        LOG.info("Empty store {}: building from {} and {}", store.location(), properties.getOntology(), dataDir);
        Graph reference = ReferenceLoader.load(store, properties.getOntology(), dataDir.resolve("reference"));
        ReportLoader loader = Ingest.reportLoader(properties, reference);
        for (Path report : reports(dataDir.resolve("reports"))) {
            try {
                ReportLoader.Outcome outcome = loader.load(store, report);
                LOG.info("Loaded {}: {} triples, {} warnings", report, outcome.triples(), outcome.warnings().size());
            } catch (RuntimeException e) {
                LOG.error("Report not loaded (store unchanged): {}", e.getMessage());
            }
        }
        return true;
    }

    /** The report files of a directory: every supported type except SOURCE.md and README.md. */
    static List<Path> reports(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !NOT_REPORTS.contains(p.getFileName().toString()))
                    .filter(p -> SourceFormat.supportedName(p.getFileName().toString()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
