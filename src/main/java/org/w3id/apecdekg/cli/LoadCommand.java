package org.w3id.apecdekg.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Callable;
import org.w3id.apecdekg.DekgProperties;
import org.w3id.apecdekg.ingest.Ingest;
import org.w3id.apecdekg.ingest.ReportLoader;
import org.w3id.apecdekg.report.ReportFormatException;
import org.w3id.apecdekg.store.DekgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Loads report files and folders into the store: files are read and extracted in parallel, and
 * committed one at a time in name order, one transaction per file; a summary closes the run.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load reports (PDF, DOCX, HTML, Markdown, text; files or folders, recursively) into the store;"
                + " each file is all or nothing. Exits 1 if any file failed.")
public final class LoadCommand implements Callable<Integer> {

    @Mixin
    StoreOptions options;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Encoding of text and Markdown files (e.g. Big5, GB18030, UTF-16); default: detected.")
    String encoding;

    @Option(names = "--threads", paramLabel = "N",
            description = "Files read and extracted at once (default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar on a terminal (default: on).")
    boolean progress;

    @Parameters(arity = "1..*", paramLabel = "FILE|FOLDER", description = "Report files, or folders to load recursively.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Charset charset;
        try {
            charset = charset();
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        ReportFiles found = ReportFiles.of(files);
        found.skipped().forEach(p -> out.printf("%s: skipped (not a supported report type)%n", p));
        DekgProperties properties = options.properties();
        Summary summary = new Summary(found.skipped().size());
        try (DekgStore db = DekgStore.open(properties)) {
            Ingest.ensureReference(db, properties);
            ReportLoader loader = Ingest.reportLoader(properties);
            ProgressBar bar = new ProgressBar(err, progress && ProgressBar.onTerminal(), found.files().size());
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
                Thread t = new Thread(r, "dekg-load");
                t.setDaemon(true);
                return t;
            });
            try {
                Deque<Future<ReportLoader.Extracted>> ahead = new ArrayDeque<>();
                int next = 0;
                for (int i = 0; i < found.files().size(); i++) {
                    while (next < found.files().size() && ahead.size() < 2 * Math.max(1, threads)) {
                        Path file = found.files().get(next++);
                        ahead.add(pool.submit(() -> loader.extract(file, charset)));
                    }
                    Path file = found.files().get(i);
                    bar.show(i, file.toString());
                    try {
                        ReportLoader.Outcome outcome = loader.commit(db, await(ahead.poll()));
                        bar.clear();
                        out.printf("%s: loaded %d triples into <%s> (%s%s)%n", file, outcome.triples(),
                                outcome.graphIri(), outcome.document().format().name().toLowerCase(),
                                entities(outcome.entitiesByType()));
                        outcome.merges().forEach(m -> out.printf("%s: meeting <%s> is <%s> (%s)%n", file,
                                m.minted(), m.iri(), m.rule()));
                        outcome.warnings().forEach(w -> out.printf("%s:%s: warning: %s: %s%n", file,
                                outcome.where(w.line()), w.kind(), w.message()));
                        summary.loaded(outcome);
                    } catch (ReportFormatException | IllegalArgumentException e) {
                        bar.clear();
                        summary.failed++;
                        err.println("error: " + e.getMessage() + " (store unchanged)");
                    } catch (RuntimeException | LinkageError e) {
                        // a fault of ours or of a library (e.g. a class missing from the jar): this file
                        // fails with one line, the others are still loaded
                        bar.clear();
                        summary.failed++;
                        err.println("error: " + file + ": could not be loaded (" + e.getClass().getSimpleName()
                                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ") (store unchanged)");
                    }
                }
                bar.clear();
            } finally {
                pool.shutdownNow();
            }
        }
        out.println(summary);
        return summary.failed == 0 ? 0 : 1;
    }

    private Charset charset() {
        if (encoding == null) {
            return null;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("unknown encoding '" + encoding + "' (e.g. UTF-8, UTF-16, Big5, GB18030)");
        }
    }

    private static ReportLoader.Extracted await(Future<ReportLoader.Extracted> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof LinkageError l) {
                throw l;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static String entities(Map<String, Long> byType) {
        StringBuilder b = new StringBuilder();
        byType.forEach((type, n) -> b.append("; ").append(type).append(' ').append(n));
        return b.toString();
    }

    /** Counts of a run: files loaded, failed and skipped, triples, warnings by kind. */
    static final class Summary {
        int loaded;
        int failed;
        final int skipped;
        long triples;
        final Map<String, Integer> warnings = new TreeMap<>();

        Summary(int skipped) {
            this.skipped = skipped;
        }

        void loaded(ReportLoader.Outcome outcome) {
            loaded++;
            triples += outcome.triples();
            outcome.warnings().forEach(w -> warnings.merge(w.kind(), 1, Integer::sum));
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder("summary: ").append(loaded).append(" loaded, ").append(failed)
                    .append(" failed, ").append(skipped).append(" skipped; ").append(triples).append(" triples; ");
            if (warnings.isEmpty()) {
                b.append("no warnings");
            } else {
                b.append("warnings: ");
                b.append(String.join(", ", warnings.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
            }
            return b.toString();
        }
    }
}
