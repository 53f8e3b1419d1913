package org.w3id.apecdekg.evaluate;

import java.nio.file.Path;
import java.util.List;
import org.w3id.apecdekg.report.Dictionaries;
import org.w3id.apecdekg.report.Extraction;
import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.ReportExtractor;
import org.w3id.apecdekg.report.ReportReader;

/** Entry point for the CLI and tests: extract a report and compare it with its expected facts. */
public final class Evaluator {

    /** Largest report the evaluator reads. */
    public static final long MAX_REPORT_BYTES = 20L * 1024 * 1024;

    private Evaluator() {}

    /** Reads a report of any supported type (PDF, DOCX, HTML, Markdown, text) and scores it. */
    public static EvaluationResult evaluate(ReportExtractor ex, Path report, Path expectedTsv) {
        return evaluate(ex, read(report), expectedTsv);
    }

    /** Reads a report of any supported type, detected by content; a file it cannot read is a {@code ReportFormatException}. */
    public static ReportDocument read(Path report) {
        return ReportReader.read(report, MAX_REPORT_BYTES);
    }

    /** Scores a report already read (its file name names the result). */
    public static EvaluationResult evaluate(ReportExtractor ex, ReportDocument doc, Path expectedTsv) {
        Extraction x = ex.extract(doc);
        return evaluate(x, doc.fileName(), expectedTsv, ex.dictionaries());
    }

    public static EvaluationResult evaluate(Extraction x, String reportName, Path expectedTsv) {
        return evaluate(x, reportName, expectedTsv, null);
    }

    /** As above; organisations known to {@code known} answer to their known names too (see {@link FactProjector}). */
    public static EvaluationResult evaluate(Extraction x, String reportName, Path expectedTsv, Dictionaries known) {
        List<Fact> expected = ExpectedFacts.read(expectedTsv);
        return Evaluation.compare(reportName, expected, FactProjector.facts(x, known), FactProjector.projects(x));
    }
}
