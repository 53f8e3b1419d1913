package org.w3id.apecdekg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The mixed report corpus of the intake benchmark (issue 18), generated deterministically from a
 * seed: synthetic trip reports of {@link ReportTextGenerator} (a few pages each: a header table,
 * headings, paragraphs and a project table of {@link #MIN_ROWS}–{@link #MAX_ROWS} rows) written as
 * Markdown (as generated), HTML (headings, paragraphs, {@code <table>}), DOCX (Apache POI XWPF: heading
 * styles, paragraphs, tables) and PDF (PDFBox, untagged, A4, the table drawn with ruled cells and its
 * header repeated on each page, in a CJK TrueType font found on the machine); a share of the PDFs are
 * instead copies of the committed Chromium PDFs of {@code src/test/resources/reports/formats/}
 * (tagged, with tables). Also the 100-page PDF: committed fixture PDFs merged with PDFBox.
 */
final class IntakeCorpus {

    static final int MIN_ROWS = 25;
    static final int MAX_ROWS = 40;

    /** Latin TrueType fonts for the generated PDFs (the CJK fallback font below has no Latin glyphs). */
    static final List<String> LATIN_FONTS = List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
            "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf");

    /** CJK TrueType fonts PDFBox can embed (Noto CJK ships as CFF-based OpenType collections). */
    static final List<String> FONTS = List.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic-bkai00mp/bkai00mp.ttf", "/usr/share/fonts/truetype/arphic/uming.ttf",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttf");

    /** Committed Chromium PDFs (tagged) copied into the corpus: the fixtures of a few pages, not the 40-page one. */
    static final List<String> FIXTURE_PDFS = List.of("desg-trip-report-sample.zh.pdf",
            "desg-summary-record-sample.en.pdf", "desg-meeting-report-sample.zh.pdf",
            "desg-chair-summary-sample.en.pdf", "desg-meeting-report-no-agency.zh.pdf",
            "desg-summary-record-numbered-sample.en.pdf");

    /** The fixtures merged, in this order, into the 100-page PDF: 40 + 10 + 4 + 40 + 4 + 1 + 1 pages. */
    static final List<String> MERGE_ORDER = List.of("moda-apec-desg-som3-2024.zh.pdf",
            "desg-summary-record-sample.en.pdf", "desg-trip-report-sample.zh.pdf", "moda-apec-desg-som3-2024.zh.pdf",
            "desg-trip-report-sample.zh.pdf", "desg-meeting-report-sample.zh.pdf", "desg-chair-summary-sample.en.pdf");

    /** What was written: files by kind ("md", "html", "docx", "pdf (generated)", "pdf (fixture copy)"), bytes. */
    record Corpus(Path dir, Map<String, Integer> counts, Map<String, Long> bytes, Map<String, Integer> pages,
            String font) {
        int files() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final long seed;
    private final Path fixtures;

    IntakeCorpus(long seed, Path fixtures) {
        this.seed = seed;
        this.fixtures = fixtures;
    }

    /** Writes {@code count} documents into {@code dir}, round robin Markdown, HTML, DOCX, PDF. */
    Corpus write(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        ReportTextGenerator texts = new ReportTextGenerator(seed);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        Path font = font();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Long> bytes = new LinkedHashMap<>();
        Map<String, Integer> pages = new LinkedHashMap<>();
        int pdfs = 0;
        for (int i = 0; i < count; i++) {
            int rows = MIN_ROWS + random.nextInt(MAX_ROWS - MIN_ROWS + 1);
            String md = texts.report(i, rows);
            String name = String.format("intake-%03d", i);
            String kind;
            Path file;
            switch (i % 4) {
                case 0 -> {
                    kind = "md";
                    file = dir.resolve(name + ".zh.md");
                    Files.writeString(file, md, StandardCharsets.UTF_8);
                }
                case 1 -> {
                    kind = "html";
                    file = dir.resolve(name + ".zh.html");
                    Files.writeString(file, html(name, blocks(md)), StandardCharsets.UTF_8);
                }
                case 2 -> {
                    kind = "docx";
                    file = dir.resolve(name + ".zh.docx");
                    docx(blocks(md), file);
                }
                default -> {
                    // every other PDF a committed Chromium PDF (tagged), the others generated (untagged)
                    boolean copy = font == null || pdfs++ % 2 == 1;
                    if (copy) {
                        String fixture = FIXTURE_PDFS.get((pdfs / 2) % FIXTURE_PDFS.size());
                        kind = "pdf (fixture copy)";
                        file = dir.resolve(name + "." + fixture.replaceFirst("\\.pdf$", "").replaceFirst("^.*\\.", "") + ".pdf");
                        Files.copy(fixtures.resolve(fixture), file);
                    } else {
                        kind = "pdf (generated)";
                        file = dir.resolve(name + ".zh.pdf");
                        pdf(blocks(md), font, latin(), file);
                    }
                    try (PDDocument d = Loader.loadPDF(file.toFile())) {
                        pages.merge(kind, d.getNumberOfPages(), Integer::sum);
                    }
                }
            }
            counts.merge(kind, 1, Integer::sum);
            bytes.merge(kind, Files.size(file), Long::sum);
        }
        return new Corpus(dir, counts, bytes, pages, font == null ? "none found" : font.toString());
    }

    /** The first CJK TrueType font of {@link #FONTS} (or {@code bench.intake.font}) that exists, else null. */
    static Path font() {
        String own = System.getProperty("bench.intake.font");
        if (own != null && !own.isBlank() && !own.startsWith("${")) {
            return Path.of(own.trim());
        }
        return FONTS.stream().map(Path::of).filter(Files::isRegularFile).findFirst().orElse(null);
    }

    /** The first of {@link #LATIN_FONTS} that exists, else null (then Latin text is shown in the CJK font, where it can). */
    static Path latin() {
        return LATIN_FONTS.stream().map(Path::of).filter(Files::isRegularFile).findFirst().orElse(null);
    }

    /** The fixtures of {@link #MERGE_ORDER} merged into one PDF (PDFBox {@code PDFMergerUtility}); returns its pages. */
    int mergeHundredPages(Path out) throws IOException {
        PDFMergerUtility merger = new PDFMergerUtility();
        for (String f : MERGE_ORDER) {
            merger.addSource(fixtures.resolve(f).toFile());
        }
        merger.setDestinationFileName(out.toString());
        merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            return d.getNumberOfPages();
        }
    }

    // --- the generated Markdown as blocks ---------------------------------------------------------

    /** A heading (level > 0), a paragraph (level 0, no rows) or a table (rows). */
    record Block(int level, String text, List<List<String>> rows) {}

    /** The generator's Markdown as blocks: {@code #} headings, runs of tab-separated lines as tables, paragraphs. */
    static List<Block> blocks(String md) {
        List<Block> out = new ArrayList<>();
        List<List<String>> table = null;
        for (String line : md.split("\n")) {
            if (line.contains("\t")) {
                if (table == null) {
                    table = new ArrayList<>();
                }
                table.add(List.of(line.split("\t", -1)));
                continue;
            }
            if (table != null) {
                out.add(new Block(0, null, table));
                table = null;
            }
            if (line.isBlank()) {
                continue;
            }
            int level = 0;
            while (level < line.length() && line.charAt(level) == '#') {
                level++;
            }
            if (level > 0) {
                out.add(new Block(level, line.substring(level).strip(), null));
            } else {
                out.add(new Block(0, line.replaceFirst("^>\\s*", "").replace("**", "").strip(), null));
            }
        }
        if (table != null) {
            out.add(new Block(0, null, table));
        }
        return out;
    }

    // --- HTML -------------------------------------------------------------------------------------

    static String html(String title, List<Block> blocks) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-Hant\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(title)).append("</title>\n<style>table{border-collapse:collapse}td,th{border:1px solid #999}</style>\n")
                .append("</head>\n<body>\n");
        for (Block k : blocks) {
            if (k.rows() != null) {
                b.append("<table>\n");
                for (int r = 0; r < k.rows().size(); r++) {
                    String cell = r == 0 ? "th" : "td";
                    b.append("<tr>");
                    for (String c : k.rows().get(r)) {
                        b.append('<').append(cell).append('>').append(esc(c)).append("</").append(cell).append('>');
                    }
                    b.append("</tr>\n");
                }
                b.append("</table>\n");
            } else if (k.level() > 0) {
                b.append("<h").append(k.level()).append('>').append(esc(k.text())).append("</h").append(k.level()).append(">\n");
            } else {
                b.append("<p>").append(esc(k.text())).append("</p>\n");
            }
        }
        return b.append("</body>\n</html>\n").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    // --- DOCX -------------------------------------------------------------------------------------

    static void docx(List<Block> blocks, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            for (int level = 1; level <= 3; level++) {
                CTStyle ct = CTStyle.Factory.newInstance();
                ct.setStyleId("Heading" + level);
                CTString name = CTString.Factory.newInstance();
                name.setVal("heading " + level);
                ct.setName(name);
                ct.setType(STStyleType.PARAGRAPH);
                styles.addStyle(new XWPFStyle(ct));
            }
            for (Block k : blocks) {
                if (k.rows() != null) {
                    int cols = k.rows().stream().mapToInt(List::size).max().orElse(1);
                    XWPFTable t = doc.createTable(k.rows().size(), cols);
                    for (int r = 0; r < k.rows().size(); r++) {
                        List<String> row = k.rows().get(r);
                        for (int c = 0; c < cols; c++) {
                            XWPFTableCell cell = t.getRow(r).getCell(c);
                            cell.setText(c < row.size() ? row.get(c) : "");
                        }
                    }
                    doc.createParagraph(); // Word keeps a paragraph between a table and what follows
                } else {
                    XWPFParagraph p = doc.createParagraph();
                    if (k.level() > 0) {
                        p.setStyle("Heading" + k.level());
                    }
                    p.createRun().setText(k.text());
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
    }

    // --- PDF --------------------------------------------------------------------------------------

    private static final float MARGIN = 56;
    private static final float[] COLUMNS = {0.18f, 0.32f, 0.50f};

    /** Which code points a font file has glyphs for (its Unicode cmap), parsed once per font file. */
    private static final Map<Path, CmapLookup> CMAPS = new HashMap<>();

    private static synchronized CmapLookup cmap(Path font) throws IOException {
        CmapLookup lookup = CMAPS.get(font);
        if (lookup == null) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(font.toFile()));
            lookup = ttf.getUnicodeCmapLookup();
            CMAPS.put(font, lookup); // the font stays open for the lookups
        }
        return lookup;
    }

    static void pdf(List<Block> blocks, Path cjkFile, Path latinFile, Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font cjk = PDType0Font.load(doc, cjkFile.toFile());
            PDType0Font latin = latinFile == null ? cjk : PDType0Font.load(doc, latinFile.toFile());
            new PdfWriter(doc, cjk, cmap(cjkFile), latin, latinFile == null ? cmap(cjkFile) : cmap(latinFile)).write(blocks);
            doc.save(file.toFile());
        }
    }

    /** Lays out blocks on A4 pages: wrapped lines, ruled tables whose header row repeats on each page. */
    private static final class PdfWriter {
        private final PDDocument doc;
        private final PDType0Font cjk;
        private final CmapLookup cjkMap;
        private final PDType0Font latin;
        private final CmapLookup latinMap;
        private final Map<Integer, Float> widths = new HashMap<>();
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream cs;
        private float y;

        PdfWriter(PDDocument doc, PDType0Font cjk, CmapLookup cjkMap, PDType0Font latin, CmapLookup latinMap) {
            this.doc = doc;
            this.cjk = cjk;
            this.cjkMap = cjkMap;
            this.latin = latin;
            this.latinMap = latinMap;
        }

        /** The font to show {@code cp} in: CJK characters in the CJK font, the rest in the Latin one; null: none has it. */
        private PDType0Font fontFor(int cp) {
            boolean inCjk = cjkMap.getGlyphId(cp) > 0;
            boolean inLatin = latinMap.getGlyphId(cp) > 0;
            if (inCjk && (cp >= 0x2E80 || !inLatin)) {
                return cjk;
            }
            return inLatin ? latin : null;
        }

        void write(List<Block> blocks) throws IOException {
            newPage();
            for (Block k : blocks) {
                if (k.rows() != null) {
                    table(k.rows());
                } else if (k.level() > 0) {
                    float size = k.level() == 1 ? 16 : k.level() == 2 ? 14 : 12;
                    space(size);
                    text(k.text(), size, width, MARGIN);
                    space(size * 0.4f);
                } else {
                    text(k.text(), 10.5f, width, MARGIN);
                    space(6);
                }
            }
            cs.close();
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void space(float points) throws IOException {
            y -= points;
            if (y < MARGIN) {
                newPage();
            }
        }

        private void text(String s, float size, float w, float x) throws IOException {
            for (String line : wrap(s, size, w)) {
                if (y - size * 1.4f < MARGIN) {
                    newPage();
                }
                y -= size * 1.4f;
                show(line, size, x, y);
            }
        }

        /** One line: runs of characters in the same font, each shown after the previous one. */
        private void show(String line, float size, float x, float baseline) throws IOException {
            cs.beginText();
            cs.newLineAtOffset(x, baseline);
            PDType0Font current = null;
            StringBuilder run = new StringBuilder();
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                i += Character.charCount(cp);
                PDType0Font f = fontFor(cp);
                if (f != current && run.length() > 0) {
                    cs.setFont(current, size);
                    cs.showText(run.toString());
                    run.setLength(0);
                }
                current = f;
                run.appendCodePoint(cp);
            }
            if (run.length() > 0) {
                cs.setFont(current, size);
                cs.showText(run.toString());
            }
            cs.endText();
        }

        private void table(List<List<String>> rows) throws IOException {
            float size = 9;
            float lead = size * 1.4f;
            float pad = 3;
            space(4);
            List<String> header = rows.get(0);
            for (int r = 0; r < rows.size(); r++) {
                List<List<String>> cells = cells(rows.get(r), size, pad);
                float h = cells.stream().mapToInt(List::size).max().orElse(1) * lead + 2 * pad;
                if (y - h < MARGIN) {
                    newPage();
                    if (r > 0) { // the header row again on the new page, as Chromium prints long tables
                        List<List<String>> head = cells(header, size, pad);
                        drawRow(head, head.stream().mapToInt(List::size).max().orElse(1) * lead + 2 * pad, size, lead, pad);
                    }
                }
                drawRow(cells, h, size, lead, pad);
            }
            space(8);
        }

        private List<List<String>> cells(List<String> row, float size, float pad) {
            List<List<String>> out = new ArrayList<>();
            for (int c = 0; c < COLUMNS.length; c++) {
                String text = c < row.size() ? row.get(c) : "";
                out.add(wrap(text, size, COLUMNS[c] * width - 2 * pad));
            }
            return out;
        }

        private void drawRow(List<List<String>> cells, float h, float size, float lead, float pad) throws IOException {
            float x = MARGIN;
            for (int c = 0; c < COLUMNS.length; c++) {
                float w = COLUMNS[c] * width;
                cs.addRect(x, y - h, w, h);
                float baseline = y - pad;
                for (String line : cells.get(c)) {
                    baseline -= lead;
                    show(line, size, x + pad, baseline + (lead - size));
                }
                x += w;
            }
            cs.setLineWidth(0.5f);
            cs.stroke();
            y -= h;
        }

        /** Greedy wrap to {@code w} points: breaks after a space when the line has one, else between characters. */
        private List<String> wrap(String s, float size, float w) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            float used = 0;
            int lastSpace = -1;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                String ch = new String(Character.toChars(cp));
                float cw = width(cp) * size / 1000;
                if (cw < 0) { // no font has it
                    ch = "?";
                    cw = width('?') * size / 1000;
                }
                if (used + cw > w && line.length() > 0) {
                    if (lastSpace > 0 && cp < 0x2E80) {
                        String rest = line.substring(lastSpace + 1);
                        lines.add(line.substring(0, lastSpace));
                        line.setLength(0);
                        line.append(rest);
                        used = measure(rest, size);
                    } else {
                        lines.add(line.toString());
                        line.setLength(0);
                        used = 0;
                    }
                    lastSpace = -1;
                }
                if (cp == ' ') {
                    lastSpace = line.length();
                }
                line.append(ch);
                used += cw;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            return lines;
        }

        private float measure(String s, float size) {
            return (float) s.codePoints().mapToDouble(cp -> Math.max(0, width(cp))).sum() * size / 1000;
        }

        /** Glyph width in 1/1000 em, or -1 when the font has no glyph for it. */
        private float width(int cp) {
            return widths.computeIfAbsent(cp, k -> {
                PDType0Font f = fontFor(k);
                if (f == null) {
                    return -1f;
                }
                try {
                    return f.getStringWidth(new String(Character.toChars(k)));
                } catch (IOException | IllegalArgumentException e) {
                    return -1f;
                }
            });
        }
    }
}
