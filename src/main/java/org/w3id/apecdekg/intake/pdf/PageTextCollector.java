package org.w3id.apecdekg.intake.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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

    private final List<PdfPageText> pages = new ArrayList<>();
    private final Deque<Integer> mcids = new ArrayDeque<>();
    /** Per glyph of the page: its marked-content id + 1 (high 32 bits) and its order in the content stream. */
    private final Map<TextPosition, Long> glyphs = new IdentityHashMap<>();
    private List<PdfLine> lines;
    private List<PdfWord> words;
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
        words = new ArrayList<>();
        linePositions = new ArrayList<>();
        space = false;
        glyphs.clear();
        mcids.clear();
        super.startPage(page);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        endLine();
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
        } else {
            splitByMcid(positions);
        }
        linePositions.addAll(positions);
        space = false;
    }

    /** A word drawn across marked-content sequences (a link inside a word): one part per sequence. */
    private void splitByMcid(List<TextPosition> positions) {
        int start = 0;
        for (int i = 1; i <= positions.size(); i++) {
            if (i == positions.size() || mcid(positions.get(i)) != mcid(positions.get(start))) {
                StringBuilder sb = new StringBuilder();
                for (TextPosition p : positions.subList(start, i)) {
                    sb.append(p.getUnicode());
                }
                if (!sb.toString().isBlank()) {
                    words.add(new PdfWord(sb.toString(), x0(positions.get(start)), x1(positions.get(i - 1)),
                            mcid(positions.get(start)), order(positions.get(start)), start == 0 && space));
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
            lines.add(new PdfLine(lines.size() + 1, List.copyOf(words), top, base, height));
        }
        words = new ArrayList<>();
        linePositions = new ArrayList<>();
        space = false;
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
