package org.w3id.apecdekg.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The evaluation corpus is what issue 19 asks for: enough documents, genres and languages, both halves per genre, gold for each. */
class CorpusManifestTests {

    static final Path CORPUS = Path.of("src/test/resources/corpus");

    @Test
    void theCorpusHasBothHalvesOfEveryGenreAndGoldForEveryDocument() {
        CorpusManifest m = CorpusManifest.read(CORPUS);
        assertThat(m.entries()).hasSizeGreaterThanOrEqualTo(30);
        Map<String, Set<String>> splitsByGenre = m.entries().stream().collect(Collectors.groupingBy(
                CorpusManifest.Entry::genre, Collectors.mapping(CorpusManifest.Entry::split, Collectors.toSet())));
        assertThat(splitsByGenre).hasSizeGreaterThanOrEqualTo(8);
        assertThat(splitsByGenre.values()).allSatisfy(s -> assertThat(s).containsExactlyInAnyOrder("dev", "test"));
        assertThat(m.entries().stream().map(CorpusManifest.Entry::language).collect(Collectors.toSet()))
                .contains("en", "zh-Hant", "zh-Hans");
        // the test half stays large enough to measure on: its first 18 documents, and new ones as the dev half grows
        assertThat(m.split("test")).hasSizeGreaterThanOrEqualTo(18);
        assertThat(m.split("test").size() * 2).isGreaterThanOrEqualTo(m.split("dev").size());
        for (CorpusManifest.Entry e : m.entries()) {
            Path doc = CORPUS.resolve(e.file());
            assertThat(doc).isRegularFile();
            Path gold = EvaluationTargets.expectedFor(doc);
            assertThat(gold).isRegularFile();
            assertThat(ExpectedFacts.read(gold)).as(gold.toString())
                    .anyMatch(f -> f.type().equals(Evaluation.ANNOTATES))
                    .anyMatch(f -> f.type().equals("report-language") && f.object().equals(e.language()));
        }
        assertThat(Files.exists(CORPUS.resolve("README.md"))).isTrue();
    }
}
