package org.w3id.apecdekg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.w3id.apecdekg.DekgProperties;
import org.w3id.apecdekg.evaluate.Evaluator;
import org.w3id.apecdekg.ingest.Ingest;
import org.w3id.apecdekg.report.ReportExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prints precision and recall per fact type of the extractor against annotated reports. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate the report extractor against hand-annotated expected facts "
                + "(REPORT.md is compared with REPORT.expected.tsv beside it).")
public final class EvaluateCommand implements Callable<Integer> {

    static final Path DEFAULT_FIXTURES = Path.of("src/test/resources/reports");

    @Option(names = "--data", description = "Data directory with reference/ and dictionaries/ (default ./data).")
    Path data;

    @Parameters(arity = "0..*", paramLabel = "REPORT",
            description = "Annotated reports (default: every annotated report in " + "src/test/resources/reports).")
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
        List<Path> targets = reports == null || reports.isEmpty() ? annotated(DEFAULT_FIXTURES) : reports;
        for (Path report : targets) {
            Path expected = expectedFor(report);
            spec.commandLine().getOut().println("== " + report);
            spec.commandLine().getOut().println(Evaluator.evaluate(extractor, report, expected).format());
        }
        return 0;
    }

    static Path expectedFor(Path report) {
        String name = report.getFileName().toString();
        String stem = name.endsWith(".md") || name.endsWith(".txt") ? name.substring(0, name.lastIndexOf('.')) : name;
        return report.resolveSibling(stem + ".expected.tsv");
    }

    private static List<Path> annotated(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> Files.exists(expectedFor(p))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
