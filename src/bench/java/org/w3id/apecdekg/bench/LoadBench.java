package org.w3id.apecdekg.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.apecdekg.DekgProperties;
import org.w3id.apecdekg.ingest.Ingest;
import org.w3id.apecdekg.ingest.ReportLoader;
import org.w3id.apecdekg.report.Extraction;
import org.w3id.apecdekg.report.ReportReader;
import org.w3id.apecdekg.store.DekgStore;
import org.w3id.apecdekg.store.TdbBulkLoad;

/** Load throughput into TDB2, measured from start to commit. */
final class LoadBench {

    /** One load: what, how many triples (quads), how long. */
    record Load(String what, long triples, double seconds) {
        double perSecond() {
            return triples / seconds;
        }
    }

    /** The report-loader figures: every synthetic report, then the large reports one by one. */
    record Reports(int count, long triples, double seconds, double p50Millis, double maxMillis, List<Big> big,
            double bigExtractMillis) {

        /** The large report whose commit took the median time of {@link #big}. */
        Big bigMedian() {
            List<Big> sorted = big.stream().sorted(Comparator.comparingDouble(Big::millis)).toList();
            return sorted.get(sorted.size() / 2);
        }
    }

    /** One large report: its triples and the milliseconds to read, extract and commit it. */
    record Big(long triples, double millis) {}

    private static final MonitorOutput QUIET = (fmt, args) -> { };

    private LoadBench() {}

    /**
     * N-Quads → {@code DekgStore.write}: one write transaction, parsed on a second thread while the
     * store indexes ({@link TdbBulkLoad}), then commit.
     */
    static Load nquads(Path file, Path storeDir) {
        try (DekgStore store = DekgStore.open(storeDir)) {
            long t0 = System.nanoTime();
            store.write(dsg -> TdbBulkLoad.load(dsg, stream -> {
                try (InputStream in = open(file)) {
                    RDFParser.source(in).lang(Lang.NQUADS).parse(stream);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            double s = (System.nanoTime() - t0) / 1e9;
            return new Load("N-Quads → DekgStore.write (1 txn, TdbBulkLoad)", store.quadCount(), s);
        }
    }

    /** The file as a buffered stream, gunzipped when its name ends in {@code .gz}. */
    static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** N-Quads → TDB2's own bulk loader ({@code phased}, {@code parallel} or {@code sequential}). */
    static Load bulk(Path file, Path storeDir, String kind) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(storeDir.toString());
        try {
            DataLoader loader = switch (kind) {
                case "parallel" -> LoaderFactory.parallelLoader(dsg, QUIET);
                case "sequential" -> LoaderFactory.sequentialLoader(dsg, QUIET);
                default -> LoaderFactory.phasedLoader(dsg, QUIET);
            };
            long t0 = System.nanoTime();
            loader.startBulk();
            try {
                loader.load(file.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            double s = (System.nanoTime() - t0) / 1e9;
            long quads = Txn.calculateRead(dsg, () -> Iter.count(dsg.find()));
            return new Load("N-Quads → TDB2 " + kind + " bulk loader", quads, s);
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /**
     * The report loader over {@code files} into the store at {@code storeDir} (already holding the
     * generated data), one transaction per file, then each of {@code bigs} alone (a report, a named
     * graph and a transaction each: one sample per report, of which the median counts); times include
     * reading, extraction and commit. The extraction of the first large report is also timed alone.
     */
    static Reports reports(Path storeDir, Path dataDir, List<Path> files, List<Path> bigs) {
        DekgProperties properties = new DekgProperties();
        properties.setData(dataDir);
        properties.setStore(storeDir);
        ReportLoader loader = Ingest.reportLoader(properties);
        try (DekgStore store = DekgStore.open(storeDir)) {
            Ingest.ensureReference(store, properties);
            List<Double> millis = new ArrayList<>();
            long triples = 0;
            for (Path file : files) {
                long t0 = System.nanoTime();
                triples += loader.load(store, file).triples();
                millis.add((System.nanoTime() - t0) / 1e6);
            }
            double total = millis.stream().mapToDouble(Double::doubleValue).sum() / 1e3;
            var extractor = Ingest.extractor(properties);
            long t0 = System.nanoTime();
            Extraction extraction = extractor.extract(
                    ReportReader.read(bigs.get(0), properties.getMaxReportBytes()));
            double extract = (System.nanoTime() - t0) / 1e6;
            List<Big> big = new ArrayList<>();
            for (Path file : bigs) {
                t0 = System.nanoTime();
                long bigTriples = loader.load(store, file).triples();
                big.add(new Big(bigTriples, (System.nanoTime() - t0) / 1e6));
            }
            if (extraction.facts().size() != big.get(0).triples()) {
                throw new IllegalStateException("extraction is not deterministic: " + big.get(0).triples());
            }
            List<Double> sorted = millis.stream().sorted().toList();
            return new Reports(files.size(), triples, total, sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2),
                    sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1), big, extract);
        }
    }
}
