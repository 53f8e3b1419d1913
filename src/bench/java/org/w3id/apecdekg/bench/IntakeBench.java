package org.w3id.apecdekg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3id.apecdekg.DekgProperties;
import org.w3id.apecdekg.ingest.Ingest;
import org.w3id.apecdekg.intake.DocumentBuilder;
import org.w3id.apecdekg.intake.Intake;
import org.w3id.apecdekg.intake.SourceFormat;
import org.w3id.apecdekg.report.text.Hashes;
import org.w3id.apecdekg.intake.pdf.PageTextCollector;
import org.w3id.apecdekg.intake.pdf.PdfPageText;
import org.w3id.apecdekg.intake.pdf.TaggedLayout;
import org.w3id.apecdekg.intake.pdf.UntaggedLayout;
import org.w3id.apecdekg.report.Extraction;
import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.ReportExtractor;

/**
 * Report intake (issue 18): a seeded mixed corpus ({@link IntakeCorpus}: Markdown, HTML, DOCX, PDF)
 * loaded with the application's own {@code load FOLDER} command into a fresh TDB2 store, in a child
 * JVM with {@code bench.intake.jvm} (default {@code -Xmx512m}) and a GC log: wall clock of the command,
 * documents/s, peak heap (before each GC and at exit, from the GC log), GC pauses, peak RSS
 * ({@code VmHWM}), CPU. Then the 100-page PDF (fixture PDFs merged): {@code load} of that one file the
 * same way, and in a probe JVM with the same options (this class's {@link #main}) read and extraction
 * timed apart — the first time in a fresh JVM and {@value #REPEATS} times more — with the read split
 * into PDF parse, text collection and layout; and every corpus file read and extracted on one thread,
 * by format.
 *
 * <p>Settings: {@code bench.intake} = {@code true} (after the scales), {@code false}, or {@code only}
 * (no scales: just this part); {@code bench.intake.docs} (200), {@code bench.intake.runs} (3; the median
 * counts), {@code bench.intake.jvm} (-Xmx512m), {@code bench.intake.font} (a CJK TrueType font for the
 * generated PDFs; default the first of {@link IntakeCorpus#FONTS} that exists).
 */
final class IntakeBench {

    /** {@code true}, {@code false} or {@code only}. */
    static final String MODE = prop("bench.intake", "true").toLowerCase(Locale.ROOT);
    static final int DOCS = Integer.parseInt(prop("bench.intake.docs", "200"));
    static final int RUNS = Math.max(1, Integer.parseInt(prop("bench.intake.runs", "3")));
    static final List<String> JVM = Arrays.stream(prop("bench.intake.jvm", "-Xmx512m").split("\\s+"))
            .filter(s -> !s.isEmpty()).toList();
    static final int REPEATS = 3;
    /**
     * Jars to add to the application's class path ({@code bench.intake.loader-path}, default none): when
     * set, {@code load} runs through Spring Boot's {@code PropertiesLauncher} with {@code -Dloader.path}
     * instead of {@code java -jar}. A workaround for measuring a jar that lacks a library (on 2026-12-02
     * the jar lacked log4j-api, which POI needs for DOCX); the results say when it was used.
     */
    static final String LOADER_PATH = prop("bench.intake.loader-path", "");

    static final double TARGET_LOAD_SECONDS = 60;
    static final double TARGET_PDF_SECONDS = 5;
    static final double TARGET_HEAP_MB = 512;

    /** GC figures of one JVM from its {@code -Xlog:gc,gc+heap+exit} log. */
    record Gc(int pauses, int fullPauses, double pauseMillis, double peakUsedMb, double maxCommittedMb,
            double exitUsedMb) {
        double peakMb() {
            return Math.max(peakUsedMb, exitUsedMb);
        }
    }

    /** One child JVM run: wall clock, output lines "loaded", GC, peak RSS, CPU, load average at its start. */
    record Run(double wallSeconds, double firstLoadedSeconds, int loaded, int failed, long triples, String summary,
            Gc gc, double peakRssMb, double peakAnonMb, double cpuSeconds, String loadAverage, int exit, String error,
            double gapP50Millis, double gapP90Millis, double lastLoadedSeconds) {
        double docsPerSecond() {
            return loaded / wallSeconds;
        }
    }

    /** Per format, one thread: files, read and extraction ms (sum, p50, max), facts. */
    record Format(String format, int files, double readSum, double readP50, double readMax, double extractSum,
            double extractP50, double extractMax, long facts) {}

    /** What the probe JVM measured. */
    static final class Probe {
        double extractorMillis;
        final List<double[]> pdf = new ArrayList<>(); // read ms, extract ms, facts, text chars
        final Map<String, Double> pdfParts = new LinkedHashMap<>();
        String pdfLayout = "";
        final List<Format> formats = new ArrayList<>();
        double jmxPeakHeapMb;
        Gc gc;
        double peakRssMb;
        double peakAnonMb;
        String loadAverage;
        double wallSeconds;
    }

    static final class Result {
        IntakeCorpus.Corpus corpus;
        double generateSeconds;
        final List<Run> runs = new ArrayList<>();
        int bigPages;
        long bigBytes;
        Run bigLoad;
        Probe probe;
        List<String> jvm = JVM;

        Run medianRun() {
            List<Run> sorted = runs.stream().sorted(Comparator.comparingDouble(Run::wallSeconds)).toList();
            return sorted.get(sorted.size() / 2);
        }
    }

    private IntakeBench() {}

    static Result run(BenchConfig config, Path basedir) throws IOException {
        Result result = new Result();
        Path dir = config.work().resolve("intake");
        delete(dir);
        Files.createDirectories(dir);
        Path fixtures = basedir.resolve("src/test/resources/reports/formats");
        IntakeCorpus generator = new IntakeCorpus(config.seed(), fixtures);
        log("generating " + DOCS + " documents (seed " + config.seed() + ")");
        long t0 = System.nanoTime();
        result.corpus = generator.write(dir.resolve("corpus"), DOCS);
        result.generateSeconds = (System.nanoTime() - t0) / 1e9;
        log(result.corpus.counts() + " in " + String.format(Locale.ROOT, "%.1f s", result.generateSeconds)
                + "; PDF font " + result.corpus.font());
        Path big = dir.resolve("big").resolve("intake-100-pages.zh.pdf");
        Files.createDirectories(big.getParent());
        result.bigPages = generator.mergeHundredPages(big);
        result.bigBytes = Files.size(big);
        log("100-page PDF: " + result.bigPages + " pages, " + result.bigBytes + " bytes");

        Path data = basedir.resolve("data");
        for (int i = 1; i <= RUNS; i++) {
            Path store = dir.resolve("store-" + i);
            log("load run " + i + " of " + RUNS + " (load average " + loadAverage() + ")");
            Run run = load(config.appJar(), basedir, store, data, result.corpus.dir(), dir.resolve("load-" + i));
            result.runs.add(run);
            log(describe(run));
            delete(store);
        }
        log("the 100-page PDF with load (load average " + loadAverage() + ")");
        Path store = dir.resolve("store-big");
        result.bigLoad = load(config.appJar(), basedir, store, data, big, dir.resolve("load-big"));
        log(describe(result.bigLoad));
        delete(store);
        log("probe JVM: the 100-page PDF read and extracted, then every corpus file by format (load average "
                + loadAverage() + ")");
        result.probe = probe(basedir, data, big, result.corpus.dir(), dir.resolve("probe"));
        return result;
    }

    private static String describe(Run r) {
        return String.format(Locale.ROOT, "  %.2f s wall, %d loaded, %d failed, %d triples, %.1f docs/s; heap peak %.0f MB "
                + "(%d GC pauses, %d full, %.0f ms); RSS peak %.0f MB (anonymous %.0f MB); CPU %.1f s; between commits "
                + "p50 %.0f ms, p90 %.0f ms; exit %d", r.wallSeconds(), r.loaded(),
                r.failed(), r.triples(), r.docsPerSecond(), r.gc().peakMb(), r.gc().pauses(), r.gc().fullPauses(),
                r.gc().pauseMillis(), r.peakRssMb(), r.peakAnonMb(), r.cpuSeconds(), r.gapP50Millis(), r.gapP90Millis(), r.exit()) + (r.error().isEmpty() ? "" : "; " + r.error());
    }

    /** {@code java JVM -jar apec-dekg.jar load --store STORE --data DATA --no-progress WHAT}, timed and watched. */
    static Run load(Path jar, Path basedir, Path store, Path data, Path what, Path logBase) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(java()));
        cmd.addAll(JVM);
        cmd.add("-Xlog:gc,gc+heap+exit:file=" + logBase + ".gc.log");
        if (LOADER_PATH.isEmpty()) {
            cmd.addAll(List.of("-jar", jar.toString()));
        } else {
            cmd.addAll(List.of("-Dloader.path=" + LOADER_PATH, "-cp", jar.toString(),
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
        }
        cmd.addAll(List.of("load", "--store", store.toString(), "--data", data.toString(), "--no-progress",
                what.toString()));
        String loadAverage = loadAverage();
        Watched w = watch(cmd, basedir, logBase.resolveSibling(logBase.getFileName() + ".out"), " loaded ");
        int loaded = 0;
        int failed = 0;
        long triples = 0;
        String summary = "";
        String error = w.lines.stream().filter(l -> l.startsWith("error:")).findFirst().orElse("");
        Matcher m = Pattern.compile("summary: (\\d+) loaded, (\\d+) failed, .*?; (\\d+) triples").matcher("");
        for (String line : w.lines) {
            if (m.reset(line).find()) {
                loaded = Integer.parseInt(m.group(1));
                failed = Integer.parseInt(m.group(2));
                triples = Long.parseLong(m.group(3));
                summary = line;
            }
        }
        double[] gaps = new double[Math.max(0, w.marks.size() - 1)];
        for (int i = 1; i < w.marks.size(); i++) {
            gaps[i - 1] = (w.marks.get(i) - w.marks.get(i - 1)) * 1e3;
        }
        Arrays.sort(gaps);
        return new Run(w.wallSeconds, w.firstMarkSeconds, loaded, failed, triples, summary,
                gc(Path.of(logBase + ".gc.log")), w.peakRssMb, w.peakAnonMb, w.cpuSeconds, loadAverage, w.exit, error,
                gaps.length == 0 ? 0 : gaps[gaps.length / 2], gaps.length == 0 ? 0 : gaps[(int) (gaps.length * 0.9)],
                w.marks.isEmpty() ? 0 : w.marks.get(w.marks.size() - 1));
    }

    /** The probe ({@link #main}) in a child JVM with the same options and a GC log. */
    static Probe probe(Path basedir, Path data, Path pdf, Path corpus, Path logBase) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(java()));
        cmd.addAll(JVM);
        cmd.add("-Xlog:gc,gc+heap+exit:file=" + logBase + ".gc.log");
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), IntakeBench.class.getName(),
                data.toString(), pdf.toString(), corpus.toString()));
        String loadAverage = loadAverage();
        Watched w = watch(cmd, basedir, logBase.resolveSibling(logBase.getFileName() + ".out"), "\u0000");
        if (w.exit != 0) {
            throw new IllegalStateException("probe failed (exit " + w.exit + "), see " + logBase + ".out");
        }
        Probe p = new Probe();
        for (String line : w.lines) {
            String[] f = line.split("\t");
            switch (f[0]) {
                case "extractor" -> p.extractorMillis = Double.parseDouble(f[1]);
                case "pdf" -> p.pdf.add(new double[] {d(f[2]), d(f[3]), d(f[4]), d(f[5])});
                case "pdf-part" -> p.pdfParts.put(f[1], d(f[2]));
                case "pdf-layout" -> p.pdfLayout = f[1];
                case "format" -> p.formats.add(new Format(f[1], Integer.parseInt(f[2]), d(f[3]), d(f[4]), d(f[5]),
                        d(f[6]), d(f[7]), d(f[8]), Long.parseLong(f[9])));
                case "jmx-peak-heap-mb" -> p.jmxPeakHeapMb = d(f[1]);
                default -> { }
            }
        }
        p.gc = gc(Path.of(logBase + ".gc.log"));
        p.peakRssMb = w.peakRssMb;
        p.peakAnonMb = w.peakAnonMb;
        p.loadAverage = loadAverage;
        p.wallSeconds = w.wallSeconds;
        return p;
    }

    private static double d(String s) {
        return Double.parseDouble(s);
    }

    /** A finished child process: its output lines, wall clock, first line containing a mark, peak RSS, CPU. */
    private record Watched(List<String> lines, double wallSeconds, double firstMarkSeconds, List<Double> marks,
            double peakRssMb, double peakAnonMb, double cpuSeconds, int exit) {}

    private static Watched watch(List<String> cmd, Path dir, Path out, String mark) throws IOException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        double[] peak = {0};
        double[] anon = {0};
        double[] cpu = {0};
        Thread sampler = new Thread(() -> {
            while (p.isAlive()) {
                long hwm = procStatusKb(p.pid(), "VmHWM:");
                if (hwm > 0) {
                    peak[0] = Math.max(peak[0], hwm / 1024.0);
                }
                long a = procStatusKb(p.pid(), "RssAnon:");
                if (a > 0) {
                    anon[0] = Math.max(anon[0], a / 1024.0);
                }
                p.info().totalCpuDuration().ifPresent(c -> cpu[0] = c.toNanos() / 1e9);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "intake-sampler");
        sampler.setDaemon(true);
        sampler.start();
        List<String> lines = new ArrayList<>();
        List<Double> marks = new ArrayList<>();
        double first = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter log = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.contains(mark)) {
                    marks.add((System.nanoTime() - t0) / 1e9);
                    if (first < 0) {
                        first = marks.get(0);
                    }
                }
                lines.add(line);
                log.println(line);
            }
        }
        int exit;
        try {
            if (!p.waitFor(30, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + cmd);
            }
            exit = p.exitValue();
            sampler.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        return new Watched(lines, wall, first, marks, peak[0], anon[0], cpu[0], exit);
    }

    private static long procStatusKb(long pid, String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, or not Linux
        }
        return -1;
    }

    private static final Pattern PAUSE = Pattern.compile(
            "Pause (.*?) (\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\) (\\d+(?:\\.\\d+)?)ms");
    private static final Pattern EXIT_HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");

    /** Pauses, full pauses, their total, the largest heap used before a pause and committed, used at exit. */
    static Gc gc(Path log) {
        int pauses = 0;
        int full = 0;
        double millis = 0;
        double peak = 0;
        double committed = 0;
        double exit = 0;
        try {
            for (String line : Files.readAllLines(log)) {
                Matcher m = PAUSE.matcher(line);
                if (m.find()) {
                    pauses++;
                    if (m.group(1).startsWith("Full")) {
                        full++;
                    }
                    peak = Math.max(peak, mb(m.group(2), m.group(3)));
                    committed = Math.max(committed, mb(m.group(6), m.group(7)));
                    millis += Double.parseDouble(m.group(8));
                    continue;
                }
                Matcher e = EXIT_HEAP.matcher(line);
                if (line.contains("exit") && e.find()) {
                    exit = Math.max(exit, Long.parseLong(e.group(2)) / 1024.0);
                    committed = Math.max(committed, Long.parseLong(e.group(1)) / 1024.0);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Gc(pauses, full, millis, peak, committed, exit);
    }

    private static double mb(String n, String unit) {
        double v = Double.parseDouble(n);
        return switch (unit) {
            case "K" -> v / 1024;
            case "G" -> v * 1024;
            default -> v;
        };
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** The java launcher of this JVM (the benches start their children with it). */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A system property, or {@code fallback} when unset, blank or an unexpanded Maven property. */
    static String prop(String name, String fallback) {
        String v = System.getProperty(name);
        return v == null || v.isBlank() || v.startsWith("${") ? fallback : v.trim();
    }

    private static void log(String message) {
        System.out.println("bench: [intake] " + message);
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

    // --- the results as Markdown ------------------------------------------------------------------

    static String markdown(Result r) {
        StringBuilder b = new StringBuilder("## Report intake (issue 18)\n\n");
        IntakeCorpus.Corpus c = r.corpus;
        b.append("Corpus: ").append(c.files()).append(" documents generated in ").append(f1(r.generateSeconds))
                .append(" s (seeded): ");
        List<String> kinds = new ArrayList<>();
        c.counts().forEach((kind, n) -> kinds.add(n + " " + kind + " (" + f0(c.bytes().get(kind) / 1024.0) + " KB"
                + (c.pages().containsKey(kind) ? ", " + c.pages().get(kind) + " pages" : "") + ")"));
        b.append(String.join(", ", kinds)).append("; generated PDFs in ").append(c.font())
                .append(". The 100-page PDF: ").append(r.bigPages).append(" pages, ").append(f0(r.bigBytes / 1024.0))
                .append(" KB, fixture PDFs merged with PDFBox (").append(String.join(" + ", IntakeCorpus.MERGE_ORDER))
                .append("). Child JVMs: `").append(String.join(" ", r.jvm)).append("` and `-Xlog:gc,gc+heap+exit`; `load` ")
                .append(LOADER_PATH.isEmpty() ? "as `java -jar apec-dekg.jar load …`"
                        : "through Spring Boot's `PropertiesLauncher` with `-Dloader.path=" + LOADER_PATH
                                + "` added to the jar (`bench.intake.loader-path`), not plain `java -jar`")
                .append(".\n\n");

        Run med = r.medianRun();
        Probe p = r.probe;
        double[] first = p.pdf.get(0);
        double[] warm = medianOf(p.pdf.subList(1, p.pdf.size()));
        double heap = Math.max(r.runs.stream().mapToDouble(x -> x.gc().peakMb()).max().orElse(0),
                Math.max(r.bigLoad.gc().peakMb(), p.gc.peakMb()));
        double rss = Math.max(r.runs.stream().mapToDouble(Run::peakRssMb).max().orElse(0),
                Math.max(r.bigLoad.peakRssMb(), p.peakRssMb));
        double anon = Math.max(r.runs.stream().mapToDouble(Run::peakAnonMb).max().orElse(0),
                Math.max(r.bigLoad.peakAnonMb(), p.peakAnonMb));
        boolean noOom = r.runs.stream().allMatch(x -> !x.summary().isEmpty()) && !r.bigLoad.summary().isEmpty();
        b.append("| target | result | met |\n|---|---|---|\n");
        b.append("| ").append(c.files()).append(" mixed documents, `load FOLDER` into a fresh store ≤ ")
                .append(f0(TARGET_LOAD_SECONDS)).append(" s | ").append(f1(med.wallSeconds())).append(" s, ")
                .append(f1(med.docsPerSecond())).append(" docs/s (median of ").append(r.runs.size()).append(": ")
                .append(String.join(" / ", r.runs.stream().map(x -> f1(x.wallSeconds())).toList())).append(" s); ")
                .append(med.loaded()).append(" loaded, ").append(med.failed()).append(" failed | ")
                .append(med.wallSeconds() <= TARGET_LOAD_SECONDS && med.failed() == 0 ? "yes" : "**no**").append(" |\n");
        b.append("| 100-page PDF read + extract ≤ ").append(f0(TARGET_PDF_SECONDS)).append(" s | first in a fresh JVM: read ")
                .append(f2(first[0] / 1e3)).append(" + extract ").append(f2(first[1] / 1e3)).append(" = ")
                .append(f2((first[0] + first[1]) / 1e3)).append(" s; warm (median of ").append(p.pdf.size() - 1)
                .append("): ").append(f2(warm[0] / 1e3)).append(" + ").append(f2(warm[1] / 1e3)).append(" = ")
                .append(f2((warm[0] + warm[1]) / 1e3)).append(" s; `load` of the file: ")
                .append(f1(r.bigLoad.wallSeconds())).append(" s wall | ")
                .append((first[0] + first[1]) / 1e3 <= TARGET_PDF_SECONDS ? "yes" : "**no**").append(" |\n");
        b.append("| heap ≤ ").append(f0(TARGET_HEAP_MB)).append(" MB throughout | runs with `")
                .append(String.join(" ", r.jvm)).append("`: peak heap used ").append(f0(heap))
                .append(" MB (GC log, largest before a pause or at exit), peak RSS ").append(f0(rss)).append(" MB (anonymous ")
                .append(f0(anon)).append(" MB; the rest is TDB2's mapped files)")
                .append(noOom ? ", every run finished" : ", **a run failed**").append(" | ")
                .append(heap <= TARGET_HEAP_MB && noOom ? "yes" : "**no**").append(" |\n\n");

        b.append("### `load FOLDER`, ").append(c.files()).append(" documents\n\n")
                .append("| run | wall (s) | docs/s | first file committed at (s) | triples | heap peak used (MB) | heap committed max (MB) "
                        + "| GC pauses (full) | GC pause total (ms) | peak RSS (MB) | peak anonymous RSS (MB) | CPU (s) "
                        + "| between commits p50 / p90 (ms) | load average at start |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (int i = 0; i < r.runs.size(); i++) {
            runRow(b, Integer.toString(i + 1), r.runs.get(i));
        }
        runRow(b, "the 100-page PDF alone", r.bigLoad);
        b.append("\nWall clock of the whole command (JVM start, store creation, reference data, reading, extraction, commits); ")
                .append("\"first file committed\" is when its first `loaded` line appeared, \"between commits\" the gaps between ")
                .append("consecutive `loaded` lines (files are read and extracted ahead on ").append("the pool's threads and ")
                .append("committed one at a time, so a gap is one commit when extraction keeps ahead). RSS includes TDB2's ")
                .append("memory-mapped store files; the anonymous part (heap, metaspace, threads, native buffers) is what the ")
                .append("process itself allocates. Summary of the median run: `")
                .append(med.summary()).append("`.");
        r.runs.stream().map(Run::error).filter(e -> !e.isEmpty()).distinct()
                .forEach(e -> b.append(" A run printed `").append(e).append("`."));
        b.append("\n\n");

        b.append("### The 100-page PDF in the probe JVM (`").append(String.join(" ", r.jvm)).append("`, load average at start ")
                .append(p.loadAverage).append(")\n\n| pass | read (ms) | extract (ms) | total (ms) | facts | text (chars) |\n"
                        + "|---|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < p.pdf.size(); i++) {
            double[] v = p.pdf.get(i);
            b.append("| ").append(i == 0 ? "1 (first in the JVM)" : Integer.toString(i + 1)).append(" | ").append(f0(v[0]))
                    .append(" | ").append(f0(v[1])).append(" | ").append(f0(v[0] + v[1])).append(" | ").append(f0(v[2]))
                    .append(" | ").append(f0(v[3])).append(" |\n");
        }
        b.append("\nThe read once more in parts (").append(p.pdfLayout).append("): ");
        List<String> parts = new ArrayList<>();
        p.pdfParts.forEach((k, v) -> parts.add(k + " " + f0(v) + " ms"));
        b.append(String.join(", ", parts)).append("; the rest of a read (the text check, closing) is the difference to the ")
                .append("passes above. Building the extractor (dictionaries, reference data) first: ")
                .append(f0(p.extractorMillis)).append(" ms.\n\n");

        b.append("### Every corpus file read and extracted on one thread, by format (probe JVM, after the PDF above)\n\n")
                .append("| format | files | read total (ms) | read p50 / max (ms) | extract total (ms) | extract p50 / max (ms) | facts |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|\n");
        double read = 0;
        double extract = 0;
        for (Format f : p.formats) {
            b.append("| ").append(f.format()).append(" | ").append(f.files()).append(" | ").append(f0(f.readSum()))
                    .append(" | ").append(f1(f.readP50())).append(" / ").append(f0(f.readMax())).append(" | ")
                    .append(f0(f.extractSum())).append(" | ").append(f1(f.extractP50())).append(" / ")
                    .append(f0(f.extractMax())).append(" | ").append(f.facts()).append(" |\n");
            read += f.readSum();
            extract += f.extractSum();
        }
        b.append("| all | ").append(p.formats.stream().mapToInt(Format::files).sum()).append(" | ").append(f0(read))
                .append(" | | ").append(f0(extract)).append(" | | ").append(p.formats.stream().mapToLong(Format::facts).sum())
                .append(" |\n\nProbe JVM: peak heap used ").append(f0(p.gc.peakMb())).append(" MB (GC log; JMX pool peaks summed ")
                .append(f0(p.jmxPeakHeapMb)).append(" MB), ").append(p.gc.pauses()).append(" GC pauses (")
                .append(p.gc.fullPauses()).append(" full, ").append(f0(p.gc.pauseMillis())).append(" ms), peak RSS ")
                .append(f0(p.peakRssMb)).append(" MB (anonymous ").append(f0(p.peakAnonMb)).append(" MB), ").append(f1(p.wallSeconds)).append(" s wall.\n\n");
        return b.toString();
    }

    private static void runRow(StringBuilder b, String name, Run x) {
        b.append("| ").append(name).append(" | ").append(f2(x.wallSeconds())).append(" | ").append(f1(x.docsPerSecond()))
                .append(" | ").append(f2(x.firstLoadedSeconds())).append(" | ").append(x.triples()).append(" | ")
                .append(f0(x.gc().peakMb())).append(" | ").append(f0(x.gc().maxCommittedMb())).append(" | ")
                .append(x.gc().pauses()).append(" (").append(x.gc().fullPauses()).append(") | ")
                .append(f0(x.gc().pauseMillis())).append(" | ").append(f0(x.peakRssMb())).append(" | ")
                .append(f0(x.peakAnonMb())).append(" | ").append(f1(x.cpuSeconds())).append(" | ")
                .append(f0(x.gapP50Millis())).append(" / ").append(f0(x.gapP90Millis())).append(" | ").append(x.loadAverage()).append(x.exit() != 0 ? " (exit " + x.exit() + ")" : "")
                .append(" |\n");
    }

    /** The pass with the median total (read + extract). */
    private static double[] medianOf(List<double[]> passes) {
        List<double[]> sorted = passes.stream().sorted(Comparator.comparingDouble(v -> v[0] + v[1])).toList();
        return sorted.get(sorted.size() / 2);
    }

    static String f0(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    // --- the probe JVM ------------------------------------------------------------------------------

    /**
     * The probe: {@code DATA PDF CORPUS}. Prints tab-separated lines: the extractor's construction; the
     * PDF read and extracted 1 + {@value #REPEATS} times; the read once more in parts; every corpus file
     * read and extracted, summed by format; the JMX heap pools' peaks.
     */
    public static void main(String[] args) throws Exception {
        DekgProperties properties = new DekgProperties();
        properties.setData(Path.of(args[0]));
        Path pdf = Path.of(args[1]);
        Path corpus = Path.of(args[2]);
        long t0 = System.nanoTime();
        ReportExtractor extractor = Ingest.extractor(properties);
        Intake intake = Intake.standard(properties.getMaxReportBytes());
        System.out.println("extractor\t" + ms(t0));
        for (int i = 0; i <= REPEATS; i++) {
            t0 = System.nanoTime();
            ReportDocument doc = intake.read(pdf);
            double read = ms(t0);
            t0 = System.nanoTime();
            Extraction x = extractor.extract(doc);
            double extract = ms(t0);
            System.out.println("pdf\t" + i + "\t" + read + "\t" + extract + "\t" + x.facts().size() + "\t"
                    + doc.text().length());
        }
        // the read in parts (the same steps as PdfDocumentReader)
        t0 = System.nanoTime();
        byte[] bytes = Files.readAllBytes(pdf);
        System.out.println("pdf-part\tfile read\t" + ms(t0));
        t0 = System.nanoTime();
        String sha = Hashes.sha256Hex(bytes);
        System.out.println("pdf-part\tSHA-256\t" + ms(t0));
        t0 = System.nanoTime();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            document.getNumberOfPages();
            System.out.println("pdf-part\tPDFBox parse (Loader.loadPDF)\t" + ms(t0));
            t0 = System.nanoTime();
            List<PdfPageText> pages = PageTextCollector.collect(document);
            System.out.println("pdf-part\ttext of every page (PageTextCollector)\t" + ms(t0));
            t0 = System.nanoTime();
            boolean tagged = TaggedLayout.isTagged(document);
            DocumentBuilder out = new DocumentBuilder();
            double coverage = tagged ? TaggedLayout.write(document, pages, out) : 0;
            System.out.println("pdf-part\tlayout: structure tree (TaggedLayout)\t" + ms(t0));
            if (coverage < 0.5) {
                t0 = System.nanoTime();
                out = new DocumentBuilder();
                UntaggedLayout.write(pages, out);
                System.out.println("pdf-part\tlayout: untagged (UntaggedLayout)\t" + ms(t0));
            }
            t0 = System.nanoTime();
            out.build(pdf.getFileName().toString(), sha, SourceFormat.PDF);
            System.out.println("pdf-part\tthe document text (DocumentBuilder.build)\t" + ms(t0));
            System.out.println("pdf-layout\t" + (tagged ? "tagged, the structure tree covers "
                    + Math.round(coverage * 100) + "% of the words" : "untagged"));
        }
        Map<String, List<double[]>> byFormat = new TreeMap<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.sorted().toList()) {
                t0 = System.nanoTime();
                ReportDocument doc = intake.read(f);
                double read = ms(t0);
                t0 = System.nanoTime();
                Extraction x = extractor.extract(doc);
                double extract = ms(t0);
                String format = doc.format().name().toLowerCase(Locale.ROOT);
                if (format.equals("pdf")) {
                    try (PDDocument d = Loader.loadPDF(f.toFile())) {
                        format += TaggedLayout.isTagged(d) ? " (tagged)" : " (untagged)";
                    }
                }
                byFormat.computeIfAbsent(format, k -> new ArrayList<>()).add(new double[] {read, extract, x.facts().size()});
            }
        }
        byFormat.forEach((format, list) -> {
            double[] reads = list.stream().mapToDouble(v -> v[0]).sorted().toArray();
            double[] extracts = list.stream().mapToDouble(v -> v[1]).sorted().toArray();
            System.out.println("format\t" + format + "\t" + list.size() + "\t" + Arrays.stream(reads).sum() + "\t"
                    + reads[reads.length / 2] + "\t" + reads[reads.length - 1] + "\t" + Arrays.stream(extracts).sum()
                    + "\t" + extracts[extracts.length / 2] + "\t" + extracts[extracts.length - 1] + "\t"
                    + list.stream().mapToLong(v -> (long) v[2]).sum());
        });
        double peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("jmx-peak-heap-mb\t" + peak / (1024 * 1024));
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }
}
