package org.w3id.apecdekg.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.apecdekg.ApecDekg;
import org.w3id.apecdekg.store.DekgStore;

/**
 * The real application in a child JVM started in an empty directory (no data/, ontology/ or queries/):
 * it runs on the bundled copies, and a missing path is one error line.
 */
class RunAnywhereTests {

    static final Path FIXTURE = Path.of("src/test/resources/reports/desg-chair-summary-sample.en.md").toAbsolutePath();

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {}

    private Result run(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Ddekg.bundle.cache=" + dir.resolve("cache"),
                "-cp", System.getProperty("java.class.path"), ApecDekg.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void loadsFromAnEmptyDirectoryWithTheBundledOntologyAndDataAndNamesAMissingDataDirectory() throws Exception {
        Path work = Files.createDirectory(dir.resolve("work"));

        Result load = run(work, "load", "--store", "s", FIXTURE.toString());
        assertThat(load.exit()).as(load.out() + load.err()).isZero();
        assertThat(load.out()).contains(FIXTURE + ": loaded");
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).as("only the store is written here").containsExactly("s");
        }
        try (DekgStore store = DekgStore.open(work.resolve("s"))) {
            long economies = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution q = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(
                        "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a <https://w3id.org/apec-dekg/ontology#Economy> }").build()) {
                    return q.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertThat(economies).isEqualTo(21);
        }
        try (Stream<Path> cache = Files.list(dir.resolve("cache"))) {
            Path unpacked = cache.filter(p -> p.getFileName().toString().startsWith(Bundle.DIRECTORY_PREFIX))
                    .findFirst().orElseThrow();
            assertThat(unpacked.resolve("ontology/dekg.ttl")).hasSameBinaryContentAs(Path.of("ontology/dekg.ttl"));
            assertThat(unpacked.resolve(Bundle.INDEX_FILE)).isRegularFile();
        }

        Result missing = run(work, "load", "--data", "/nonexistent", "--store", "s2", FIXTURE.toString());
        assertThat(missing.exit()).isEqualTo(1);
        List<String> lines = (missing.out() + missing.err()).lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).as(missing.out() + missing.err()).hasSize(1);
        assertThat(lines.get(0)).startsWith("error: ").contains("/nonexistent");
        assertThat(missing.out() + missing.err()).doesNotContain("at org.").doesNotContain("Exception");
    }
}
