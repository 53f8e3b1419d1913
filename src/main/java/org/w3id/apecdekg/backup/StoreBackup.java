package org.w3id.apecdekg.backup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.w3id.apecdekg.store.DekgStore;
import org.w3id.apecdekg.store.TdbBulkLoad;

/**
 * Snapshot, restore and compaction of a store. A snapshot is gzipped N-Quads of every quad (all named
 * graphs and the stored default graph) read in one read transaction, so it is consistent while
 * writers go on; it is written to a temporary file and moved into place, so a failed backup never
 * leaves a truncated file under the final name. A restore is one write transaction.
 */
public final class StoreBackup {

    /** What a backup wrote. */
    public record Result(Path file, long quads, long bytes) {}

    private StoreBackup() {}

    public static Result backup(DekgStore store, Path out) {
        Path target = out.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
            long quads;
            try (OutputStream file = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)), 65536)) {
                quads = Txn.calculateRead(store.dataset(), () -> write(store.dataset(), file));
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Result(target, quads, Files.size(target));
        } catch (IOException e) {
            throw new UncheckedIOException("backup to " + target + " failed: " + e.getMessage(), e);
        }
    }

    private static long write(DatasetGraph dsg, OutputStream out) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        AtomicLong count = new AtomicLong();
        writer.start();
        dsg.find().forEachRemaining(q -> {
            writer.quad(q);
            count.incrementAndGet();
        });
        writer.finish();
        return count.get();
    }

    /**
     * Loads snapshot {@code file} into {@code store} in one write transaction (parsing on a second
     * thread while the store indexes, see {@link TdbBulkLoad}). A store that holds
     * data is refused unless {@code force}, which replaces its content (in the same transaction).
     */
    public static long restore(Path file, DekgStore store, boolean force) {
        if (!force && !store.isEmpty()) {
            throw new IllegalStateException("store " + store.location() + " is not empty; use --force to replace it");
        }
        AtomicLong count = new AtomicLong();
        store.write(dsg -> {
            if (force) {
                dsg.clear();
            }
            count.set(TdbBulkLoad.load(dsg, stream -> {
                try (InputStream in = open(file)) {
                    RDFParser.source(in).lang(Lang.NQUADS).parse(stream);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
                } catch (RiotException e) {
                    throw new IllegalArgumentException(file + ": " + e.getMessage() + " (store unchanged)", e);
                }
            }));
        });
        return count.get();
    }

    private static InputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 65536);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 65536) : raw;
    }

    /** Compacts the store (a new generation without dead space; the old one is deleted); returns bytes before and after. */
    public static long[] compact(DekgStore store) {
        long before = size(store.directory());
        DatabaseMgr.compact(store.dataset(), true);
        return new long[] {before, size(store.directory())};
    }

    static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }
}
