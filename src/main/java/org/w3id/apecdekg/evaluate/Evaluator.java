package org.w3id.apecdekg.evaluate;

import java.nio.file.Path;
import java.util.List;
import org.w3id.apecdekg.report.Extraction;
import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.ReportExtractor;
import org.w3id.apecdekg.report.ReportReader;

/** Entry point for the CLI and tests: extract a report and compare it with its expected facts. */
public final class Evaluator {

    /** Largest report the evaluator reads. */
    public static final long MAX_REPORT_BYTES = 20L * 1024 * 1024;

    private Evaluator() {}

    public static EvaluationResult evaluate(ReportExtractor ex, Path report, Path expectedTsv) {
        ReportDocument doc = ReportReader.read(report, MAX_REPORT_BYTES);
        Extraction x = ex.extract(doc);
        return evaluate(x, report.getFileName().toString(), expectedTsv);
    }

    public static EvaluationResult evaluate(Extraction x, String reportName, Path expectedTsv) {
        List<Fact> expected = ExpectedFacts.read(expectedTsv);
        return Evaluation.compare(reportName, expected, FactProjector.facts(x), FactProjector.projects(x));
    }
}
