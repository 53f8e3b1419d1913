package org.w3id.apecdekg.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.jena.query.ARQ;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The knowledge graph's TDB2 store in one directory. The default graph of queries is the union of
 * all named graphs. Every write goes through {@link #write(Consumer)}: one transaction, committed
 * whole or aborted whole. {@link #version()} increases with every committed write.
 */
public final class DekgStore implements AutoCloseable {

    private final Path directory;
    private final DatasetGraph dataset;
    private final AtomicLong version = new AtomicLong();

    private DekgStore(Path directory, DatasetGraph dataset) {
        this.directory = directory;
        this.dataset = dataset;
    }

    /**
     * Opens (creating if needed) the store in {@code directory}; one process per directory. SPARQL
     * {@code SERVICE} (federated query) is switched off for every query over the store: a public
     * endpoint must not make HTTP calls or read files on a caller's behalf.
     */
    public static DekgStore open(Path directory) {
        Objects.requireNonNull(directory, "directory");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(directory.toString());
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg.getContext().set(Service.httpServiceAllowed, false);
        dsg.getContext().set(Service.serviceAllowed, false);
        return new DekgStore(directory, dsg);
    }

    /** Sets the query timeout applied to every SPARQL query run over this store. */
    public DekgStore queryTimeout(long millis) {
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(millis));
        return this;
    }

    public Path directory() {
        return directory;
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    /** Increases with every committed write; caches key on it. */
    public long version() {
        return version.get();
    }

    /** Runs {@code action} in one write transaction; an exception aborts it and is rethrown. */
    public void write(Consumer<DatasetGraph> action) {
        Txn.executeWrite(dataset, () -> action.accept(dataset));
        version.incrementAndGet();
    }

    /** Records a write made outside {@link #write(Consumer)} (e.g. by SPARQL Update). */
    public void markChanged() {
        version.incrementAndGet();
    }

    /** Number of quads in all graphs (the stored default graph included), read in its own transaction. */
    public long quadCount() {
        return Txn.calculateRead(dataset, () -> Iter.count(dataset.find()));
    }

    /** True when the store holds no quads at all. */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, dataset::isEmpty);
    }

    @Override
    public void close() {
        TDBInternal.expel(dataset);
    }
}
