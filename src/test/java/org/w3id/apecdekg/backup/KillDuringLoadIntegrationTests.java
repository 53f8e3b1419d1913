package org.w3id.apecdekg.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.apecdekg.store.DekgStore;

/**
 * SIGKILL in the middle of a large one-transaction load (in a child JVM) leaves the store exactly as
 * it was before the load: same quads, isomorphic, and the store opens and accepts writes again.
 */
class KillDuringLoadIntegrationTests {

    @TempDir
    Path dir;

    @Test
    void killedLoadLeavesTheStoreAsBefore() throws Exception {
        Path storeDir = dir.resolve("tdb2");
        DatasetGraph before = DatasetGraphFactory.createTxnMem();
        try (DekgStore store = DekgStore.open(storeDir)) {
            store.write(dsg -> {
                for (int i = 0; i < 1000; i++) {
                    dsg.add(org.apache.jena.sparql.core.Quad.create(
                            org.apache.jena.graph.NodeFactory.createURI("urn:before:g" + (i % 7)),
                            org.apache.jena.graph.NodeFactory.createURI("urn:before:s" + i),
                            org.apache.jena.graph.NodeFactory.createURI("urn:before:p"),
                            org.apache.jena.graph.NodeFactory.createLiteralString("value " + i)));
                }
            });
            Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(before::add));
        }
        Path big = dir.resolve("big.nq");
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 400_000; i++) {
                w.write("<urn:load:s" + i + "> <urn:load:p" + (i % 13) + "> \"a literal of some length, number "
                        + i + "\"@en <urn:load:g" + (i % 5) + "> .\n");
            }
        }

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                SlowLoadMain.class.getName(), storeDir.toString(), big.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertThat(line).as("child output").isEqualTo("started");
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("killed, not finished").isNotZero();
        } finally {
            child.destroyForcibly();
        }

        try (DekgStore store = DekgStore.open(storeDir)) {
            assertThat(store.quadCount()).isEqualTo(1000);
            boolean same = Txn.calculateRead(store.dataset(), () -> Txn.calculateRead(before,
                    () -> IsoMatcher.isomorphic(before, store.dataset())));
            assertThat(same).isTrue();
            store.write(dsg -> dsg.add(org.apache.jena.sparql.core.Quad.create(
                    org.apache.jena.graph.NodeFactory.createURI("urn:after:g"),
                    org.apache.jena.graph.NodeFactory.createURI("urn:after:s"),
                    org.apache.jena.graph.NodeFactory.createURI("urn:after:p"),
                    org.apache.jena.graph.NodeFactory.createURI("urn:after:o"))));
            assertThat(store.quadCount()).isEqualTo(1001);
        }
    }
}
