package org.w3id.apecdekg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.common.transaction.IsolationLevels;
import org.eclipse.rdf4j.query.BooleanQuery;
import org.eclipse.rdf4j.query.GraphQuery;
import org.eclipse.rdf4j.query.QueryResults;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.sail.nativerdf.NativeStore;
import org.w3id.apecdekg.store.DekgStore;

/**
 * The optional third store of issue 8: RDF4J's native store, embedded, against TDB2 embedded, on the
 * same N-Quads and the same library query texts. Both run in the harness's JVM, one after the other,
 * with no server and no HTTP in between, so the figures compare the stores and their query engines
 * (ARQ over TDB2 with the union default graph; RDF4J's evaluation over all contexts, its default
 * dataset). Row counts of both are reported side by side: a difference means the two engines read a
 * query differently.
 */
final class NativeStoreBench {

    /** Same indexes as TDB2's quad indexes cover for this workload: subject, predicate, object, context first. */
    static final String INDEXES = "spoc,posc,ospc,cspo";
    private static final int TIMEOUT_SECONDS = 20;
    /** Queries slower than this on their first run are not repeated (warm time not measured). */
    private static final double REPEAT_BELOW_MILLIS = 5_000;

    /** One library query on both stores: first run, median of three more, rows; {@code error} if it failed. */
    record Timing(String query, double tdbCold, double tdbWarm, long tdbRows, double rdf4jCold, double rdf4jWarm,
            long rdf4jRows, String error) {}

    /** The load into the native store and the query timings. */
    record Result(LoadBench.Load load, long diskBytes, List<Timing> queries) {}

    private NativeStoreBench() {}

    /**
     * Loads {@code nquads} into a new native store in {@code dir} (one transaction), then runs every
     * query of {@code texts} (name → SPARQL) on it and on the TDB2 store in {@code tdbStore}.
     */
    static Result run(Path nquads, Path dir, Path tdbStore, Map<String, String> texts) {
        NativeStore sail = new NativeStore(dir.toFile(), INDEXES);
        SailRepository repo = new SailRepository(sail);
        repo.init();
        try {
            LoadBench.Load load = load(repo, nquads);
            long disk = size(dir);
            Map<String, double[]> tdb = new LinkedHashMap<>();
            try (DekgStore store = DekgStore.open(tdbStore)) {
                for (Map.Entry<String, String> e : texts.entrySet()) {
                    try {
                        tdb.put(e.getKey(), timeJena(store, e.getValue()));
                    } catch (RuntimeException ex) {
                        tdb.put(e.getKey(), new double[] {-1, -1, -1});
                    }
                }
            }
            List<Timing> timings = new ArrayList<>();
            try (RepositoryConnection c = repo.getConnection()) {
                for (Map.Entry<String, String> e : texts.entrySet()) {
                    double[] j = tdb.get(e.getKey());
                    String error = null;
                    double[] r;
                    try {
                        r = timeRdf4j(c, e.getValue());
                    } catch (RuntimeException ex) {
                        r = new double[] {-1, -1, -1};
                        error = ex.getClass().getSimpleName() + ": " + firstLine(ex.getMessage());
                    }
                    timings.add(new Timing(e.getKey(), j[0], j[1], (long) j[2], r[0], r[1], (long) r[2], error));
                }
            }
            return new Result(load, disk, timings);
        } finally {
            repo.shutDown();
        }
    }

    private static LoadBench.Load load(SailRepository repo, Path nquads) {
        long t0 = System.nanoTime();
        try (RepositoryConnection c = repo.getConnection(); InputStream in = LoadBench.open(nquads)) {
            // One transaction; isolation NONE is RDF4J's advice for bulk loads into the native store.
            c.begin(IsolationLevels.NONE);
            c.add(in, "", RDFFormat.NQUADS);
            c.commit();
            double s = (System.nanoTime() - t0) / 1e9;
            return new LoadBench.Load("N-Quads → RDF4J native store (1 txn, " + INDEXES + ")", c.size(), s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cold ms, warm ms (median of three), rows. */
    private static double[] timeJena(DekgStore store, String text) {
        Query query = QueryFactory.create(text);
        long[] rows = new long[1];
        double cold = millis(() -> rows[0] = Txn.calculateRead(store.dataset(), () -> countJena(store, query)));
        if (cold > REPEAT_BELOW_MILLIS) {
            return new double[] {cold, Double.NaN, rows[0]};
        }
        double warm = BenchMain.median(millis(() -> Txn.calculateRead(store.dataset(), () -> countJena(store, query))),
                millis(() -> Txn.calculateRead(store.dataset(), () -> countJena(store, query))),
                millis(() -> Txn.calculateRead(store.dataset(), () -> countJena(store, query))));
        return new double[] {cold, warm, rows[0]};
    }

    private static long countJena(DekgStore store, Query query) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(query)
                .timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).build()) {
            if (query.isSelectType()) {
                long n = 0;
                var rs = qe.execSelect();
                while (rs.hasNext()) {
                    rs.next();
                    n++;
                }
                return n;
            }
            if (query.isAskType()) {
                return qe.execAsk() ? 1 : 0;
            }
            return qe.execConstruct().size();
        }
    }

    /** Cold ms, warm ms (median of three), rows. */
    private static double[] timeRdf4j(RepositoryConnection c, String text) {
        long[] rows = new long[1];
        double cold = millis(() -> rows[0] = countRdf4j(c, text));
        if (cold > REPEAT_BELOW_MILLIS) {
            return new double[] {cold, Double.NaN, rows[0]};
        }
        double warm = BenchMain.median(millis(() -> countRdf4j(c, text)), millis(() -> countRdf4j(c, text)),
                millis(() -> countRdf4j(c, text)));
        return new double[] {cold, warm, rows[0]};
    }

    private static long countRdf4j(RepositoryConnection c, String text) {
        var query = c.prepareQuery(text);
        query.setMaxExecutionTime(TIMEOUT_SECONDS);
        if (query instanceof TupleQuery tq) {
            try (var result = tq.evaluate()) {
                return result.stream().count();
            }
        }
        if (query instanceof BooleanQuery bq) {
            return bq.evaluate() ? 1 : 0;
        }
        try (var result = ((GraphQuery) query).evaluate()) {
            return QueryResults.asModel(result).size();
        }
    }

    private static double millis(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }

    private static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
