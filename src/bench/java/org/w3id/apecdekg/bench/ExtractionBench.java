package org.w3id.apecdekg.bench;

import static org.w3id.apecdekg.bench.IntakeBench.f0;
import static org.w3id.apecdekg.bench.IntakeBench.f1;
import static org.w3id.apecdekg.bench.IntakeBench.f2;
import static org.w3id.apecdekg.bench.IntakeBench.java;
import static org.w3id.apecdekg.bench.IntakeBench.prop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
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
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3id.apecdekg.DekgProperties;
import org.w3id.apecdekg.evaluate.CorpusManifest;
import org.w3id.apecdekg.evaluate.Evaluator;
import org.w3id.apecdekg.ingest.Ingest;
import org.w3id.apecdekg.report.Extraction;
import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.ReportExtractor;

/**
 * Extraction speed (issue 19, "Done when": extraction of a 50-page report ≤ 1 s and of the whole corpus
 * ≤ 30 s; a benchmark, not a test). Times what {@code evaluate} and {@code load} do per document —
 * {@link Evaluator#read} (bytes, format detection, the format's reader) then {@link ReportExtractor#extract}
 * with the extractor {@link Ingest#extractor} builds — one document after the other on one thread, in child
 * JVMs ({@code bench.extraction.jvm}, default {@code -Xmx512m}) started from this class's {@link #main}:
 *
 * <ul>
 * <li><b>corpus</b>: every document of {@code src/test/resources/corpus/manifest.tsv};</li>
 * <li><b>50 pages, Markdown</b>: the seed report ({@code data/reports/}) with evaluation corpus documents
 * appended as numbered appendices (their headings demoted under the appendix heading) until the text
 * has at least 50 pages of {@value #CHARS_PER_PAGE} characters;</li>
 * <li><b>the seed report's PDF</b> ({@code src/test/resources/reports/formats/}, Chromium, 40 pages): for
 * information;</li>
 * <li><b>50 pages, PDF</b>: the committed Chromium PDFs of the fixtures merged with PDFBox, the seed
 * report's first, until at least 50 pages.</li>
 * </ul>
 *
 * <p>Each item once as the first document of a fresh JVM (cold: a child per item), then in one more child
 * {@code bench.extraction.warmups} warm-up rounds and {@code bench.extraction.runs} measured rounds, each
 * round every item in turn (so a busy moment of a shared machine falls on all items alike). Last,
 * {@code java -jar apec-dekg.jar evaluate --corpus --quiet} end to end (JVM start, extractor, scoring).
 *
 * <p>Settings: {@code bench.extraction} = {@code false} (default), {@code true} (after the rest) or
 * {@code only}; {@code bench.extraction.runs} (10), {@code bench.extraction.warmups} (3),
 * {@code bench.extraction.jvm} (-Xmx512m), {@code bench.extraction.note} (free text for the results, e.g.
 * that the machine was shared).
 */
final class ExtractionBench {

    /** {@code true}, {@code false} or {@code only}. */
    static final String MODE = prop("bench.extraction", "false").toLowerCase(Locale.ROOT);
    static final int RUNS = Math.max(1, Integer.parseInt(prop("bench.extraction.runs", "10")));
    static final int WARMUPS = Math.max(0, Integer.parseInt(prop("bench.extraction.warmups", "3")));
    static final List<String> JVM = Arrays.stream(prop("bench.extraction.jvm", "-Xmx512m").split("\\s+"))
            .filter(s -> !s.isEmpty()).toList();
    static final String NOTE = prop("bench.extraction.note", "");

    static final double TARGET_PAGES_SECONDS = 1;
    static final double TARGET_CORPUS_SECONDS = 30;
    /** A page of text: 3,000 characters (Unicode code points), about 500 English words. */
    static final int CHARS_PER_PAGE = 3000;
    static final int PAGES = 50;

    static final String SEED = "data/reports/moda-apec-desg-som3-2024.zh.md";
    static final String CORPUS = "src/test/resources/corpus";
    static final String FORMATS = "src/test/resources/reports/formats";
    static final String SEED_PDF = "moda-apec-desg-som3-2024.zh.pdf";
    /** Committed Chromium PDFs merged, in this order, until {@value #PAGES} pages: 40 + 10 (+ 4 …). */
    static final List<String> MERGE = List.of(SEED_PDF, "desg-summary-record-sample.en.pdf",
            "desg-trip-report-sample.zh.pdf", "desg-meeting-report-sample.zh.pdf", "desg-chair-summary-sample.en.pdf");

    /** The timed items, in the order of a round. */
    static final List<String> ITEMS = List.of("corpus", "pages-md", "seed-pdf", "pages-pdf");

    /** One document of one pass: read and extract ms, facts (triples of the report graph), text characters. */
    record Doc(String file, double readMs, double extractMs, long facts, long chars) {
        double totalMs() {
            return readMs + extractMs;
        }
    }

    /** One pass over an item's documents: wall clock of the loop and each document. */
    record Pass(String item, String phase, int index, double wallMs, List<Doc> docs) {}

    /** One child JVM: its passes, the extractor's construction, heap and GC, load average at start and end. */
    static final class Child {
        String what;
        double extractorMs;
        final List<Pass> passes = new ArrayList<>();
        double peakHeapMb;
        int gcCount;
        double gcMs;
        String loadStart;
        String loadEnd;
        double wallSeconds;
    }

    /** What an item is: a label, its files, pages (-1 if not paged), characters of its source. */
    record Item(String key, String label, List<Path> files, double pages, String pagesHow) {}

    static final class Result {
        final Map<String, Item> items = new LinkedHashMap<>();
        final Map<String, Child> cold = new LinkedHashMap<>();
        Child warm;
        final List<Double> cliSeconds = new ArrayList<>();
        final List<Integer> cliExits = new ArrayList<>();
        String cliCommand = "";
        List<String> composition = List.of();
        long compositeChars;
        long seedChars;
        int seedPdfPages;
        List<String> merged = List.of();
        List<String> jvm = JVM;
        String loadStart;
        String loadEnd;
    }

    private ExtractionBench() {}

    static Result run(BenchConfig config, Path basedir) throws IOException {
        Result r = new Result();
        r.loadStart = IntakeBench.loadAverage();
        Path dir = config.work().resolve("extraction");
        BenchMain.delete(dir);
        Files.createDirectories(dir);
        Path corpus = basedir.resolve(CORPUS);
        Path data = basedir.resolve("data");

        List<Path> corpusFiles = CorpusManifest.read(corpus).entries().stream().map(e -> corpus.resolve(e.file())).toList();
        r.items.put("corpus", new Item("corpus", "whole corpus (" + corpusFiles.size() + " documents of `"
                + CORPUS + "/manifest.tsv`, Markdown)", corpusFiles, -1, ""));

        Path composite = dir.resolve("extraction-50-pages.zh.md");
        composite(basedir, composite, r);
        r.items.put("pages-md", new Item("pages-md", "50-page report, Markdown (seed report + corpus documents as appendices)",
                List.of(composite), (double) r.compositeChars / CHARS_PER_PAGE,
                "at " + String.format(Locale.ROOT, "%,d", CHARS_PER_PAGE) + " characters a page"));

        Path formats = basedir.resolve(FORMATS);
        Path seedPdf = formats.resolve(SEED_PDF);
        if (Files.isRegularFile(seedPdf)) {
            r.seedPdfPages = pages(seedPdf);
            r.items.put("seed-pdf", new Item("seed-pdf", "the seed report's committed PDF (Chromium, tagged)",
                    List.of(seedPdf), r.seedPdfPages, "PDF pages (PDFBox)"));
            Path merged = dir.resolve("extraction-50-pages.zh.pdf");
            int pages = merge(formats, merged, r);
            r.items.put("pages-pdf", new Item("pages-pdf", "50-page PDF (committed Chromium PDFs merged with PDFBox: "
                    + String.join(" + ", r.merged) + ")", List.of(merged), pages, "PDF pages (PDFBox)"));
        } else {
            log("no " + seedPdf + ": the PDF items are left out");
        }
        log("items: " + r.items.values().stream().map(i -> i.key() + (i.pages() > 0
                ? String.format(Locale.ROOT, " (%.1f pages)", i.pages()) : " (" + i.files().size() + " files)")).toList());

        List<String> args = new ArrayList<>(List.of(data.toString(), corpus.toString(), composite.toString(),
                r.items.containsKey("seed-pdf") ? seedPdf.toString() : "-",
                r.items.containsKey("pages-pdf") ? dir.resolve("extraction-50-pages.zh.pdf").toString() : "-"));
        for (String key : r.items.keySet()) {
            log("cold: " + key + " as the first document of a fresh JVM (load average " + IntakeBench.loadAverage() + ")");
            Child c = child("cold:" + key, args, basedir, dir.resolve("cold-" + key + ".out"));
            r.cold.put(key, c);
            log(String.format(Locale.ROOT, "  extractor %.0f ms, then %s %.0f ms", c.extractorMs, key,
                    c.passes.get(0).wallMs()));
        }
        log("warm: " + WARMUPS + " warm-up and " + RUNS + " measured rounds of every item (load average "
                + IntakeBench.loadAverage() + ")");
        r.warm = child("warm", args, basedir, dir.resolve("warm.out"));
        for (String key : r.items.keySet()) {
            double[] walls = walls(r.warm, key);
            log(String.format(Locale.ROOT, "  %-9s median %.0f ms, min %.0f, max %.0f", key, median(walls), walls[0],
                    walls[walls.length - 1]));
        }
        if (Files.isRegularFile(config.appJar())) {
            List<String> cmd = new ArrayList<>(List.of(java()));
            cmd.addAll(JVM);
            cmd.addAll(List.of("-jar", config.appJar().toString(), "evaluate", "--data", data.toString(), "--corpus",
                    corpus.toString(), "--quiet"));
            r.cliCommand = "java " + String.join(" ", JVM) + " -jar apec-dekg.jar evaluate --data data --corpus " + CORPUS + " --quiet";
            int runs = Math.min(3, RUNS);
            for (int i = 1; i <= runs; i++) {
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder(cmd).directory(basedir.toFile()).redirectErrorStream(true)
                        .redirectOutput(dir.resolve("evaluate-" + i + ".out").toFile()).start();
                int exit = waitFor(p);
                r.cliSeconds.add((System.nanoTime() - t0) / 1e9);
                r.cliExits.add(exit);
                log(String.format(Locale.ROOT, "`evaluate --corpus --quiet` run %d: %.2f s, exit %d", i,
                        r.cliSeconds.get(i - 1), exit));
            }
        } else {
            log("no " + config.appJar() + ": `evaluate --corpus` is left out");
        }
        r.loadEnd = IntakeBench.loadAverage();
        return r;
    }

    // --- the documents --------------------------------------------------------------------------------------

    /**
     * The seed report, then corpus documents (manifest order) as appendices — "## 七、附錄一：TITLE", continuing
     * the seed's own top-level numbering (its last is 六), each document's headings two levels lower and its
     * leading HTML comment left out — until the text has {@value #PAGES} × {@value #CHARS_PER_PAGE} characters.
     * Starts with a line saying what it is, like the synthetic reports of {@link ReportTextGenerator}.
     */
    static void composite(Path basedir, Path out, Result r) throws IOException {
        String seed = Files.readString(basedir.resolve(SEED), StandardCharsets.UTF_8);
        r.seedChars = seed.codePointCount(0, seed.length());
        StringBuilder b = new StringBuilder();
        b.append("> **SYNTHETIC BENCHMARK DOCUMENT — built by the apec-dekg benchmark harness (extraction speed, issue 19): "
                + "the seed report followed by evaluation corpus documents as appendices; not a real report.**\n\n");
        b.append(seed.strip()).append("\n");
        List<String> parts = new ArrayList<>(List.of(Path.of(SEED).getFileName().toString()));
        Path corpus = basedir.resolve(CORPUS);
        List<String> files = CorpusManifest.read(corpus).entries().stream().map(CorpusManifest.Entry::file).toList();
        int section = 7; // the seed's last top-level section is 六
        int appendix = 1;
        long needed = (long) PAGES * CHARS_PER_PAGE;
        for (int i = 0; b.codePointCount(0, b.length()) < needed; i++) {
            String file = files.get(i % files.size());
            String text = Files.readString(corpus.resolve(file), StandardCharsets.UTF_8)
                    .replaceFirst("^\\s*<!--.*?-->\\s*", "");
            String title = text.lines().filter(l -> l.startsWith("# ")).map(l -> l.substring(2).strip()).findFirst()
                    .orElse(file);
            b.append("\n## ").append(zh(section++)).append("、附錄").append(zh(appendix++)).append("：").append(title)
                    .append("\n\n");
            for (String line : text.lines().toList()) {
                if (line.startsWith("# ") && line.substring(2).strip().equals(title)) {
                    continue; // the appendix heading says it
                }
                int level = 0;
                while (level < line.length() && line.charAt(level) == '#') {
                    level++;
                }
                if (level > 0 && level < line.length() && line.charAt(level) == ' ') {
                    line = "#".repeat(Math.min(6, level + 2)) + line.substring(level);
                }
                b.append(line).append("\n");
            }
            parts.add(file);
        }
        Files.writeString(out, b.toString(), StandardCharsets.UTF_8);
        r.compositeChars = b.codePointCount(0, b.length());
        r.composition = parts;
    }

    /** 1–99 in Chinese numerals: 一 … 十, 十一 … 二十, 二十一 … */
    static String zh(int n) {
        String digits = "〇一二三四五六七八九";
        int tens = n / 10;
        int ones = n % 10;
        String s = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(digits.charAt(tens))) + "十";
        return ones == 0 && tens > 0 ? s : s + digits.charAt(ones);
    }

    /** {@link #MERGE} merged in order until {@value #PAGES} pages; returns the pages. */
    static int merge(Path formats, Path out, Result r) throws IOException {
        PDFMergerUtility merger = new PDFMergerUtility();
        List<String> used = new ArrayList<>();
        int pages = 0;
        for (String f : MERGE) {
            if (pages >= PAGES) {
                break;
            }
            Path p = formats.resolve(f);
            if (!Files.isRegularFile(p)) {
                continue;
            }
            int n = pages(p);
            merger.addSource(p.toFile());
            used.add(f + " (" + n + ")");
            pages += n;
        }
        merger.setDestinationFileName(out.toString());
        merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
        r.merged = used;
        return pages(out);
    }

    static int pages(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return d.getNumberOfPages();
        }
    }

    // --- the child JVMs ---------------------------------------------------------------------------------------

    private static Child child(String mode, List<String> args, Path basedir, Path out) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(java()));
        cmd.addAll(JVM);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ExtractionBench.class.getName(), mode,
                Integer.toString(WARMUPS), Integer.toString(RUNS)));
        cmd.addAll(args);
        Child c = new Child();
        c.what = mode;
        c.loadStart = IntakeBench.loadAverage();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).directory(basedir.toFile()).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                lines.add(line);
            }
        }
        int exit = waitFor(p);
        c.wallSeconds = (System.nanoTime() - t0) / 1e9;
        c.loadEnd = IntakeBench.loadAverage();
        Files.write(out, lines, StandardCharsets.UTF_8);
        if (exit != 0) {
            throw new IllegalStateException("extraction child " + mode + " failed (exit " + exit + "), see " + out);
        }
        Map<String, List<Doc>> docs = new LinkedHashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            switch (f[0]) {
                case "extractor" -> c.extractorMs = d(f[1]);
                case "doc" -> docs.computeIfAbsent(f[1] + "\t" + f[2] + "\t" + f[3], k -> new ArrayList<>())
                        .add(new Doc(f[4], d(f[5]), d(f[6]), Long.parseLong(f[7]), Long.parseLong(f[8])));
                case "pass" -> c.passes.add(new Pass(f[1], f[2], Integer.parseInt(f[3]), d(f[4]),
                        docs.getOrDefault(f[1] + "\t" + f[2] + "\t" + f[3], List.of())));
                case "heap" -> c.peakHeapMb = d(f[1]);
                case "gc" -> {
                    c.gcCount = Integer.parseInt(f[1]);
                    c.gcMs = d(f[2]);
                }
                default -> { }
            }
        }
        return c;
    }

    /**
     * The child: {@code MODE WARMUPS RUNS DATA CORPUS PAGES_MD SEED_PDF PAGES_PDF} ({@code -}: none), MODE
     * {@code cold:ITEM} (the extractor, then one pass of ITEM) or {@code warm} (the extractor, WARMUPS
     * warm-up rounds, RUNS measured rounds; a round is one pass of every item). Prints tab-separated lines.
     */
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int warmups = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        DekgProperties properties = new DekgProperties();
        properties.setData(Path.of(args[3]));
        Path corpus = Path.of(args[4]);
        Map<String, List<Path>> items = new LinkedHashMap<>();
        items.put("corpus", CorpusManifest.read(corpus).entries().stream().map(e -> corpus.resolve(e.file())).toList());
        items.put("pages-md", List.of(Path.of(args[5])));
        if (!args[6].equals("-")) {
            items.put("seed-pdf", List.of(Path.of(args[6])));
        }
        if (!args[7].equals("-")) {
            items.put("pages-pdf", List.of(Path.of(args[7])));
        }
        long t0 = System.nanoTime();
        ReportExtractor extractor = Ingest.extractor(properties);
        System.out.println("extractor\t" + ms(t0));
        if (mode.startsWith("cold:")) {
            String key = mode.substring("cold:".length());
            pass(extractor, key, items.get(key), "cold", 1);
        } else {
            for (int round = 1; round <= warmups + runs; round++) {
                String phase = round <= warmups ? "warmup" : "measured";
                int index = round <= warmups ? round : round - warmups;
                for (Map.Entry<String, List<Path>> e : items.entrySet()) {
                    pass(extractor, e.getKey(), e.getValue(), phase, index);
                }
            }
        }
        double peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("heap\t" + peak / (1024 * 1024));
        long count = 0;
        long time = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            time += Math.max(0, gc.getCollectionTime());
        }
        System.out.println("gc\t" + count + "\t" + time);
    }

    /** Reads and extracts each file in turn, as {@code evaluate --corpus} does; prints each document, then the pass. */
    private static void pass(ReportExtractor extractor, String key, List<Path> files, String phase, int index) {
        List<String> lines = new ArrayList<>();
        long start = System.nanoTime();
        for (Path f : files) {
            long t0 = System.nanoTime();
            ReportDocument doc = Evaluator.read(f);
            double read = ms(t0);
            t0 = System.nanoTime();
            Extraction x = extractor.extract(doc);
            double extract = ms(t0);
            lines.add("doc\t" + key + "\t" + phase + "\t" + index + "\t" + f.getFileName() + "\t" + read + "\t" + extract
                    + "\t" + x.facts().size() + "\t" + doc.text().codePointCount(0, doc.text().length()));
        }
        double wall = ms(start);
        lines.forEach(System.out::println); // printed after the timed loop
        System.out.println("pass\t" + key + "\t" + phase + "\t" + index + "\t" + wall);
    }

    // --- the results as Markdown ------------------------------------------------------------------------------

    static String markdown(Result r) {
        StringBuilder b = new StringBuilder("## Extraction speed (issue 19)\n\n");
        b.append("Issue 19, \"Done when\": extraction of a 50-page report ≤ ").append(f0(TARGET_PAGES_SECONDS))
                .append(" s and of the whole corpus ≤ ").append(f0(TARGET_CORPUS_SECONDS))
                .append(" s (a benchmark, not a test). Timed per document: `Evaluator.read(file)` (the reader `evaluate` "
                        + "and `load` use: the file's bytes, format detection, the format's reader) and "
                        + "`ReportExtractor.extract(document)` (the extractor `Ingest.extractor` builds from `data/`, as "
                        + "`evaluate`, `load` and the server do), one document after the other on one thread. Not in these "
                        + "times: building the extractor (once per JVM, given below), scoring against gold, writing to a "
                        + "store. Child JVMs `").append(String.join(" ", r.jvm)).append("`: cold = the item as the first "
                        + "document of a fresh JVM (one child per item, after the extractor is built); warm = one more child, ")
                .append(WARMUPS).append(" warm-up rounds then ").append(RUNS).append(" measured rounds, a round being one "
                        + "pass of every item in turn.\n\n");
        if (!NOTE.isEmpty()) {
            b.append("**Note:** ").append(NOTE).append("\n\n");
        }
        b.append("Load average (1, 5, 15 min) at the start ").append(r.loadStart).append(", at the end ").append(r.loadEnd)
                .append(" (").append(Runtime.getRuntime().availableProcessors()).append(" cores).\n\n");

        b.append("| target | result | met |\n|---|---|---|\n");
        Item corpus = r.items.get("corpus");
        double[] cw = walls(r.warm, "corpus");
        double cold = r.cold.get("corpus").passes.get(0).wallMs();
        b.append("| whole corpus ≤ ").append(f0(TARGET_CORPUS_SECONDS)).append(" s (").append(corpus.files().size())
                .append(" documents) | warm: median ").append(s2(median(cw))).append(" s (min ").append(s2(cw[0]))
                .append(", max ").append(s2(cw[cw.length - 1])).append(", ").append(cw.length).append(" passes), ")
                .append(f1(corpus.files().size() / (median(cw) / 1e3))).append(" documents/s; cold, first pass in a fresh JVM: ")
                .append(s2(cold)).append(" s (+ ").append(s2(r.cold.get("corpus").extractorMs))
                .append(" s building the extractor)");
        if (!r.cliSeconds.isEmpty()) {
            double[] cli = r.cliSeconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            b.append("; `evaluate --corpus --quiet` end to end (JVM start, extractor, extraction, scoring): median ")
                    .append(f2(median(cli))).append(" s of ").append(cli.length);
        }
        boolean corpusMet = median(cw) / 1e3 <= TARGET_CORPUS_SECONDS && cold / 1e3 <= TARGET_CORPUS_SECONDS;
        b.append(" | ").append(corpusMet ? "yes" : "**no**").append(" |\n");
        for (String key : List.of("pages-md", "pages-pdf")) {
            Item item = r.items.get(key);
            if (item == null) {
                continue;
            }
            double[] w = walls(r.warm, key);
            double c = r.cold.get(key).passes.get(0).wallMs();
            boolean met = median(w) / 1e3 <= TARGET_PAGES_SECONDS;
            b.append("| ").append(PAGES).append("-page report ≤ ").append(f0(TARGET_PAGES_SECONDS)).append(" s: ")
                    .append(key.equals("pages-md") ? "Markdown" : "PDF").append(", ").append(f1(item.pages()))
                    .append(" pages (").append(item.pagesHow()).append(") | warm: median ").append(s2(median(w)))
                    .append(" s, max ").append(s2(w[w.length - 1])).append(" (").append(w.length)
                    .append(" passes; max ").append(w[w.length - 1] / 1e3 <= TARGET_PAGES_SECONDS ? "within" : "over")
                    .append(" 1 s); cold, first document of a fresh JVM: ").append(s2(c)).append(" s")
                    .append(c / 1e3 <= TARGET_PAGES_SECONDS ? "" : " (over 1 s)").append(" | ")
                    .append(met ? "yes (warm median)" : "**no**").append(" |\n");
        }
        b.append("\n\"Met\" for the corpus: both the warm median and the cold pass within the target; for the 50-page report: "
                + "the warm median (a server or `load FOLDER` extracts in a warm JVM), the cold figure being what one "
                + "`load FILE` in a new JVM pays for its first document, on top of building the extractor.\n\n");

        b.append("### Items\n\n| item | files | pages | characters of the text read | facts (triples) |\n|---|---:|---:|---:|---:|\n");
        for (Item item : r.items.values()) {
            List<Doc> docs = lastPass(r.warm, item.key()).docs();
            b.append("| ").append(item.label()).append(" | ").append(item.files().size()).append(" | ")
                    .append(item.pages() > 0 ? f1(item.pages()) + " (" + item.pagesHow() + ")" : "").append(" | ")
                    .append(f0(docs.stream().mapToLong(Doc::chars).sum())).append(" | ")
                    .append(f0(docs.stream().mapToLong(Doc::facts).sum())).append(" |\n");
        }
        b.append("\n**Pages.** A page is ").append(f0(CHARS_PER_PAGE)).append(" characters (Unicode code points) of the "
                + "Markdown text, about 500 English words. No CJK TrueType font PDFBox can embed is on this machine, so the "
                + "Markdown document is not rendered to PDF here (the committed PDFs are Chromium renderings, made with a "
                + "browser). For comparison, the seed report's Markdown is ").append(f0(r.seedChars)).append(" characters and ");
        if (r.seedPdfPages > 0) {
            double density = (double) r.seedChars / r.seedPdfPages;
            b.append("its committed Chromium PDF has ").append(r.seedPdfPages).append(" pages: ").append(f0(density))
                    .append(" characters a rendered page, so the 3,000-character page is the larger one, and the Markdown item "
                            + "would be ").append(f0(r.compositeChars / density)).append(" pages at the seed's density. ");
        }
        b.append("The PDF items' pages are PDFBox's page count of the file.\n\n");
        b.append("**The 50-page Markdown** (").append(f0(r.compositeChars)).append(" characters): a line saying it is "
                + "synthetic, the seed report `").append(SEED).append("`, then ").append(r.composition.size() - 1)
                .append(" evaluation corpus documents (manifest order) as appendices — `## 七、附錄一：TITLE`, `## 八、附錄二：…`, "
                        + "continuing the seed's own top-level numbering, each document's headings two levels lower and its "
                        + "leading comment left out — until ").append(f0((long) PAGES * CHARS_PER_PAGE))
                .append(" characters: ").append(String.join(", ", r.composition.subList(1, r.composition.size()))).append(".\n\n");

        b.append("### Every item, warm\n\n| item | cold (ms) | warm min (ms) | median | max | read median (ms) "
                + "| extract median (ms) | documents/s (median) |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Item item : r.items.values()) {
            double[] w = walls(r.warm, item.key());
            double[] read = perPass(r.warm, item.key(), Doc::readMs);
            double[] extract = perPass(r.warm, item.key(), Doc::extractMs);
            b.append("| ").append(item.key()).append(" | ").append(f0(r.cold.get(item.key()).passes.get(0).wallMs()))
                    .append(" | ").append(f0(w[0])).append(" | ").append(f0(median(w))).append(" | ").append(f0(w[w.length - 1]))
                    .append(" | ").append(f0(median(read))).append(" | ").append(f0(median(extract))).append(" | ")
                    .append(f1(item.files().size() / (median(w) / 1e3))).append(" |\n");
        }
        b.append("\nCold runs: building the extractor ").append(String.join(", ", r.cold.values().stream()
                .map(c -> f0(c.extractorMs) + " ms").toList())).append(" (one per child, in the order above); the warm child's ")
                .append(f0(r.warm.extractorMs)).append(" ms. Read and extract medians are of each pass's sums. Warm child: peak heap "
                        + "used ").append(f0(r.warm.peakHeapMb)).append(" MB (JMX pool peaks summed), ").append(r.warm.gcCount)
                .append(" GC collections, ").append(f0(r.warm.gcMs)).append(" ms in GC, ").append(f1(r.warm.wallSeconds))
                .append(" s wall; load average at its start ").append(r.warm.loadStart).append(", at its end ")
                .append(r.warm.loadEnd).append(".\n\n");

        b.append("### The corpus's slowest documents (warm, median of ").append(RUNS).append(" passes)\n\n")
                .append("| document | read (ms) | extract (ms) | read + extract (ms) | facts |\n|---|---:|---:|---:|---:|\n");
        Map<String, List<Doc>> byFile = new LinkedHashMap<>();
        r.warm.passes.stream().filter(p -> p.item().equals("corpus") && p.phase().equals("measured"))
                .flatMap(p -> p.docs().stream()).forEach(d -> byFile.computeIfAbsent(d.file(), k -> new ArrayList<>()).add(d));
        List<Map.Entry<String, List<Doc>>> slowest = byFile.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, List<Doc>> e) -> -median(e.getValue().stream()
                        .mapToDouble(Doc::totalMs).toArray()))).limit(3).toList();
        for (Map.Entry<String, List<Doc>> e : slowest) {
            List<Doc> ds = e.getValue();
            b.append("| ").append(e.getKey()).append(" | ").append(f1(median(ds.stream().mapToDouble(Doc::readMs).toArray())))
                    .append(" | ").append(f1(median(ds.stream().mapToDouble(Doc::extractMs).toArray()))).append(" | ")
                    .append(f1(median(ds.stream().mapToDouble(Doc::totalMs).toArray()))).append(" | ")
                    .append(ds.get(0).facts()).append(" |\n");
        }
        double[] all = byFile.values().stream().mapToDouble(ds -> median(ds.stream().mapToDouble(Doc::totalMs).toArray()))
                .sorted().toArray();
        if (all.length > 0) {
            b.append("\nEvery corpus document, median read + extract: p50 ").append(f1(median(all))).append(" ms, max ")
                    .append(f1(all[all.length - 1])).append(" ms.\n\n");
        }

        b.append("### Every measured pass (ms)\n\n");
        for (Item item : r.items.values()) {
            b.append("- ").append(item.key()).append(": ").append(String.join(", ", r.warm.passes.stream()
                    .filter(p -> p.item().equals(item.key()) && p.phase().equals("measured"))
                    .map(p -> f0(p.wallMs())).toList())).append(" (warm-up: ").append(String.join(", ", r.warm.passes
                    .stream().filter(p -> p.item().equals(item.key()) && p.phase().equals("warmup"))
                    .map(p -> f0(p.wallMs())).toList())).append(")\n");
        }
        if (!r.cliSeconds.isEmpty()) {
            b.append("- `").append(r.cliCommand).append("`, wall clock (s): ").append(String.join(", ",
                    r.cliSeconds.stream().map(IntakeBench::f2).toList())).append("; exit ")
                    .append(String.join(", ", r.cliExits.stream().map(String::valueOf).toList())).append("\n");
        }
        b.append("\n");
        return b.toString();
    }

    /** The measured passes' wall clocks of {@code key}, sorted. */
    private static double[] walls(Child c, String key) {
        return c.passes.stream().filter(p -> p.item().equals(key) && p.phase().equals("measured"))
                .mapToDouble(Pass::wallMs).sorted().toArray();
    }

    /** Per measured pass of {@code key}, the sum of {@code part} over its documents, sorted. */
    private static double[] perPass(Child c, String key, java.util.function.ToDoubleFunction<Doc> part) {
        return c.passes.stream().filter(p -> p.item().equals(key) && p.phase().equals("measured"))
                .mapToDouble(p -> p.docs().stream().mapToDouble(part).sum()).sorted().toArray();
    }

    private static Pass lastPass(Child c, String key) {
        List<Pass> passes = c.passes.stream().filter(p -> p.item().equals(key)).toList();
        return passes.get(passes.size() - 1);
    }

    /** The median (the mean of the middle two for an even count). */
    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static int waitFor(Process p) {
        try {
            if (!p.waitFor(30, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + p.info().commandLine().orElse("?"));
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double d(String s) {
        return Double.parseDouble(s);
    }

    /** Milliseconds as seconds, two decimals. */
    private static String s2(double ms) {
        return f2(ms / 1e3);
    }

    private static void log(String message) {
        System.out.println("bench: [extraction] " + message);
    }
}
