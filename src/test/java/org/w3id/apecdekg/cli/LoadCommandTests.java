package org.w3id.apecdekg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.apecdekg.ApecDekg;
import org.w3id.apecdekg.store.DekgStore;
import org.w3id.apecdekg.vocab.Ids;
import picocli.CommandLine;

/** {@code load}: one transaction per file, idempotent, and a failing file changes nothing. */
class LoadCommandTests {

    static final String SEED = "data/reports/moda-apec-desg-som3-2024.zh.md";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    private Run load(String... files) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = new String[files.length + 3];
        args[0] = "load";
        args[1] = "--store";
        args[2] = dir.resolve("tdb2").toString();
        System.arraycopy(files, 0, args, 3, files.length);
        int exit = new CommandLine(new ApecDekg()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private DatasetGraph snapshot() {
        try (DekgStore store = DekgStore.open(dir.resolve("tdb2"))) {
            return Txn.calculateRead(store.dataset(), () -> {
                DatasetGraph copy = DatasetGraphFactory.createGeneral();
                store.dataset().find().forEachRemaining(copy::add);
                return copy;
            });
        }
    }

    /** The store without the load-run times, which differ between two loads by design. */
    private static DatasetGraph withoutTimes(DatasetGraph dsg) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        dsg.find().forEachRemaining(q -> {
            if (!q.getPredicate().getURI().startsWith("http://www.w3.org/ns/prov#") || !q.getPredicate().getURI().endsWith("AtTime")) {
                copy.add(q);
            }
        });
        return copy;
    }

    @Test
    void loadingTheSameReportTwiceReplacesItsGraph() {
        Run first = load(SEED);
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("loaded").contains(Ids.reportGraph("moda-apec-desg-som3-2024"));
        DatasetGraph once = withoutTimes(snapshot());

        Run second = load(SEED);
        assertThat(second.exit()).isZero();
        DatasetGraph twice = withoutTimes(snapshot());
        assertThat(IsoMatcher.isomorphic(once, twice)).isTrue();
        assertThat(twice.stream().count()).isEqualTo(once.stream().count());
    }

    @Test
    void aFailingFileLeavesTheStoreAsItWasAndExitsNonZeroNamingFileAndLine() throws Exception {
        assertThat(load(SEED).exit()).isZero();
        DatasetGraph before = snapshot();

        Path notAReport = Files.writeString(dir.resolve("data.xlsx"), "PK");

        Run run = load("src/test/resources/bad-input/invalid-utf8.md", "src/test/resources/bad-input/empty.md",
                "src/test/resources/bad-input/binary.md", notAReport.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines().filter(l -> l.startsWith("error: ")).toList()).hasSize(4);
        assertThat(run.err()).containsPattern("invalid-utf8\\.md:\\d+: ").contains("empty.md:")
                .contains("binary.md:").contains("data.xlsx: not a supported report type").contains("store unchanged");
        assertThat(IsoMatcher.isomorphic(before, snapshot())).isTrue();
    }

    @Test
    void warningsNameTheFileAndLine() {
        Run run = load("src/test/resources/bad-input/missing-columns.md");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("missing-columns\\.md:\\d+: warning: ");
    }

    @Test
    void aFolderIsLoadedRecursivelyWithSkippedFilesListedAndASummary() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("inbox/nested"));
        Files.copy(Path.of("src/test/resources/reports/desg-chair-summary-sample.en.md"), dir.resolve("inbox/a.en.md"));
        Files.copy(Path.of("src/test/resources/reports/desg-trip-report-sample.zh.md"), folder.resolve("b.zh.md"));
        Files.writeString(folder.resolve("empty.txt"), "");
        Files.write(dir.resolve("inbox/scan.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(dir.resolve("inbox/projects.csv"), "a,b\n");

        Run run = load(dir.resolve("inbox").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out().lines().filter(l -> l.endsWith(": skipped (not a supported report type)")).toList())
                .containsExactly(dir.resolve("inbox/projects.csv") + ": skipped (not a supported report type)",
                        dir.resolve("inbox/scan.png") + ": skipped (not a supported report type)");
        assertThat(run.out()).contains(dir.resolve("inbox/a.en.md") + ": loaded ")
                .contains(folder.resolve("b.zh.md") + ": loaded ");
        assertThat(run.err().strip()).isEqualTo("error: " + folder.resolve("empty.txt") + ": file is empty (store unchanged)");
        assertThat(run.out()).containsPattern("(?m)^summary: 2 loaded, 1 failed, 2 skipped; \\d+ triples; (no warnings|warnings: .+)$");
        try (DekgStore store = DekgStore.open(dir.resolve("tdb2"))) {
            assertThat(Txn.calculateRead(store.dataset(), () -> store.dataset().containsGraph(
                    org.apache.jena.graph.NodeFactory.createURI(Ids.reportGraph("b"))))).isTrue();
        }
    }
}
