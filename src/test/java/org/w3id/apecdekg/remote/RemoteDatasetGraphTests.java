package org.w3id.apecdekg.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.apecdekg.store.DekgStore;

/**
 * The remote {@code DatasetGraph} against a real standalone Fuseki server: the same writes applied to
 * it and to an in-memory dataset leave the same quads, and its finds answer as the in-memory ones; a
 * service whose default graph is not the union of its named graphs is refused with a clear message.
 */
class RemoteDatasetGraphTests {

    @TempDir
    static Path dir;

    static StandaloneFuseki fuseki;
    static StandaloneFuseki plainDefaultGraph;

    @BeforeAll
    static void start() {
        fuseki = StandaloneFuseki.start(dir.resolve("union"));
        plainDefaultGraph = StandaloneFuseki.start(dir.resolve("plain"), false);
    }

    @AfterAll
    static void stop() {
        fuseki.close();
        plainDefaultGraph.close();
    }

    private static final Node G1 = NodeFactory.createURI("urn:t:g1");
    private static final Node G2 = NodeFactory.createURI("urn:t:g2");
    /** The graph of the default-graph check (apart from the graphs the other tests compare). */
    private static final Node CHECK = NodeFactory.createURI("urn:t:check");
    private static final Node A = NodeFactory.createURI("urn:t:a");
    private static final Node B = NodeFactory.createURI("urn:t:b");
    private static final Node P = NodeFactory.createURI("urn:t:p");
    private static final Node Q = NodeFactory.createURI("urn:t:q");
    private static final Node ZH = NodeFactory.createLiteralLang("數位經濟", "zh-Hant");
    private static final Node NUM = NodeFactory.createLiteralDT("42", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
    private static final Node QUOTE = NodeFactory.createLiteralString("say \"hi\"\nnext line");

    @Test
    void writesAndFindsMatchAnInMemoryDataset() {
        RemoteDatasetGraph remote = new RemoteDatasetGraph(endpoints(fuseki));
        DatasetGraph local = DatasetGraphFactory.createTxnMem();
        List<Consumer<DatasetGraph>> steps = List.of(
                d -> {
                    d.add(G1, A, P, ZH);
                    d.add(G1, A, P, NUM);
                    d.add(G1, A, Q, B);
                    d.add(G2, B, P, QUOTE);
                    d.add(G2, A, P, ZH);
                },
                d -> {
                    d.delete(G1, A, P, NUM);
                    d.deleteAny(Node.ANY, A, P, Node.ANY); // from every graph
                    d.add(G1, B, Q, A);
                },
                d -> {
                    d.removeGraph(G2);
                    d.add(G2, A, Q, NUM);
                });
        for (Consumer<DatasetGraph> step : steps) {
            Txn.executeWrite(remote, () -> step.accept(remote));
            Txn.executeWrite(local, () -> step.accept(local));
            assertThat(quads(remote, G1, Node.ANY, Node.ANY, Node.ANY)).isEqualTo(quads(local, G1, Node.ANY, Node.ANY, Node.ANY));
            assertThat(quads(remote, G2, Node.ANY, Node.ANY, Node.ANY)).isEqualTo(quads(local, G2, Node.ANY, Node.ANY, Node.ANY));
        }
        Txn.executeRead(remote, () -> {
            assertThat(quads(remote, G1, Node.ANY, Node.ANY, Node.ANY)).isEqualTo(quads(local, G1, Node.ANY, Node.ANY, Node.ANY));
            assertThat(quads(remote, Node.ANY, B, Node.ANY, Node.ANY)).isEqualTo(quads(local, Node.ANY, B, Node.ANY, Node.ANY));
            assertThat(quads(remote, Node.ANY, Node.ANY, Node.ANY, NUM)).isEqualTo(quads(local, Node.ANY, Node.ANY, Node.ANY, NUM));
            assertThat(quads(remote, Node.ANY, Node.ANY, Q, Node.ANY)).hasSize(3).isEqualTo(quads(local, Node.ANY, Node.ANY, Q, Node.ANY));
            assertThat(remote.containsGraph(G1)).isTrue();
            assertThat(remote.containsGraph(NodeFactory.createURI("urn:t:none"))).isFalse();
            Set<Node> graphs = new HashSet<>();
            remote.listGraphNodes().forEachRemaining(graphs::add);
            assertThat(graphs).contains(G1, G2).doesNotContain(NodeFactory.createURI("urn:t:aborted"));
            // the default graph is the union of the named graphs
            assertThat(remote.getDefaultGraph().contains(B, Q, A)).isTrue();
        });
    }

    @Test
    void anAbortedTransactionSendsNothingAndWritesNeedATransaction() {
        RemoteDatasetGraph remote = new RemoteDatasetGraph(endpoints(fuseki));
        Node g = NodeFactory.createURI("urn:t:aborted");
        remote.begin(org.apache.jena.query.TxnType.WRITE);
        remote.add(g, A, P, B);
        remote.abort();
        remote.end();
        assertThat(Txn.calculateRead(remote, () -> remote.containsGraph(g))).isFalse();
        assertThatThrownBy(() -> remote.add(g, A, P, B)).hasMessageContaining("write transaction");
    }

    @Test
    void aServiceWithoutTheUnionDefaultGraphIsRefused() {
        try (DekgStore store = DekgStore.connect(endpoints(plainDefaultGraph))) {
            store.checkAssumptions(); // empty: nothing to tell yet
            store.write(d -> d.add(CHECK, A, P, B));
            assertThatThrownBy(store::checkAssumptions)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("default graph is not the union of its named graphs")
                    .hasMessageContaining("tdb2:unionDefaultGraph true");
        }
        try (DekgStore store = DekgStore.connect(endpoints(fuseki))) {
            store.write(d -> d.add(CHECK, A, P, B));
            store.checkAssumptions();
        }
    }

    @Test
    void cachedAnswersOfARemoteStoreExpireAfterTheTtlAndOnEveryWrite() throws InterruptedException {
        try (DekgStore store = DekgStore.connect(endpoints(fuseki)).cacheTtl(150)) {
            long first = store.version();
            store.write(d -> d.add(CHECK, B, P, A));
            long afterWrite = store.version();
            assertThat(afterWrite).isNotEqualTo(first);
            Thread.sleep(400);
            assertThat(store.version()).as("expired by time").isNotEqualTo(afterWrite);
        }
        try (DekgStore store = DekgStore.connect(endpoints(fuseki)).cacheTtl(0)) {
            long first = store.version();
            Thread.sleep(50);
            assertThat(store.version()).as("no TTL: only writes").isEqualTo(first);
        }
    }

    private static RemoteEndpoints endpoints(StandaloneFuseki server) {
        return RemoteEndpoints.of(server.datasetUrl(), null, null, null, null, Duration.ofSeconds(30));
    }

    private static Set<Quad> quads(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> all = new HashSet<>();
            dsg.find(g, s, p, o).forEachRemaining(all::add);
            return all;
        });
    }
}
