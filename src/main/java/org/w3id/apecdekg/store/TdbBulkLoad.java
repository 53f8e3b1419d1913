package org.w3id.apecdekg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Bulk RDF into a dataset inside the caller's write transaction: the parser runs on a second thread
 * and hands quads over in batches, so parsing overlaps with indexing instead of taking turns with it.
 * The caller's transaction stays the only one: its commit makes the load visible, its abort (after an
 * exception from here) undoes all of it.
 *
 * <p>TDB2's own bulk loaders ({@code org.apache.jena.tdb2.loader.LoaderFactory}) cannot be used inside
 * a transaction: the phased and parallel loaders take the store into exclusive mode (waiting for every
 * transaction to end) and the sequential and basic loaders begin their own transaction.
 */
public final class TdbBulkLoad {

    private static final int BATCH = 8192;
    private static final int QUEUED_BATCHES = 8;
    private static final List<Quad> END = List.of();

    private TdbBulkLoad() {}

    /**
     * Adds to {@code dsg} (in a write transaction on the calling thread) every quad and triple that
     * {@code parse} sends to the stream it is given (triples go to the default graph); returns how many.
     * A parse error is rethrown here, after which the caller's transaction must be aborted.
     */
    public static long load(DatasetGraph dsg, Consumer<StreamRDF> parse) {
        BlockingQueue<List<Quad>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        Batcher batcher = new Batcher(queue);
        Thread parser = new Thread(() -> {
            try {
                parse.accept(batcher);
                batcher.flush();
            } catch (Throwable t) {
                batcher.failure = t;
            } finally {
                batcher.done();
            }
        }, "dekg-bulk-parse");
        parser.setDaemon(true);
        parser.start();
        long count = 0;
        try {
            while (true) {
                List<Quad> batch = queue.take();
                if (batch == END) {
                    break;
                }
                for (Quad q : batch) {
                    dsg.add(q);
                }
                count += batch.size();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            batcher.cancelled = true;
            throw new IllegalStateException("interrupted while loading", e);
        } catch (RuntimeException | Error e) {
            batcher.cancelled = true;
            throw e;
        } finally {
            if (batcher.cancelled) {
                queue.clear();
            }
            try {
                parser.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Throwable failure = batcher.failure;
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error err) {
            throw err;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        return count;
    }

    /** The parser's side: collects quads into batches and queues them; stops when the loader gave up. */
    private static final class Batcher extends StreamRDFBase {

        private final BlockingQueue<List<Quad>> queue;
        private List<Quad> batch = new ArrayList<>(BATCH);
        volatile boolean cancelled;
        volatile Throwable failure;

        Batcher(BlockingQueue<List<Quad>> queue) {
            this.queue = queue;
        }

        @Override
        public void triple(Triple triple) {
            quad(Quad.create(Quad.defaultGraphIRI, triple));
        }

        @Override
        public void quad(Quad quad) {
            batch.add(quad);
            if (batch.size() >= BATCH) {
                flush();
            }
        }

        void flush() {
            if (!batch.isEmpty()) {
                put(batch);
                batch = new ArrayList<>(BATCH);
            }
        }

        void done() {
            if (!cancelled) {
                try {
                    put(END);
                } catch (RuntimeException e) {
                    // cancelled meanwhile: nobody is waiting
                }
            }
        }

        private void put(List<Quad> items) {
            try {
                while (!queue.offer(items, 100, TimeUnit.MILLISECONDS)) {
                    if (cancelled) {
                        throw new IllegalStateException("load abandoned");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while parsing", e);
            }
        }
    }
}
