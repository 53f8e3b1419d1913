package org.w3id.apecdekg.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.apecdekg.ApecDekg;
import org.w3id.apecdekg.store.DekgStore;
import picocli.CommandLine;

/** A snapshot restores to an isomorphic store (every named graph, the default graph, blank nodes). */
class BackupRestoreTests {

    @TempDir
    Path dir;

    private static void fill(DekgStore store) {
        store.write(dsg -> {
            RDFDataMgr.read(dsg, "src/test/resources/sample/sample.trig");
            var bnode = NodeFactory.createBlankNode();
            dsg.add(Quad.create(NodeFactory.createURI("urn:g:bnodes"), bnode,
                    NodeFactory.createURI("urn:p"), NodeFactory.createLiteralLang("空白節點", "zh-Hant")));
            dsg.add(Quad.create(Quad.defaultGraphIRI, NodeFactory.createURI("urn:default:s"),
                    NodeFactory.createURI("urn:p"), bnode));
        });
    }

    private static boolean isomorphic(DatasetGraph a, DatasetGraph b) {
        return Txn.calculateRead(a, () -> Txn.calculateRead(b, () -> IsoMatcher.isomorphic(a, b)));
    }

    @Test
    void roundTripIsIsomorphicAndRestoreRefusesANonEmptyStoreUnlessForced() {
        Path file = dir.resolve("snap.nq.gz");
        try (DekgStore source = DekgStore.open(dir.resolve("a"));
                DekgStore target = DekgStore.open(dir.resolve("b"))) {
            fill(source);
            StoreBackup.Result r = StoreBackup.backup(source, file);
            assertThat(r.quads()).isEqualTo(source.quadCount()).isGreaterThan(3);
            assertThat(StoreBackup.restore(file, target, false)).isEqualTo(r.quads());
            assertThat(target.quadCount()).isEqualTo(source.quadCount());
            assertThat(isomorphic(source.dataset(), target.dataset())).isTrue();

            long count = target.quadCount();
            assertThatThrownBy(() -> StoreBackup.restore(file, target, false))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("not empty");
            assertThat(target.quadCount()).isEqualTo(count);
            target.write(dsg -> dsg.add(Quad.create(NodeFactory.createURI("urn:extra"),
                    NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:o"))));
            StoreBackup.restore(file, target, true);
            assertThat(isomorphic(source.dataset(), target.dataset())).isTrue();
        }
    }

    @Test
    void aMalformedSnapshotIsRefusedWithItsLineAndTheStoreIsUnchanged() throws Exception {
        // more quads than one batch of the parallel parse before the error, so some were already added
        StringBuilder nq = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            nq.append("<urn:s:").append(i).append("> <urn:p> \"v").append(i).append("\" <urn:g:big> .\n");
        }
        nq.append("<urn:s:bad> <urn:p> \"unterminated <urn:g:big> .\n");
        Path file = dir.resolve("broken.nq");
        java.nio.file.Files.writeString(file, nq);
        try (DekgStore source = DekgStore.open(dir.resolve("a")); DekgStore target = DekgStore.open(dir.resolve("b"))) {
            fill(source);
            fill(target);
            assertThatThrownBy(() -> StoreBackup.restore(file, target, true))
                    .hasMessage(file + ": [line: 20002, col: 1 ] Broken token (newline in string) (store unchanged)");
            assertThat(isomorphic(source.dataset(), target.dataset())).as("target unchanged").isTrue();
        }
    }

    @Test
    void commandsBackUpRestoreAndCompact() {
        Path a = dir.resolve("a");
        Path snap = dir.resolve("out/snap.nq.gz");
        try (DekgStore source = DekgStore.open(a)) {
            fill(source);
        }
        assertThat(run("backup", "--store", a.toString(), "--out", snap.toString())).isZero();
        assertThat(snap).exists();
        assertThat(run("restore", "--store", dir.resolve("b").toString(), snap.toString())).isZero();
        assertThat(run("restore", "--store", dir.resolve("b").toString(), snap.toString())).isEqualTo(1);
        assertThat(run("restore", "--store", dir.resolve("b").toString(), "--force", snap.toString())).isZero();
        assertThat(run("compact", "--store", dir.resolve("b").toString())).isZero();
        try (DekgStore source = DekgStore.open(a); DekgStore restored = DekgStore.open(dir.resolve("b"))) {
            assertThat(isomorphic(source.dataset(), restored.dataset())).isTrue();
        }
    }

    private static int run(String... args) {
        CommandLine cl = new CommandLine(new ApecDekg());
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }
}
