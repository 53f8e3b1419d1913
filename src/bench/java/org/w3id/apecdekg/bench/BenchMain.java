package org.w3id.apecdekg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.w3id.apecdekg.query.QueryDefinition;
import org.w3id.apecdekg.query.QueryLibrary;

/**
 * The benchmark harness (issue 8). For every scale: generate data, measure loads, build one store,
 * then serve a copy of it with our server and with standalone Fuseki in turn, measuring startup,
 * library query times, closed-loop throughput and constant-rate latency at each client count, heap and
 * RSS. Prints the tables and writes {@code bench/results/<date>.md}. See {@code bench/README.md}.
 */
public final class BenchMain {

    private final BenchConfig config;
    private final Path basedir = Path.of("").toAbsolutePath();

    private BenchMain(BenchConfig config) {
        this.config = config;
    }

    public static void main(String[] args) throws Exception {
        BenchConfig config = BenchConfig.fromSystemProperties();
        System.out.println("bench: " + config);
        List<ScaleResult> results = new ArrayList<>();
        BenchMain bench = new BenchMain(config);
        boolean reviewsOnly = ReviewBench.MODE.equals("only");
        boolean extractionOnly = ExtractionBench.MODE.equals("only");
        boolean intakeOnly = IntakeBench.MODE.equals("only");
        if (!intakeOnly && !reviewsOnly && !extractionOnly) {
            for (long scale : config.scales()) {
                results.add(bench.runScale(scale));
            }
        }
        // Report intake (issue 18): bench.intake=true (after the scales), false, or only (no scales)
        IntakeBench.Result intake = IntakeBench.MODE.equals("false") || reviewsOnly || (extractionOnly && !intakeOnly)
                ? null : IntakeBench.run(config, bench.basedir);
        // Reviews (issue 20): bench.reviews=false (default), true (after the rest) or only
        ReviewBench.Result reviews = ReviewBench.MODE.equals("false") || (extractionOnly && !reviewsOnly) ? null
                : ReviewBench.run(config, bench.basedir);
        // Extraction speed (issue 19): bench.extraction=false (default), true (after the rest) or only
        ExtractionBench.Result extraction = ExtractionBench.MODE.equals("false")
                || ((intakeOnly || reviewsOnly) && !extractionOnly) ? null : ExtractionBench.run(config, bench.basedir);
        String markdown = new ResultsReport(config, results, intake, reviews, extraction).markdown();
        System.out.println(markdown);
        Files.createDirectories(config.results());
        String name = LocalDate.now() + (reviewsOnly ? "-reviews" : extractionOnly ? "-extraction" : "");
        Path out = config.results().resolve(name + ".md");
        for (int n = 2; Files.exists(out); n++) { // a second run the same day does not overwrite the first
            out = config.results().resolve(name + "-" + n + ".md");
        }
        Files.writeString(out, markdown, StandardCharsets.UTF_8);
        System.out.println("bench: wrote " + out);
        System.exit(0);
    }

    private ScaleResult runScale(long scale) {
        ScaleResult result = new ScaleResult(scale);
        Path dir = config.work().resolve(Long.toString(scale));
        Path nq = dir.resolve("data.nq.gz");
        Path ours = dir.resolve("store-ours");
        Path plain = dir.resolve("store-plain");
        Path bulk = dir.resolve("store-bulk");
        Stream.of(ours, plain, bulk, dir.resolve("reports")).forEach(BenchMain::delete);

        log(scale, "generating data");
        long t0 = System.nanoTime();
        result.catalog = new DataGenerator(config.seed()).write(nq, scale, basedir.resolve("ontology/dekg.ttl"),
                basedir.resolve("data/reference"));
        result.generateSeconds = (System.nanoTime() - t0) / 1e9;
        log(scale, result.catalog + " in " + String.format("%.1f s", result.generateSeconds));

        log(scale, "loading N-Quads");
        // The machine's run-to-run spread is ~10%: the N-Quads load runs LOAD_RUNS times into fresh
        // stores (the last one kept) and the median counts.
        List<LoadBench.Load> runs = new ArrayList<>();
        for (int i = 1; i <= LOAD_RUNS; i++) {
            Path target = i == LOAD_RUNS ? ours : dir.resolve("store-load-" + i);
            runs.add(LoadBench.nquads(nq, target));
            if (target != ours) {
                delete(target);
            }
        }
        runs.forEach(l -> result.nquadsSeconds.add(l.seconds()));
        LoadBench.Load median = runs.stream().sorted(Comparator.comparingDouble(LoadBench.Load::seconds))
                .toList().get(runs.size() / 2);
        result.loads.add(new LoadBench.Load(median.what() + (runs.size() > 1 ? ", median of " + runs.size() : ""),
                median.triples(), median.seconds()));
        if (!config.bulkLoader().equals("none")) {
            result.loads.add(LoadBench.bulk(nq, bulk, config.bulkLoader()));
            delete(bulk);
        }
        if (RDF4J) {
            // Before the reports go into our store: both stores then hold exactly the N-Quads.
            log(scale, "RDF4J native store: load, then the library queries on it and on TDB2 in process");
            QueryLibrary queries = QueryLibrary.load(basedir.resolve("queries"));
            Target texts = Target.plain(0, queries);
            Map<String, String> byName = new LinkedHashMap<>();
            queries.all().forEach(def -> byName.put(def.name(), texts.text(def.name())));
            Path native_ = dir.resolve("store-rdf4j");
            result.rdf4j = NativeStoreBench.run(nq, native_, ours, byName);
            delete(native_);
        }
        log(scale, "loading synthetic reports");
        ReportTextGenerator texts = new ReportTextGenerator(config.seed());
        List<Path> files = texts.write(dir.resolve("reports"), "synthetic-small", config.reports(), 25);
        List<Path> big = texts.write(dir.resolve("reports"), "synthetic-large", BIG_REPORTS, BIG_REPORT_ROWS);
        result.reports = LoadBench.reports(ours, basedir.resolve("data"), files, big);
        copy(ours, plain);

        QueryLibrary library = QueryLibrary.load(basedir.resolve("queries"));
        LoadDriver driver = new LoadDriver(result.catalog, config.seed());
        int warmup = Math.max(2, Math.min(10, config.seconds() / 3));

        log(scale, "serving with our server");
        try (ServerProcess server = startOurs(ours, dir)) {
            Target target = Target.ours(port, library);
            Target text = Target.oursSparql(port, library);
            result.startupMillis.put("ours", server.startupMillis());
            if (LIBRARY_TIMINGS) {
                libraryTimings(driver, library, target, null, result);
            }
            driver.run(target, 16, 0, warmup);
            closedLoops(driver, List.of(target, text), result);
            result.memory.put("ours", server.memory());
        }
        log(scale, "serving with standalone Fuseki");
        try (ServerProcess server = startPlain(plain, dir)) {
            Target target = Target.plain(port, library);
            result.startupMillis.put("plain", server.startupMillis());
            if (LIBRARY_TIMINGS) {
                libraryTimings(driver, library, null, target, result);
            }
            driver.run(target, 16, 0, warmup);
            closedLoops(driver, List.of(target), result);
            result.memory.put("plain", server.memory());
            for (int c : config.clients()) {
                double compare = compareRate(result, c);
                result.points.add(log(driver.run(target, c, compare, compareSeconds(compare))));
                result.points.add(log(driver.floor(target, c, rate(result, c), config.seconds())));
            }
        }
        log(scale, "serving with our server again (constant rate)");
        try (ServerProcess server = startOurs(ours, dir)) {
            Target target = Target.ours(port, library);
            Target text = Target.oursSparql(port, library);
            result.startupMillis.put("ours (restart)", server.startupMillis());
            // A fresh JVM: its JIT needs longer than the short warm-up before the closed loops (which
            // themselves warm the server for the rate points of the first two phases).
            driver.run(target, 16, 0, Math.max(warmup, 2 * config.seconds()));
            for (int c : config.clients()) {
                result.points.add(log(driver.run(target, c, rate(result, c), config.seconds())));
                result.points.add(log(driver.floor(target, c, rate(result, c), config.seconds())));
                double compare = compareRate(result, c);
                result.points.add(log(driver.run(text, c, compare, compareSeconds(compare))));
            }
        }
        if (STARTUPS) {
            startups(ours, plain, dir, result, driver, library);
        }
        Stream.of(ours, plain).forEach(BenchMain::delete);
        return result;
    }

    /**
     * {@code bench.library=false} skips the per-query timings (each query cold and repeated, on both
     * servers): at 10^7 their uncached runs take longer than the rest of the run.
     */
    private static final boolean LIBRARY_TIMINGS = Boolean.parseBoolean(System.getProperty("bench.library", "true"));

    /** Runs of the N-Quads load ({@code bench.load-runs}, default 3); the median is reported. */
    private static final int LOAD_RUNS = Math.max(1, Integer.getInteger("bench.load-runs", 3));

    /** {@code bench.rdf4j=false} skips RDF4J's native store (load and library queries, in process). */
    private static final boolean RDF4J = Boolean.parseBoolean(System.getProperty("bench.rdf4j", "true"));

    /** Rows of the large report: about 10^4 triples through the extractor. */
    static final int BIG_REPORT_ROWS = 150;

    /** Large reports loaded one after the other (each its own graph and transaction); the median counts. */
    static final int BIG_REPORTS = 3;

    /**
     * Rounds of the closed loops ({@code bench.closed-rounds}, default 3): every round runs each
     * target at each client count in turn, and the round with the median throughput counts. The first
     * round runs on a server JVM still compiling (at 16 clients 35–45% below the later rounds in the
     * 2026-11-27-18 and -19 runs), so a single round measured the JIT's progress as much as the server.
     */
    static final int CLOSED_ROUNDS = Math.max(1, Integer.getInteger("bench.closed-rounds", 3));

    /**
     * The closed loops of {@code targets} at every client count, {@link #CLOSED_ROUNDS} rounds: each
     * round runs every (client count, target) once, in that order. Adds the median-throughput round of
     * each to the result's points, and every round's throughput to its closed rounds.
     */
    private void closedLoops(LoadDriver driver, List<Target> targets, ScaleResult result) {
        Map<ScaleResult.Loop, List<LoadDriver.Point>> rounds = new LinkedHashMap<>();
        for (int round = 1; round <= CLOSED_ROUNDS; round++) {
            for (int c : config.clients()) {
                for (Target target : targets) {
                    rounds.computeIfAbsent(new ScaleResult.Loop(target.name(), c), k -> new ArrayList<>())
                            .add(log(driver.run(target, c, 0, config.seconds())));
                }
            }
        }
        rounds.forEach((key, points) -> {
            List<LoadDriver.Point> sorted = points.stream()
                    .sorted(Comparator.comparingDouble(LoadDriver.Point::throughput)).toList();
            result.points.add(sorted.get(sorted.size() / 2));
            result.closedRounds.put(key, points.stream().map(LoadDriver.Point::throughput).toList());
        });
    }

    private int port;

    /** Repeated starts of each way of starting on the scale's store ({@link StartupBench}). */
    private void startups(Path ours, Path plain, Path dir, ScaleResult result, LoadDriver driver, QueryLibrary library) {
        Path fastJava = StartupBench.fastStartJava();
        int fastFeature = StartupBench.featureOfJava(fastJava);
        int ownFeature = Runtime.version().feature();
        log(result.targetTriples, "preparing the fast start on " + fastJava + " (apec-dekg fast-start)");
        Path launcher = StartupBench.prepareFastStart(config.appJar(), fastJava, dir.resolve("fast-start"), basedir);
        log(result.targetTriples, "startup, " + StartupBench.STARTS + " starts each way");
        Map<String, StartupBench.Start> ways = new LinkedHashMap<>();
        List<String> props = List.of("-Ddekg.store=" + ours, "-Ddekg.data=" + basedir.resolve("data"));
        ways.put("ours: java -jar apec-dekg.jar (Java " + ownFeature + ")", () -> startJar(props, dir));
        result.fastStart = "ours: fast start (Java " + fastFeature + ", AOT mode + class cache)";
        ways.put(result.fastStart, () -> startFast(launcher, props, dir));
        ways.put("plain Fuseki (Java " + ownFeature + ")", () -> startPlain(java(), plain, dir));
        if (fastFeature != ownFeature) {
            ways.put("plain Fuseki (Java " + fastFeature + ")", () -> startPlain(fastJava.toString(), plain, dir));
        }
        result.startups = StartupBench.measure(ways);
        // The fast start (another JVM, AOT mode, the class cache) must not cost the serving: the
        // constant-rate points once more, on the fast start after the restart phase's warm-up.
        log(result.targetTriples, "serving with the fast start (constant rate)");
        try (ServerProcess server = startFast(launcher, props, dir)) {
            Target target = Target.oursFastStart(port, library);
            driver.run(target, 16, 0, Math.max(2, 2 * config.seconds()));
            for (int c : config.clients()) {
                result.points.add(log(driver.run(target, c, rate(result, c), config.seconds())));
            }
        }
    }

    /** Our jar without arguments, configured by system properties ({@code props}, the port added). */
    private ServerProcess startJar(List<String> props, Path dir) {
        port = ServerProcess.freePort();
        List<String> cmd = new ArrayList<>(List.of(java()));
        cmd.addAll(config.serverJvm());
        cmd.add("-Dserver.port=" + port);
        cmd.addAll(props);
        cmd.addAll(List.of("-jar", config.appJar().toString()));
        return ServerProcess.start(cmd, basedir, dir.resolve("startup-ours-" + port + ".log"), Target.ours(port, null).probe());
    }

    /** The fast-start launcher, the same JVM options and properties passed in {@code JAVA_OPTS}. */
    private ServerProcess startFast(Path launcher, List<String> props, Path dir) {
        port = ServerProcess.freePort();
        String opts = String.join(" ", config.serverJvm()) + " -Dserver.port=" + port + " " + String.join(" ", props);
        return ServerProcess.start(List.of(launcher.toString()), Map.of("JAVA_OPTS", opts), basedir,
                dir.resolve("startup-fast-" + port + ".log"), Target.ours(port, null).probe());
    }

    /** {@code bench.startups=false} skips the repeated starts ({@link StartupBench}). */
    private static final boolean STARTUPS = Boolean.parseBoolean(System.getProperty("bench.startups", "true"));

    private ServerProcess startOurs(Path store, Path dir) {
        port = ServerProcess.freePort();
        List<String> cmd = new ArrayList<>(List.of(java()));
        cmd.addAll(config.serverJvm());
        cmd.addAll(List.of("-jar", config.appJar().toString(), "serve", "--port", Integer.toString(port),
                "--store", store.toString(), "--data", basedir.resolve("data").toString()));
        return ServerProcess.start(cmd, basedir, dir.resolve("ours-" + port + ".log"),
                Target.ours(port, null).probe());
    }

    private ServerProcess startPlain(Path store, Path dir) {
        return startPlain(java(), store, dir);
    }

    private ServerProcess startPlain(String java, Path store, Path dir) {
        port = ServerProcess.freePort();
        Path base = dir.resolve("fuseki-base");
        try {
            Files.createDirectories(base);
            Files.writeString(base.resolve("config.ttl"), FUSEKI_CONFIG.replace("LOCATION", store.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(config.serverJvm());
        cmd.addAll(List.of("-jar", config.fusekiJar().toString(), "--port", Integer.toString(port),
                "--config", base.resolve("config.ttl").toString()));
        return ServerProcess.start(cmd, base, dir.resolve("plain-" + port + ".log"),
                Target.plain(port, null).probe());
    }

    /** Standalone Fuseki over TDB2 with the union default graph and the same 30 s query timeout as ours. */
    private static final String FUSEKI_CONFIG = """
            PREFIX fuseki: <http://jena.apache.org/fuseki#>
            PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
            PREFIX ja:     <http://jena.hpl.hp.com/2005/11/Assembler#>

            <#service> rdf:type fuseki:Service ;
                fuseki:name "ds" ;
                fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                fuseki:endpoint [ fuseki:operation fuseki:query ] ;
                fuseki:dataset <#dataset> .

            <#dataset> rdf:type tdb2:DatasetTDB2 ;
                tdb2:location "LOCATION" ;
                tdb2:unionDefaultGraph true ;
                ja:context [ ja:cxtName "arq:queryTimeout" ; ja:cxtValue "30000" ] .
            """;

    /** First call (cold) and repeated calls of every library query with its defaults. */
    private void libraryTimings(LoadDriver driver, QueryLibrary library, Target ours, Target plain,
            ScaleResult result) {
        for (QueryDefinition def : library.all()) {
            String q = def.name();
            if (ours != null) {
                double cold = driver.time(ours.library(q));
                double cached = median(driver.time(ours.library(q)), driver.time(ours.library(q)),
                        driver.time(ours.library(q)));
                double sparql = median(driver.time(ours.librarySparql(q)), driver.time(ours.librarySparql(q)),
                        driver.time(ours.librarySparql(q)));
                result.library.add(new ScaleResult.LibraryTiming(q, cold, cached, sparql, Double.NaN, Double.NaN));
            } else {
                double cold = driver.time(plain.library(q));
                double warm = median(driver.time(plain.library(q)), driver.time(plain.library(q)),
                        driver.time(plain.library(q)));
                result.library.replaceAll(t -> t.query().equals(q)
                        ? new ScaleResult.LibraryTiming(q, t.oursCold(), t.oursCached(), t.oursSparql(), cold, warm) : t);
            }
        }
    }

    /** The offered rate of our server's constant-rate and floor points at {@code clients}. */
    private double rate(ScaleResult result, int clients) {
        return offered(config.rate(), result, clients, List.of("ours"));
    }

    /** The offered rate of the side-by-side points (ours/sparql and plain, the same work) at {@code clients}. */
    private double compareRate(ScaleResult result, int clients) {
        return offered(config.compareRate(), result, clients, List.of("ours/sparql", "plain"));
    }

    /**
     * Seconds of a side-by-side point: at least {@code bench.duration}, and long enough for
     * {@link #COMPARE_SAMPLES} requests, so that a p50 at a low rate is not the median of a few dozen.
     */
    private int compareSeconds(double rate) {
        return (int) Math.max(config.seconds(), Math.ceil(COMPARE_SAMPLES / rate));
    }

    /** Requests per side-by-side point, at least. */
    static final int COMPARE_SAMPLES = 400;

    /** {@code setting} in queries/s, or {@code auto}: half the lowest closed-loop throughput of {@code targets}. */
    private static double offered(String setting, ScaleResult result, int clients, List<String> targets) {
        if (!setting.equals("auto")) {
            return Double.parseDouble(setting);
        }
        double lowest = result.points.stream().filter(p -> p.mode().equals("closed") && p.clients() == clients
                && targets.contains(p.target())).mapToDouble(LoadDriver.Point::throughput).min().orElse(2);
        return Math.max(1, 0.5 * lowest);
    }

    /** The median, or -1 if any value is -1 (an error). */
    static double median(double... values) {
        if (Arrays.stream(values).anyMatch(v -> v < 0)) {
            return -1;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static LoadDriver.Point log(LoadDriver.Point p) {
        System.out.printf("bench:   %-11s %-6s %2d clients: %7.1f q/s, p50 %7.2f ms, p99 %8.2f ms, %d errors %s%n",
                p.target(), p.mode(), p.clients(), p.throughput(), p.all().getValueAtPercentile(50) / 1e3,
                p.all().getValueAtPercentile(99) / 1e3, p.errors(), p.errors() > 0 ? p.errorKinds() : "");
        return p;
    }

    private static void log(long scale, String message) {
        System.out.println("bench: [" + scale + "] " + message);
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else if (!p.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(p, dest);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
