package org.w3id.apecdekg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.w3id.apecdekg.DekgProperties;
import org.w3id.apecdekg.evaluate.CorpusManifest;
import org.w3id.apecdekg.evaluate.EvaluationResult;
import org.w3id.apecdekg.evaluate.ExpectedFacts;
import org.w3id.apecdekg.evaluate.IdentityScores;
import org.w3id.apecdekg.ingest.MeetingIdentity;
import org.w3id.apecdekg.evaluate.PooledScores;
import org.w3id.apecdekg.evaluate.EvaluationTargets;
import org.w3id.apecdekg.evaluate.Evaluator;
import org.w3id.apecdekg.evaluate.FormatSummary;
import org.w3id.apecdekg.ingest.Ingest;
import org.w3id.apecdekg.intake.SourceFormat;
import org.w3id.apecdekg.report.Extraction;
import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.ReportExtractor;
import org.w3id.apecdekg.report.ReportFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Prints precision and recall per fact type of the extractor against annotated reports, one block
 * per file, then a summary per source format (Markdown, PDF, DOCX, HTML) that also tells whether each
 * rendering of a fixture scores like its Markdown original.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate the report extractor against hand-annotated expected facts "
                + "(REPORT.md is compared with REPORT.expected.tsv beside it; a report of any supported type "
                + "- PDF, DOCX, HTML, Markdown, text - with BASE.expected.tsv beside it or in its parent folder, "
                + "BASE being its name without the type's ending). "
                + "Without REPORT: every annotated fixture in src/test/resources/reports and its renderings "
                + "formats/NAME.pdf, .docx and .html. Exit code 1 when a file cannot be read.")
public final class EvaluateCommand implements Callable<Integer> {

    static final Path DEFAULT_FIXTURES = Path.of("src/test/resources/reports");

    @Option(names = "--data", description = "Data directory with reference/ and dictionaries/ (default ./data).")
    Path data;

    @Option(names = "--corpus", arity = "0..1", fallbackValue = "src/test/resources/corpus", paramLabel = "DIR",
            description = "Evaluate the corpus of DIR/manifest.tsv (default src/test/resources/corpus): every document,"
                    + " then the scores pooled over the dev half and over the test half (the one to report),"
                    + " then the identity table of the whole corpus loaded together (gold entities with more than one IRI,"
                    + " IRIs holding more than one gold entity).")
    Path corpus;

    @Option(names = "--quiet", description = "With --corpus: print only the pooled tables and the identity table (no per-document blocks, no list of duplicates).")
    boolean quiet;

    @Parameters(arity = "0..*", paramLabel = "REPORT",
            description = "Annotated reports of any supported type (default: every annotated report in "
                    + "src/test/resources/reports, with its renderings in formats/).")
    List<Path> reports;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DekgProperties properties = new DekgProperties();
        if (data != null) {
            properties.setData(data);
        }
        ReportExtractor extractor = Ingest.extractor(properties);
        if (corpus != null) {
            return corpus(extractor, MeetingIdentity.load(properties.getData().resolve("dictionaries")
                    .resolve(MeetingIdentity.FILE)), spec.commandLine().getOut());
        }
        List<Path> targets = reports == null || reports.isEmpty()
                ? EvaluationTargets.withRenderings(DEFAULT_FIXTURES) : reports;
        PrintWriter out = spec.commandLine().getOut();
        FormatSummary summary = new FormatSummary();
        Map<String, EvaluationResult> markdownByBase = new HashMap<>();
        for (Path report : targets) {
            Path expected = expectedFor(report);
            out.println("== " + report);
            ReportDocument doc;
            try {
                doc = Evaluator.read(report);
            } catch (ReportFormatException e) {
                out.println("cannot read: " + e.getMessage());
                out.println();
                summary.failed(EvaluationTargets.formatOfName(report), report.toString(), e.getMessage());
                continue;
            }
            EvaluationResult result = Evaluator.evaluate(extractor, doc, expected);
            out.println(result.format());
            String base = expected.toAbsolutePath().normalize().toString();
            boolean markdown = doc.format() == SourceFormat.MARKDOWN || doc.format() == SourceFormat.TEXT;
            if (markdown) {
                markdownByBase.put(base, result);
            }
            summary.add(doc.format(), report.toString(), result,
                    markdown ? null : markdownByBase.computeIfAbsent(base, k -> original(extractor, expected)));
        }
        out.println(summary.format());
        out.flush();
        return summary.hasFailures() ? 1 : 0;
    }

    /** Every corpus document, then the scores pooled per split; exit 1 when a document cannot be read. */
    private int corpus(ReportExtractor extractor, MeetingIdentity meetings, PrintWriter out) {
        CorpusManifest manifest = CorpusManifest.read(corpus);
        int failed = 0;
        java.util.Map<String, PooledScores> pooled = new java.util.LinkedHashMap<>();
        pooled.put("dev", new PooledScores());
        pooled.put("test", new PooledScores());
        IdentityScores identity = new IdentityScores(corpus).resolving(meetings);
        for (CorpusManifest.Entry e : manifest.entries()) {
            Path doc = corpus.resolve(e.file());
            try {
                ReportDocument read = Evaluator.read(doc);
                Extraction x = extractor.extract(read);
                Path gold = EvaluationTargets.expectedFor(doc);
                EvaluationResult r = Evaluator.evaluate(x, read.fileName(), gold, extractor.dictionaries());
                pooled.get(e.split()).add(r);
                identity.add(e.file(), x, ExpectedFacts.read(gold));
                if (!quiet) {
                    out.println("== " + doc + " [" + e.split() + ", " + e.genre() + ", " + e.language() + "]");
                    out.println(r.format());
                }
            } catch (ReportFormatException ex) {
                failed++;
                out.println("cannot read: " + ex.getMessage());
            }
        }
        out.println(pooled.get("dev").format("Pooled over the dev half (tuned on)"));
        out.println(pooled.get("test").format("Pooled over the test half (never tuned on)"));
        out.println(identity.format("One IRI per real-world thing, whole corpus", !quiet));
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    /** The expected-facts file of a report of any type (see {@link EvaluationTargets#expectedFor}). */
    static Path expectedFor(Path report) {
        return EvaluationTargets.expectedFor(report);
    }

    /** The scores of the Markdown original beside an expected-facts file (null if there is none or it is unreadable). */
    private static EvaluationResult original(ReportExtractor extractor, Path expected) {
        String name = expected.getFileName().toString();
        Path md = expected.resolveSibling(name.substring(0, name.length() - ".expected.tsv".length()) + ".md");
        if (!Files.isRegularFile(md)) {
            return null;
        }
        try {
            return Evaluator.evaluate(extractor, md, expected);
        } catch (ReportFormatException e) {
            return null;
        }
    }
}
