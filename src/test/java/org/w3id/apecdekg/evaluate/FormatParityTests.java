package org.w3id.apecdekg.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.apecdekg.intake.DocumentReader;
import org.w3id.apecdekg.intake.Intake;
import org.w3id.apecdekg.intake.SourceFile;
import org.w3id.apecdekg.intake.SourceFormat;
import org.w3id.apecdekg.intake.TextDocumentReader;
import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.ReportFormatException;
import org.w3id.apecdekg.report.TestDictionaries;

/**
 * Every fixture report rendered as PDF, DOCX and HTML ({@code reports/formats/}, made by
 * {@code make.sh} there with pandoc and Chromium) must score like its Markdown original: for every
 * fact type, precision and recall within {@link FormatParity#TOLERANCE}. A reader that refuses the
 * file, or loses or invents facts, fails here with the facts it lost or gained.
 */
class FormatParityTests {

    private static final Map<Path, EvaluationResult> MARKDOWN = new ConcurrentHashMap<>();

    static Stream<Arguments> renderings() {
        List<Arguments> out = new ArrayList<>();
        for (Path md : EvaluationTargets.annotated(TestDictionaries.FIXTURES)) {
            for (SourceFormat f : EvaluationTargets.RENDERED) {
                out.add(Arguments.of(md.getFileName().toString(), f));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("renderings")
    void scoresLikeMarkdown(String fixture, SourceFormat format) {
        Path md = TestDictionaries.FIXTURES.resolve(fixture);
        assertOnPar(md, EvaluationTargets.rendered(md, format), Evaluator::read);
    }

    @Test
    void everyFixtureHasItsRenderings() {
        List<Path> fixtures = EvaluationTargets.annotated(TestDictionaries.FIXTURES);
        assertThat(fixtures).isNotEmpty();
        for (Path md : fixtures) {
            assertThat(EvaluationTargets.renderings(md)).as("renderings of %s (run formats/make.sh)", md)
                    .hasSize(EvaluationTargets.RENDERED.size());
        }
    }

    @Test
    void renderingsFindTheirExpectedFacts() {
        Path md = TestDictionaries.FIXTURES.resolve("desg-chair-summary-sample.en.md");
        Path pdf = EvaluationTargets.rendered(md, SourceFormat.PDF);
        assertThat(pdf.getFileName().toString()).isEqualTo("desg-chair-summary-sample.en.pdf");
        assertThat(EvaluationTargets.baseName(pdf)).isEqualTo("desg-chair-summary-sample.en");
        assertThat(EvaluationTargets.expectedFor(pdf).normalize().toAbsolutePath())
                .isEqualTo(TestDictionaries.FIXTURES.resolve("desg-chair-summary-sample.en.expected.tsv")
                        .toAbsolutePath().normalize());
        assertThat(EvaluationTargets.expectedFor(md)).isEqualTo(ReportFixtureTests.expected(md));
    }

    /** The check is not vacuous: a reader that refuses the file (as the placeholder readers do) fails it. */
    @Test
    void failsOnARefusingReader() {
        Path md = TestDictionaries.FIXTURES.resolve("desg-chair-summary-sample.en.md");
        DocumentReader refusing = new DocumentReader() {
            @Override
            public SourceFormat format() {
                return SourceFormat.MARKDOWN;
            }

            @Override
            public ReportDocument read(SourceFile file) {
                throw new ReportFormatException(file.name(), 0, "reading is not available yet");
            }
        };
        Intake intake = new Intake(Evaluator.MAX_REPORT_BYTES, List.of(new TextDocumentReader(), refusing));
        assertThatThrownBy(() -> assertOnPar(md, md, intake::read)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("reading is not available yet");
    }

    /** The check is not vacuous: a reader that loses the tables (here: drops every table line) fails it. */
    @Test
    void failsWhenAReaderLosesTables() {
        Path md = TestDictionaries.FIXTURES.resolve("desg-summary-record-sample.en.md");
        Function<Path, ReportDocument> lossy = p -> {
            String text;
            try {
                text = Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            String kept = text.lines().filter(l -> !l.strip().startsWith("|") && l.indexOf('\t') < 0)
                    .collect(Collectors.joining("\n"));
            return ReportDocument.of("lossy.html", kept);
        };
        assertThatThrownBy(() -> assertOnPar(md, md, lossy)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("cosponsor recall").hasMessageContaining("lost");
    }

    /** The same text read twice is on par. */
    @Test
    void sameTextIsOnPar() {
        Path md = TestDictionaries.FIXTURES.resolve("desg-chair-summary-sample.en.md");
        assertOnPar(md, md, Evaluator::read);
    }

    static void assertOnPar(Path md, Path rendering, Function<Path, ReportDocument> reader) {
        Path expected = EvaluationTargets.expectedFor(rendering);
        assertThat(rendering).as("rendering (run src/test/resources/reports/formats/make.sh)").isRegularFile();
        EvaluationResult original = markdown(md);
        ReportDocument doc;
        try {
            doc = reader.apply(rendering);
        } catch (ReportFormatException e) {
            fail("the reader refuses " + rendering.getFileName() + ": " + e.getMessage());
            return;
        }
        EvaluationResult result = Evaluator.evaluate(TestDictionaries.extractor(), doc, expected);
        List<String> differences = FormatParity.differences(original, result, FormatParity.TOLERANCE);
        String account = FormatParity.explain(original, result, FormatParity.TOLERANCE);
        System.out.println(account);
        assertThat(differences).as("%s%n%s", account, result.format()).isEmpty();
    }

    private static EvaluationResult markdown(Path md) {
        return MARKDOWN.computeIfAbsent(md.toAbsolutePath().normalize(),
                k -> Evaluator.evaluate(TestDictionaries.extractor(), md, ReportFixtureTests.expected(md)));
    }
}
