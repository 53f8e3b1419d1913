package org.w3id.apecdekg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;

/** The results as Markdown: machine facts, then per scale loads, startup, memory, queries, targets. */
final class ResultsReport {

    private final BenchConfig config;
    private final List<ScaleResult> results;
    private final StringBuilder b = new StringBuilder();

    /** The report-intake part (issue 18); null when not run ({@code bench.intake=false}). */
    private final IntakeBench.Result intake;

    ResultsReport(BenchConfig config, List<ScaleResult> results) {
        this(config, results, null);
    }

    /** The review part (issue 20); null when not run ({@code bench.reviews=false}). */
    private final ReviewBench.Result reviews;

    ResultsReport(BenchConfig config, List<ScaleResult> results, IntakeBench.Result intake) {
        this(config, results, intake, null);
    }

    ResultsReport(BenchConfig config, List<ScaleResult> results, IntakeBench.Result intake, ReviewBench.Result reviews) {
        this(config, results, intake, reviews, null);
    }

    /** The extraction-speed part (issue 19); null when not run ({@code bench.extraction=false}). */
    private final ExtractionBench.Result extraction;

    ResultsReport(BenchConfig config, List<ScaleResult> results, IntakeBench.Result intake, ReviewBench.Result reviews,
            ExtractionBench.Result extraction) {
        this.config = config;
        this.results = results;
        this.intake = intake;
        this.reviews = reviews;
        this.extraction = extraction;
    }

    String markdown() {
        b.append("# Benchmark results ").append(ZonedDateTime.now().withNano(0)).append("\n\n");
        machine();
        for (ScaleResult r : results) {
            scale(r);
        }
        if (intake != null) {
            b.append(IntakeBench.markdown(intake));
        }
        if (reviews != null) {
            b.append(ReviewBench.markdown(reviews));
        }
        if (extraction != null) {
            b.append(ExtractionBench.markdown(extraction));
        }
        return b.toString();
    }

    /** The other {@code bench.*} properties set for this run (not the paths), as {@code -D} options. */
    private static String otherSettings() {
        Set<String> shown = Set.of("bench.scales", "bench.duration", "bench.clients", "bench.reports", "bench.rate",
                "bench.compare-rate", "bench.bulk", "bench.work", "bench.results", "bench.app.jar", "bench.fuseki.jar");
        StringBuilder options = new StringBuilder();
        new TreeMap<>(System.getProperties()).forEach((key, value) -> {
            String name = key.toString();
            String v = value.toString().trim();
            if (name.startsWith("bench.") && !shown.contains(name) && !v.isEmpty() && !v.startsWith("${")) {
                options.append(" -D").append(name).append('=').append(v.contains(" ") ? "\"" + v + "\"" : v);
            }
        });
        return options.toString();
    }

    private void machine() {
        b.append("## Machine and run\n\n| | |\n|---|---|\n");
        if (results.isEmpty() && extraction != null && reviews == null && intake == null) { // bench.extraction=only
            row("command", "`mvn -Pbench package" + otherSettings().replaceAll(" -Dbench\\.(?!extraction)\\S+", "")
                    .replaceAll(" -Dbench\\.extraction\\.note=(\"[^\"]*\"|\\S+)", "") + "`");
        } else if (results.isEmpty() && reviews != null && intake == null) { // bench.reviews=only
            row("command", "`mvn -Pbench package -Dbench.duration=" + config.seconds() + " -Dbench.rate=" + config.rate()
                    + otherSettings().replaceAll(" -Dbench\\.(?!reviews|seed|server)\\S+", "") + "`");
        } else if (results.isEmpty()) { // bench.intake=only: only the intake settings and the seed apply
            row("command", "`mvn -Pbench package" + otherSettings().replaceAll(" -Dbench\\.(?!intake|seed)\\S+", "") + "`");
        } else {
            row("command", "`mvn -Pbench package -Dbench.scales=" + config.scales().stream().map(String::valueOf)
                    .collect(Collectors.joining(",")) + " -Dbench.duration=" + config.seconds() + " -Dbench.clients="
                    + config.clients().stream().map(String::valueOf).collect(Collectors.joining(",")) + " -Dbench.reports="
                    + config.reports() + " -Dbench.rate=" + config.rate()
                    + " -Dbench.compare-rate=" + config.compareRate() + " -Dbench.bulk=" + config.bulkLoader()
                    + otherSettings() + "`");
        }
        row("cores", Runtime.getRuntime().availableProcessors() + " (" + first("/proc/cpuinfo", "model name") + ")");
        row("memory", first("/proc/meminfo", "MemTotal"));
        row("load average at end", read("/proc/loadavg"));
        row("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        row("harness JVM flags", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-Dbench.")).toList()));
        row("server JVM flags (both servers)", String.join(" ", config.serverJvm()));
        row("starts per way of starting (`bench.starts`); fast-start JVM (`bench.fast-start.java`)",
                StartupBench.STARTS + "; " + StartupBench.fastStartJava());
        row("seed", Long.toString(config.seed()));
        b.append("\n");
    }

    private void scale(ScaleResult r) {
        b.append("## ").append(String.format(Locale.ROOT, "%,d", r.targetTriples)).append(" triples\n\n");
        b.append("Generated ").append(r.catalog).append(" in ").append(f1(r.generateSeconds)).append(" s.\n\n");
        b.append("### Load (committed)\n\n| path | triples | seconds | triples/s |\n|---|---:|---:|---:|\n");
        for (LoadBench.Load l : r.loads) {
            b.append("| ").append(l.what()).append(" | ").append(l.triples()).append(" | ").append(f2(l.seconds()))
                    .append(" | ").append(f0(l.perSecond())).append(" |\n");
        }
        LoadBench.Reports rep = r.reports;
        b.append("| report loader, ").append(rep.count()).append(" synthetic reports (read + extract + commit) | ")
                .append(rep.triples()).append(" | ").append(f2(rep.seconds())).append(" | ")
                .append(f0(rep.triples() / rep.seconds())).append(" |\n\n");
        if (r.nquadsSeconds.size() > 1) {
            b.append("N-Quads → DekgStore.write, every run (s): ").append(String.join(" / ",
                    r.nquadsSeconds.stream().map(ResultsReport::f2).toList())).append(".\n\n");
        }
        b.append("Report loader per report: p50 ").append(f1(rep.p50Millis())).append(" ms, max ")
                .append(f1(rep.maxMillis())).append(" ms. Large reports, one after the other, each its own graph and ")
                .append("transaction (read + extract + commit): ").append(String.join(", ", rep.big().stream()
                        .map(g -> g.triples() + " triples in " + f1(g.millis()) + " ms").toList()))
                .append("; median ").append(f1(rep.bigMedian().millis())).append(" ms (extraction alone of the first ")
                .append(f1(rep.bigExtractMillis())).append(" ms).\n\n");

        b.append("### Startup and memory\n\n| server | startup to first answered query (ms) | heap used (MB) "
                + "| heap committed (MB) | live heap after full GC (MB) | RSS (MB) |\n|---|---:|---:|---:|---:|---:|\n");
        r.startupMillis.forEach((name, ms) -> {
            ServerProcess.Memory m = r.memory.get(name);
            b.append("| ").append(name).append(" | ").append(f0(ms)).append(" | ")
                    .append(m == null ? "" : f0(m.heapUsedMb()) + " | " + f0(m.heapCommittedMb()) + " | "
                            + f0(m.liveMb()) + " | " + f0(m.rssMb()))
                    .append(m == null ? " | | | |" : " |").append("\n");
        });
        b.append("\nMemory is read after the closed-loop runs.\n\n");
        if (!r.startups.isEmpty()) {
            b.append("### Startup, ").append(StartupBench.STARTS).append(" starts each way\n\n")
                    .append("To the first answered `ASK {}`, on this scale's store. Ours starts without arguments, "
                            + "configured by system properties.\n\n| start | median (ms) | min | max | every start (ms) |\n"
                            + "|---|---:|---:|---:|---|\n");
            r.startups.forEach((name, ms) -> b.append("| ").append(name).append(" | ")
                    .append(f0(BenchMain.median(ms.stream().mapToDouble(Double::doubleValue).toArray()))).append(" | ")
                    .append(f0(ms.stream().min(Double::compare).orElse(0.0))).append(" | ")
                    .append(f0(ms.stream().max(Double::compare).orElse(0.0))).append(" | ")
                    .append(String.join(", ", ms.stream().map(ResultsReport::f0).toList())).append(" |\n"));
            b.append("\n");
            LoadDriver.Point fast = r.point("ours (fast start)", "rate", 16);
            LoadDriver.Point normal = r.point("ours", "rate", 16);
            if (fast != null && normal != null) {
                b.append("Serving on the fast start (constant rate, 16 clients, after a warm-up of 2 × duration): lookups p50/p99 ")
                        .append(pct(fast.lookups(), 50)).append(" / ").append(pct(fast.lookups(), 99))
                        .append(" ms, all requests ").append(pct(fast.all(), 50)).append(" / ").append(pct(fast.all(), 99))
                        .append(" ms; started with java -jar: ").append(pct(normal.lookups(), 50)).append(" / ")
                        .append(pct(normal.lookups(), 99)).append(" ms, all ").append(pct(normal.all(), 50)).append(" / ")
                        .append(pct(normal.all(), 99)).append(" ms.\n\n");
            }
        }

        b.append("### Library queries (default parameters), ms\n\n| query | ours cold (/api) | ours cached (/api) "
                + "| ours /sparql (text) | plain cold | plain warm |\n|---|---:|---:|---:|---:|---:|\n");
        for (ScaleResult.LibraryTiming t : r.library) {
            b.append("| ").append(t.query()).append(" | ").append(ms(t.oursCold())).append(" | ")
                    .append(ms(t.oursCached())).append(" | ").append(ms(t.oursSparql())).append(" | ")
                    .append(ms(t.plainCold())).append(" | ").append(ms(t.plainWarm())).append(" |\n");
        }
        rdf4j(r);
        b.append("\n### HTTP load, 90/10 lookup/aggregate mix\n\n")
                .append("| server | mode | clients | offered q/s | q/s | p50 ms | p99 ms | max ms | lookups p50/p99 ms "
                        + "| aggregates p50/p99 ms | errors |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (LoadDriver.Point p : r.points) {
            b.append("| ").append(p.target()).append(" | ").append(p.mode()).append(" | ").append(p.clients())
                    .append(" | ").append(p.offeredRate() > 0 ? f0(p.offeredRate()) : "max").append(" | ")
                    .append(f1(p.throughput())).append(" | ").append(pct(p.all(), 50)).append(" | ")
                    .append(pct(p.all(), 99)).append(" | ").append(f2(p.all().getMaxValue() / 1e3)).append(" | ")
                    .append(pct(p.lookups(), 50)).append(" / ").append(pct(p.lookups(), 99)).append(" | ")
                    .append(pct(p.aggregates(), 50)).append(" / ").append(pct(p.aggregates(), 99)).append(" | ")
                    .append(p.errors()).append(p.errors() > 0 ? " " + p.errorKinds() : "").append(" |\n");
        }
        b.append("\n").append("closed = each client sends its next request when the previous one is answered "
                + "(throughput); rate = constant offered load, latency from the scheduled send time (the "
                + "side-by-side points of ours/sparql and plain run long enough for " + BenchMain.COMPARE_SAMPLES
                + " requests); floor = only "
                + "`ASK {}` at the same rate as ours (what HTTP, the client and the machine cost before any query "
                + "work). Clients are blocking HTTP/1.1 with kept-alive connections. ours = library "
                + "queries through /api/queries (result cache); ours/sparql = the same queries as text to /sparql "
                + "(no cache: the same work as plain Fuseki). Errors by HTTP status in braces.\n\n");
        closedRounds(r);
        ratios(r);
        targets(r);
    }

    /** Every round of each closed loop; the table above shows the median round's point. */
    private void closedRounds(ScaleResult r) {
        if (r.closedRounds.isEmpty()) {
            return;
        }
        int rounds = r.closedRounds.values().stream().mapToInt(List::size).max().orElse(0);
        b.append("Closed loops in ").append(rounds).append(rounds == 1 ? " round" : " rounds")
                .append(" (each round runs every client count and target in turn; the table above shows the ")
                .append("median round), queries/s:\n\n| target | clients |");
        for (int i = 1; i <= rounds; i++) {
            b.append(" round ").append(i).append(" |");
        }
        b.append("\n|---|---:|").append("---:|".repeat(rounds)).append("\n");
        r.closedRounds.forEach((loop, throughputs) -> {
            b.append("| ").append(loop.target()).append(" | ").append(loop.clients()).append(" |");
            throughputs.forEach(t -> b.append(" ").append(f1(t)).append(" |"));
            b.append("\n");
        });
        b.append("\n");
    }

    private void rdf4j(ScaleResult r) {
        NativeStoreBench.Result n = r.rdf4j;
        if (n == null) {
            return;
        }
        LoadBench.Load tdb = r.loads.get(0);
        b.append("\n### RDF4J native store beside TDB2 (in process, no HTTP)\n\n")
                .append("| path | triples | seconds | triples/s | on disk |\n|---|---:|---:|---:|---:|\n")
                .append("| ").append(tdb.what()).append(" | ").append(tdb.triples()).append(" | ")
                .append(f2(tdb.seconds())).append(" | ").append(f0(tdb.perSecond())).append(" | |\n")
                .append("| ").append(n.load().what()).append(" | ").append(n.load().triples()).append(" | ")
                .append(f2(n.load().seconds())).append(" | ").append(f0(n.load().perSecond())).append(" | ")
                .append(f0(n.diskBytes() / 1e6)).append(" MB |\n\n")
                .append("Library queries with default parameters, the same text on both stores (the N-Quads only, "
                        + "before the synthetic reports), ms: first run and median of three more (not repeated "
                        + "when the first took over 5 s); 20 s timeout.\n\n")
                .append("| query | TDB2 first | TDB2 repeated | TDB2 rows | RDF4J first | RDF4J repeated | RDF4J rows |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|\n");
        int differ = 0;
        for (NativeStoreBench.Timing t : n.queries()) {
            boolean same = t.tdbRows() == t.rdf4jRows();
            differ += same ? 0 : 1;
            b.append("| ").append(t.query()).append(" | ").append(ms(t.tdbCold())).append(" | ")
                    .append(ms(t.tdbWarm())).append(" | ").append(t.tdbRows()).append(" | ")
                    .append(ms(t.rdf4jCold())).append(" | ").append(ms(t.rdf4jWarm())).append(" | ")
                    .append(t.error() != null ? t.error() : t.rdf4jRows() + (same ? "" : " ≠")).append(" |\n");
        }
        b.append("\n").append(differ == 0 ? "Both stores gave the same number of rows for every query."
                : differ + " queries gave different row counts (≠, timeouts included). Where both answered, the "
                        + "cause is the default graph: RDF4J's is every context without merging, so a triple held "
                        + "by several named graphs matches once per graph, while TDB2's union default graph (ours and "
                        + "plain Fuseki) matches it once; queries without DISTINCT then return more rows on RDF4J "
                        + "(up to their LIMIT). Compare those times with that in mind.").append("\n");
    }

    private void ratios(ScaleResult r) {
        b.append("### Ours / plain Fuseki\n\n| ours as | clients | throughput ratio (closed) | p50 ratio (closed) "
                + "| p50 ratio (rate) | p99 ratio (rate) |\n|---|---:|---:|---:|---:|---:|\n");
        for (String ours : List.of("ours/sparql", "ours")) {
            for (int c : config.clients()) {
                LoadDriver.Point oc = r.point(ours, "closed", c);
                LoadDriver.Point pc = r.point("plain", "closed", c);
                LoadDriver.Point or = r.point(ours, "rate", c);
                LoadDriver.Point pr = r.point("plain", "rate", c);
                // Latency ratios at a constant rate only where both were offered the same load.
                boolean same = or != null && pr != null && or.offeredRate() == pr.offeredRate();
                b.append("| ").append(ours).append(" | ").append(c).append(" | ")
                        .append(f2(oc.throughput() / pc.throughput())).append(" | ")
                        .append(f2(ratio(oc.all(), pc.all(), 50))).append(" | ")
                        .append(same ? f2(ratio(or.all(), pr.all(), 50)) : "—").append(" | ")
                        .append(same ? f2(ratio(or.all(), pr.all(), 99)) : "—").append(" |\n");
            }
        }
        b.append("\nours/sparql against plain is the overhead of our server on the same work (rate ratios at the "
                + "side-by-side rate, a load both sustain); ours against plain adds the library's result cache "
                + "(rate ratios left out: ours was offered a different load).\n\n");
    }

    private void targets(ScaleResult r) {
        b.append("### Targets of issue 8 (set for 1e6 triples on 2 cores)\n\n| target | measured | met |\n|---|---|---|\n");
        LoadBench.Load nq = r.loads.get(0);
        target("loader ≥ 50k triples/s committed (stretch 100k)", f0(nq.perSecond()) + " triples/s (N-Quads)",
                nq.perSecond() >= 50_000);
        LoadBench.Big big = r.reports.bigMedian();
        target("one report of ~10^4 triples committed ≤ 300 ms (median of " + r.reports.big().size() + " reports)",
                big.triples() + " triples in " + f0(big.millis()) + " ms", big.millis() <= 300);
        LoadDriver.Point rate16 = r.point("ours", "rate", 16);
        if (rate16 != null) {
            double p50 = rate16.lookups().getValueAtPercentile(50) / 1e3;
            double p99 = rate16.lookups().getValueAtPercentile(99) / 1e3;
            LoadDriver.Point floor16 = r.point("ours", "floor", 16);
            String floor = floor16 == null ? "" : "; floor `ASK {}` " + pct(floor16.all(), 50) + " / "
                    + pct(floor16.all(), 99) + " ms";
            target("lookups p50 ≤ 3 ms, p99 ≤ 15 ms (16 clients, constant rate " + f0(rate16.offeredRate()) + " q/s)",
                    f2(p50) + " / " + f2(p99) + " ms" + floor, p50 <= 3 && p99 <= 15);
        }
        List<ScaleResult.LibraryTiming> aggregates = r.library.stream()
                .filter(t -> LoadDriver.AGGREGATES.contains(t.query())).toList();
        double cached = median(aggregates.stream().mapToDouble(ScaleResult.LibraryTiming::oursCached).toArray());
        double cold = median(aggregates.stream().mapToDouble(ScaleResult.LibraryTiming::oursCold).toArray());
        // Cached answers measured twice: right after startup (cold JIT: the median of calls 2-4 of each
        // aggregate) and warm, as the p50 of the aggregates in the 1-client closed loop of the HTTP load.
        LoadDriver.Point c1 = r.point("ours", "closed", 1);
        double warm = c1 == null ? Double.NaN : c1.aggregates().getValueAtPercentile(50) / 1e3;
        if (aggregates.isEmpty()) { // bench.library=false: only the warm figure of the mix
            target("aggregates ≤ 5 ms cached (warm: p50 of the mix's aggregates, 1 client)", f1(warm) + " ms", warm <= 5);
            b.append("| aggregates cold ≤ 0.8 s p50 | not measured (bench.library=false) | — |\n");
        } else {
            target("aggregates ≤ 5 ms cached (warm: p50 of the mix's aggregates, 1 client; just after startup in brackets)",
                    f1(warm) + " ms (" + f1(cached) + " ms)", warm <= 5);
            target("aggregates cold ≤ 0.8 s p50", f0(cold) + " ms", cold <= 800);
        }
        LoadDriver.Point c16 = r.point("ours", "closed", 16);
        LoadDriver.Point c64 = r.point("ours", "closed", 64);
        if (c16 != null) {
            target("16 clients ≥ 400 q/s", f1(c16.throughput()) + " q/s", c16.throughput() >= 400);
        }
        if (c16 != null && c64 != null) {
            double p99 = c64.all().getValueAtPercentile(99) / 1e3;
            target("64 clients ≥ 90% of 16, p99 ≤ 500 ms, no errors", f0(100 * c64.throughput() / c16.throughput())
                    + "%, p99 " + f0(p99) + " ms, " + c64.errors() + " errors",
                    c64.throughput() >= 0.9 * c16.throughput() && p99 <= 500 && c64.errors() == 0);
            LoadDriver.Point p16 = r.point("plain", "closed", 16);
            LoadDriver.Point pr16 = r.point("plain", "rate", 16);
            double tr = r.point("ours/sparql", "closed", 16).throughput() / p16.throughput();
            double pr = ratio(r.point("ours/sparql", "rate", 16).all(), pr16.all(), 50);
            target("vs plain Fuseki, same work (ours/sparql): throughput ≥ 95% (closed loop), p50 ≤ +5% (constant "
                    + "rate " + f1(pr16.offeredRate()) + " q/s; 16 clients)", f0(100 * tr) + "%, p50 "
                    + String.format(Locale.ROOT, "%+.0f%%", 100 * (pr - 1)), tr >= 0.95 && pr <= 1.05);
        }
        ServerProcess.Memory m = r.memory.get("ours");
        if (m != null) {
            target("heap ≤ 512 MB (live after full GC; used before it in brackets)", f0(m.liveMb()) + " MB ("
                    + f0(m.heapUsedMb()) + " MB)", m.liveMb() <= 512);
        }
        List<Double> fast = r.fastStart == null ? null : r.startups.get(r.fastStart);
        if (fast != null) {
            double median = BenchMain.median(fast.stream().mapToDouble(Double::doubleValue).toArray());
            target("startup ≤ 3 s (median of " + fast.size() + " starts; " + r.fastStart + "; java -jar: "
                    + f0(BenchMain.median(r.startups.values().iterator().next().stream().mapToDouble(Double::doubleValue)
                            .toArray())) + " ms)", f0(median) + " ms", median <= 3000);
        } else {
            Double startup = r.startupMillis.get("ours");
            target("startup ≤ 3 s", f0(startup) + " ms", startup <= 3000);
        }
        b.append("\n");
    }

    private void target(String what, String measured, boolean met) {
        b.append("| ").append(what).append(" | ").append(measured).append(" | ").append(met ? "yes" : "**no**")
                .append(" |\n");
    }

    private void row(String k, String v) {
        b.append("| ").append(k).append(" | ").append(v).append(" |\n");
    }

    private static double ratio(Histogram a, Histogram b, double pct) {
        return (double) a.getValueAtPercentile(pct) / Math.max(1, b.getValueAtPercentile(pct));
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        java.util.Arrays.sort(s);
        return s.length == 0 ? Double.NaN : s[s.length / 2];
    }

    private static String pct(Histogram h, double pct) {
        return h.getTotalCount() == 0 ? "–" : f2(h.getValueAtPercentile(pct) / 1e3);
    }

    private static String ms(double v) {
        return Double.isNaN(v) ? "" : v < 0 ? "error" : f1(v);
    }

    private static String f0(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file)).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    private static String first(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
