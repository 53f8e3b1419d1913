package org.w3id.apecdekg.intake.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Runs PDFBox's {@link PDFTextStripper} (sorted by position) once over a document and keeps what it
 * writes as {@link PdfLine}s of {@link PdfWord}s per page, each word with its x extent and the
 * marked-content id (MCID) it was drawn in, so a tag tree can be mapped to text. The stripper does
 * the hard parts: word spacing, duplicate (fake bold) glyphs, and {@code /ActualText} replacements
 * (the CJK radical pitfall).
 */
public final class PageTextCollector extends PDFTextStripper {

    /** A footnote marker: up to three digits or up to three of {@code * † ‡} (as the DOCX reader takes them). */
    private static final Pattern SUPERSCRIPT_MARK = Pattern.compile("\\d{1,3}|[*\u2020\u2021]{1,3}");
    /** A superscript is set at less than this share of the line's usual font size… */
    private static final float SUPERSCRIPT_SIZE = 0.92f;
    /** …and its baseline raised by more than this share of it. */
    private static final float SUPERSCRIPT_RISE = 0.18f;

    private final List<PdfPageText> pages = new ArrayList<>();
    private final Deque<Integer> mcids = new ArrayDeque<>();
    /** Per glyph of the page: its marked-content id + 1 (high 32 bits) and its order in the content stream. */
    private final Map<TextPosition, Long> glyphs = new IdentityHashMap<>();
    private List<PdfLine> lines;
    /** Per line: its usual font size, the baseline of its glyphs of that size, and its largest font size. */
    private List<float[]> lineSizes;
    private List<PdfWord> words;
    /** The glyphs of each word of the line, one per character of its text (null when they do not map one to one). */
    private List<List<TextPosition>> wordGlyphs;
    private List<TextPosition> linePositions;
    private boolean space;

    private PageTextCollector() {
        setSortByPosition(true);
    }

    /** The text of every page of the document, in page order. */
    public static List<PdfPageText> collect(PDDocument document) throws IOException {
        PageTextCollector c = new PageTextCollector();
        c.writeText(document, Writer.nullWriter());
        // PDFTextStripper skips pages without a content stream: give them an empty entry
        List<PdfPageText> all = new ArrayList<>(document.getNumberOfPages());
        int next = 0;
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            if (next < c.pages.size() && c.pages.get(next).page() == page) {
                all.add(c.pages.get(next++));
            } else {
                all.add(new PdfPageText(page, List.of()));
            }
        }
        return all;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        lines = new ArrayList<>();
        lineSizes = new ArrayList<>();
        words = new ArrayList<>();
        wordGlyphs = new ArrayList<>();
        linePositions = new ArrayList<>();
        space = false;
        glyphs.clear();
        mcids.clear();
        super.startPage(page);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        endLine();
        attachSuperscriptLines();
        pages.add(new PdfPageText(getCurrentPageNo(), List.copyOf(lines)));
        glyphs.clear();
        super.endPage(page);
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        int mcid = properties != null ? properties.getInt(COSName.MCID, -1) : -1;
        mcids.push(mcid >= 0 ? mcid : mcids.isEmpty() ? -1 : mcids.peek());
        super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
        if (!mcids.isEmpty()) {
            mcids.pop();
        }
        super.endMarkedContentSequence();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        long mcid = mcids.isEmpty() ? -1 : mcids.peek();
        glyphs.put(text, ((mcid + 1) << 32) | glyphs.size());
        super.processTextPosition(text);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (text.isBlank() || positions.isEmpty()) {
            space = true;
            return;
        }
        int first = mcid(positions.get(0));
        boolean one = true;
        for (TextPosition p : positions) {
            one &= mcid(p) == first;
        }
        if (one) {
            words.add(new PdfWord(text, x0(positions.get(0)), x1(positions.get(positions.size() - 1)), first,
                    order(positions.get(0)), space));
            wordGlyphs.add(List.copyOf(positions));
        } else {
            splitByMcid(positions);
        }
        linePositions.addAll(positions);
        space = false;
    }

    /**
     * A word drawn across marked-content sequences (a link inside a word): one part per sequence. A
     * space at the edge of a part, or a part that is only a space (the space between two inline
     * elements, drawn in marked content of its own), separates the parts around it.
     */
    private void splitByMcid(List<TextPosition> positions) {
        int start = 0;
        boolean spaceNext = space;
        for (int i = 1; i <= positions.size(); i++) {
            if (i == positions.size() || mcid(positions.get(i)) != mcid(positions.get(start))) {
                StringBuilder sb = new StringBuilder();
                for (TextPosition p : positions.subList(start, i)) {
                    sb.append(p.getUnicode());
                }
                String part = sb.toString();
                if (part.isBlank()) {
                    spaceNext = true;
                } else {
                    int lead = 0;
                    while (Character.isWhitespace(part.charAt(lead))) {
                        lead++;
                    }
                    int trail = part.length();
                    while (Character.isWhitespace(part.charAt(trail - 1))) {
                        trail--;
                    }
                    int first = Math.min(start + lead, i - 1);
                    int last = Math.max(first, i - 1 - (part.length() - trail));
                    words.add(new PdfWord(part.substring(lead, trail), x0(positions.get(first)),
                            x1(positions.get(last)), mcid(positions.get(start)), order(positions.get(start)),
                            spaceNext || lead > 0));
                    wordGlyphs.add(part.length() == i - start ? List.copyOf(positions.subList(first, last + 1)) : null);
                    spaceNext = trail < part.length();
                }
                start = i;
            }
        }
    }

    @Override
    protected void writeWordSeparator() {
        space = true;
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    private void endLine() {
        if (!words.isEmpty()) {
            float top = Float.MAX_VALUE;
            float base = 0;
            float height = 0;
            for (TextPosition p : linePositions) {
                top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
                base = Math.max(base, p.getYDirAdj());
                height = Math.max(height, p.getHeightDir());
            }
            markSuperscripts();
            lines.add(new PdfLine(lines.size() + 1, List.copyOf(words), top, base, height));
        }
        words = new ArrayList<>();
        wordGlyphs = new ArrayList<>();
        linePositions = new ArrayList<>();
        space = false;
    }

    /**
     * Writes footnote markers set as superscripts ("2", "*" in a smaller size, raised above the
     * line's baseline, right after a word or first on the line) as {@code <sup>2</sup>}, as Markdown
     * and the other readers write them.
     */
    private void markSuperscripts() {
        Map<Float, Integer> sizes = new HashMap<>();
        float largest = 0;
        for (TextPosition p : linePositions) {
            if (!p.getUnicode().isBlank()) {
                sizes.merge(Math.round(p.getFontSizeInPt() * 2) / 2f, 1, Integer::sum);
                largest = Math.max(largest, p.getFontSizeInPt());
            }
        }
        if (sizes.isEmpty()) {
            lineSizes.add(new float[] {0, 0, 0});
            return;
        }
        float size = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<Float> bases = new ArrayList<>();
        for (TextPosition p : linePositions) {
            if (!p.getUnicode().isBlank() && Math.round(p.getFontSizeInPt() * 2) / 2f == size) {
                bases.add(p.getYDirAdj());
            }
        }
        bases.sort(null);
        float base = bases.get(bases.size() / 2);
        lineSizes.add(new float[] {size, base, largest});
        if (sizes.size() < 2) {
            return;
        }
        for (int w = 0; w < words.size(); w++) {
            List<TextPosition> g = wordGlyphs.get(w);
            PdfWord word = words.get(w);
            if (g == null || g.size() != word.text().length()) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            boolean changed = false;
            int i = 0;
            while (i < g.size()) {
                int j = i;
                while (j < g.size() && raised(g.get(j), size, base)) {
                    j++;
                }
                String run = word.text().substring(i, j);
                // a marker follows its word without a space, or starts the line (a footnote's own text)
                boolean attached = i > 0 || w == 0 || !word.spaceBefore();
                if (j > i && attached && SUPERSCRIPT_MARK.matcher(run).matches()) {
                    sb.append("<sup>").append(run).append("</sup>");
                    changed = true;
                } else {
                    j = Math.max(j, i + 1);
                    sb.append(word.text(), i, j);
                }
                i = j;
            }
            if (changed) {
                words.set(w, new PdfWord(sb.toString(), word.x0(), word.x1(), word.mcid(), word.order(),
                        word.spaceBefore()));
            }
        }
    }

    /**
     * A superscript raised clear of a line of small glyphs (Latin text without CJK) is written as a
     * line of its own just above it: a line of only footnote markers, smaller than the next line and
     * raised above its baseline by less than its size, each right after a word of that line or just
     * before its first, is put into that line as {@code <sup>N</sup>} words (and the line numbers
     * after it close up).
     */
    private void attachSuperscriptLines() {
        for (int i = 0; i + 1 < lines.size(); i++) {
            PdfLine marks = lines.get(i);
            PdfLine next = lines.get(i + 1);
            float[] m = lineSizes.get(i);
            float[] n = lineSizes.get(i + 1);
            float rise = n[1] - m[1];
            if (m[2] <= 0 || m[2] >= SUPERSCRIPT_SIZE * n[0] || rise <= SUPERSCRIPT_RISE * n[0] || rise >= n[0]) {
                continue;
            }
            List<PdfWord> merged = new ArrayList<>(next.words());
            boolean all = true;
            for (PdfWord w : marks.words()) {
                int at = placeOf(w, merged, n[0]);
                if (at < 0 || !SUPERSCRIPT_MARK.matcher(w.text()).matches()) {
                    all = false;
                    break;
                }
                PdfWord sup = new PdfWord("<sup>" + w.text() + "</sup>", w.x0(), w.x1(), w.mcid(), w.order(), false);
                if (at == 0 && !merged.isEmpty()) {
                    PdfWord first = merged.get(0);
                    merged.set(0, new PdfWord(first.text(), first.x0(), first.x1(), first.mcid(), first.order(),
                            first.spaceBefore() || first.x0() - w.x1() > 0.15f * n[0]));
                }
                merged.add(at, sup);
            }
            if (!all) {
                continue;
            }
            lines.set(i + 1, new PdfLine(next.number(), merged, Math.min(marks.top(), next.top()), next.base(),
                    next.height()));
            lines.remove(i);
            lineSizes.remove(i);
            i--;
        }
        for (int i = 0; i < lines.size(); i++) {
            PdfLine l = lines.get(i);
            if (l.number() != i + 1) {
                lines.set(i, new PdfLine(i + 1, l.words(), l.top(), l.base(), l.height()));
            }
        }
    }

    /**
     * Where a raised marker goes among a line's words: right after the word that ends where it
     * starts, or before the first word when it ends just before it; -1 when neither.
     */
    private static int placeOf(PdfWord mark, List<PdfWord> words, float size) {
        for (int k = 0; k < words.size(); k++) {
            PdfWord w = words.get(k);
            if (mark.x0() < w.x1() && mark.x1() > w.x0()) {
                return -1; // over a word of the line: not a superscript of it
            }
        }
        for (int k = 0; k < words.size(); k++) {
            PdfWord w = words.get(k);
            if (Math.abs(mark.x0() - w.x1()) <= 0.15f * size) {
                return k + 1;
            }
        }
        if (!words.isEmpty() && mark.x1() <= words.get(0).x0() && words.get(0).x0() - mark.x1() <= 0.6f * size) {
            return 0;
        }
        return -1;
    }

    /** A glyph set smaller than the line's text and raised above its baseline. */
    private static boolean raised(TextPosition p, float size, float base) {
        return p.getFontSizeInPt() < SUPERSCRIPT_SIZE * size && base - p.getYDirAdj() > SUPERSCRIPT_RISE * size;
    }

    private int mcid(TextPosition p) {
        Long g = glyphs.get(p);
        return g == null ? -1 : (int) (g >>> 32) - 1;
    }

    private int order(TextPosition p) {
        Long g = glyphs.get(p);
        return g == null ? Integer.MAX_VALUE : (int) (g & 0xffffffffL);
    }

    private static float x0(TextPosition p) {
        return p.getXDirAdj();
    }

    private static float x1(TextPosition p) {
        return p.getXDirAdj() + p.getWidthDirAdj();
    }
}
