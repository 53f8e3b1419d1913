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
import org.w3id.apecdekg.DekgProperties;
import org.w3id.apecdekg.bundle.PathCheck;
import org.w3id.apecdekg.remote.RemoteDatasetGraph;
import org.w3id.apecdekg.remote.RemoteEndpoints;

/**
 * The knowledge graph's store: embedded TDB2 in one directory ({@link #open(Path)}), or a remote
 * SPARQL 1.1 service ({@link #connect(RemoteEndpoints)}). The default graph of queries is the union of
 * all named graphs. Every write goes through {@link #write(Consumer)}: one transaction, committed
 * whole or aborted whole (remote: one update request). {@link #version()} increases with every
 * committed write made through this process.
 */
public final class DekgStore implements AutoCloseable {

    private final Path directory;
    private final RemoteDatasetGraph remote;
    private final DatasetGraph dataset;
    private final AtomicLong version = new AtomicLong();
    /** Remote store: cached answers expire after this many milliseconds (0: only writes expire them). */
    private volatile long cacheTtlMillis;

    private DekgStore(Path directory, RemoteDatasetGraph remote, DatasetGraph dataset) {
        this.directory = directory;
        this.remote = remote;
        this.dataset = dataset;
    }

    /** The store configured: {@code dekg.store-url} when set, else the directory {@code dekg.store}. */
    public static DekgStore open(DekgProperties properties) {
        if (!properties.isRemoteStore()) {
            return open(properties.getStore());
        }
        DekgProperties.Remote r = properties.getRemote();
        return connect(RemoteEndpoints.of(properties.getStoreUrl(), r.getQueryEndpoint(), r.getUpdateEndpoint(),
                r.getUsername(), r.getPassword(), r.getTimeout()))
                .cacheTtl(r.getCacheTtl().toMillis());
    }

    /**
     * Uses the remote SPARQL service at {@code endpoints}, checking first that it answers a query.
     *
     * @throws IllegalStateException naming the endpoint when it does not answer
     */
    public static DekgStore connect(RemoteEndpoints endpoints) {
        RemoteDatasetGraph dsg = new RemoteDatasetGraph(endpoints);
        dsg.getContext().set(Service.httpServiceAllowed, false);
        dsg.getContext().set(Service.serviceAllowed, false);
        try {
            dsg.isEmpty();
        } catch (RuntimeException e) {
            throw new IllegalStateException("remote store does not answer at " + endpoints.query() + ": "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
        }
        return new DekgStore(null, dsg, dsg);
    }

    /**
     * Opens (creating if needed) the store in {@code directory}; one process per directory; a directory that
     * cannot be created or written is a {@link org.w3id.apecdekg.bundle.BadPathException} naming it. SPARQL
     * {@code SERVICE} (federated query) is switched off for every query over the store: a public
     * endpoint must not make HTTP calls or read files on a caller's behalf.
     */
    public static DekgStore open(Path directory) {
        Objects.requireNonNull(directory, "directory");
        PathCheck.writableDirectory(directory, "store");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(directory.toString());
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg.getContext().set(Service.httpServiceAllowed, false);
        dsg.getContext().set(Service.serviceAllowed, false);
        return new DekgStore(directory, null, dsg);
    }

    /** Sets the query timeout applied to every SPARQL query run over this store. */
    public DekgStore queryTimeout(long millis) {
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(millis));
        return this;
    }

    /**
     * Checks what the application assumes of the store: for a remote store, that its default graph is
     * the union of its named graphs (the embedded store is configured so).
     */
    public void checkAssumptions() {
        if (remote != null) {
            remote.checkUnionDefaultGraph();
        }
    }

    /** True when the graph lives in a remote SPARQL service rather than in a local directory. */
    public boolean isRemote() {
        return remote != null;
    }

    /** The TDB2 directory; a remote store has none (its backups and compaction are the service's). */
    public Path directory() {
        if (directory == null) {
            throw new UnsupportedOperationException("the store is remote (" + remote.endpoints()
                    + "): it has no local directory; compact or copy it with the remote service's tools");
        }
        return directory;
    }

    /** Where the store is, for messages: its directory or its remote endpoints. */
    public String location() {
        return remote != null ? remote.endpoints().toString() : directory.toString();
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    /**
     * Changes with every committed write through this process; caches key on it. For a remote store,
     * which others may write to directly, it also changes every {@link #cacheTtl cache TTL}.
     */
    public long version() {
        long writes = version.get();
        long ttl = cacheTtlMillis;
        if (remote == null || ttl <= 0) {
            return writes;
        }
        return (writes << 32) | ((System.currentTimeMillis() / ttl) & 0xFFFF_FFFFL);
    }

    /** Remote store: how long cached answers may be served (0: until the next write through this process). */
    public DekgStore cacheTtl(long millis) {
        this.cacheTtlMillis = Math.max(0, millis);
        return this;
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
        if (remote != null) {
            return remote.countQuads();
        }
        return Txn.calculateRead(dataset, () -> Iter.count(dataset.find()));
    }

    /** True when the store holds no quads at all. */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, dataset::isEmpty);
    }

    @Override
    public void close() {
        if (remote != null) {
            remote.close();
            return;
        }
        TDBInternal.expel(dataset);
    }
}
