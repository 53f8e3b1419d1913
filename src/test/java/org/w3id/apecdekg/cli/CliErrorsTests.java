package org.w3id.apecdekg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.apecdekg.ApecDekg;
import org.w3id.apecdekg.bundle.BadPathException;

/**
 * Every command given a missing or unusable path prints one line, {@code error: ...} naming it, and
 * exits 1, with no stack trace.
 */
class CliErrorsTests {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ApecDekg.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static void assertOneErrorLineNaming(Run run, String path) {
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.errLines()).as(run.err()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("error: ").contains(path);
        assertThat(run.err() + run.out()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void everyCommandNamesAMissingOrUnusablePathInOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        String storeUnderFile = file.resolve("store").toString();
        String report = "src/test/resources/reports/desg-chair-summary-sample.en.md";
        String store = dir.resolve("tdb2").toString();

        assertOneErrorLineNaming(run("load", "--store", store, "--data", "/nonexistent-data", report), "/nonexistent-data");
        assertOneErrorLineNaming(run("load", "--store", store, "--ontology", "/nonexistent.ttl", report), "/nonexistent.ttl");
        assertOneErrorLineNaming(run("load", "--store", storeUnderFile, report), storeUnderFile);
        assertOneErrorLineNaming(run("import", "--store", store, "/nonexistent-import.ttl"), "/nonexistent-import.ttl");
        assertOneErrorLineNaming(run("import", "--store", store, "--data", "/nonexistent-data",
                "src/test/resources/reports/README.md"), "/nonexistent-data");
        assertOneErrorLineNaming(run("export", "--store", storeUnderFile, "--format", "nt", "--out", "-"), storeUnderFile);
        assertOneErrorLineNaming(run("backup", "--store", storeUnderFile, "--out", dir.resolve("b.nq.gz").toString()),
                storeUnderFile);
        String outUnderFile = file.resolve("b.nq.gz").toString();
        assertOneErrorLineNaming(run("backup", "--store", store, "--out", outUnderFile), outUnderFile);
        assertOneErrorLineNaming(run("restore", "--store", store, "/nonexistent.nq.gz"), "/nonexistent.nq.gz");
        assertOneErrorLineNaming(run("restore", "--store", storeUnderFile, file.toString()), storeUnderFile);
        assertOneErrorLineNaming(run("compact", "--store", storeUnderFile), storeUnderFile);
        assertOneErrorLineNaming(run("evaluate", "--data", "/nonexistent-data", report), "/nonexistent-data");
        assertOneErrorLineNaming(run("serve", "--data", "/nonexistent-data", "--port", "0"), "/nonexistent-data");
        assertOneErrorLineNaming(run("serve", "--store", storeUnderFile, "--port", "0"), storeUnderFile);
        assertOneErrorLineNaming(run("serve", "--dekg.queries=/nonexistent-queries", "--port", "0"), "/nonexistent-queries");
    }

    @Test
    void messagesComeFromTheMostTellingExceptionOfTheChain() {
        assertThat(CliErrors.message(new UncheckedIOException("cannot list data/reference",
                new NoSuchFileException("data/reference")))).isEqualTo("cannot list data/reference: no such file or directory");
        assertThat(CliErrors.message(new UncheckedIOException(new AccessDeniedException("/root/x"))))
                .isEqualTo("permission denied: /root/x");
        assertThat(CliErrors.message(new IllegalStateException("wrapped",
                new BadPathException(Path.of("/x"), "/x: no such directory (--data)"))))
                .isEqualTo("/x: no such directory (--data)");
        assertThat(CliErrors.message(new IllegalArgumentException("first line\nsecond line"))).isEqualTo("first line …");
        assertThat(CliErrors.message(new RuntimeException(new FileNotFoundException("/y (No such file or directory)"))))
                .isEqualTo("/y (No such file or directory)");
        assertThat(CliErrors.message(new ArithmeticException("/ by zero")))
                .startsWith("ArithmeticException: / by zero").contains("DEKG_DEBUG");
        assertThat(CliErrors.message(new NullPointerException())).startsWith("NullPointerException");
    }
}
