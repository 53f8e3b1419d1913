package org.w3id.apecdekg.intake.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.w3id.apecdekg.intake.DocumentBuilder;
import org.w3id.apecdekg.intake.SourceLocation;

/**
 * Reads an untagged PDF as lines of running text: running headers, footers and page numbers
 * dropped ({@link RunningLines}), two-column pages read column by column ({@link Columns}), a blank
 * line where the gap to the next line is over {@value #PARAGRAPH_GAP} times the page's usual line
 * pitch or the font size changes (a heading), and words broken by a hyphen at a line end joined
 * ({@link Hyphenation}). Each line keeps its page and line number.
 */
public final class UntaggedLayout {

    /** A pitch this many times the page's median line pitch starts a new paragraph. */
    static final float PARAGRAPH_GAP = 1.45f;
    /** A change of line height by more than this share starts a new paragraph. */
    static final float SIZE_CHANGE = 0.12f;

    private UntaggedLayout() {}

    public static void write(List<PdfPageText> pages, DocumentBuilder out) {
        RunningLines running = RunningLines.of(pages);
        List<Row> rows = new ArrayList<>();
        for (PdfPageText page : pages) {
            List<PdfLine> kept = new ArrayList<>(page.lines().size());
            for (int i = 0; i < page.lines().size(); i++) {
                if (!running.isRunning(page, i)) {
                    kept.add(page.lines().get(i));
                }
            }
            List<PdfLine> ordered = Columns.order(kept);
            float pitch = medianPitch(ordered);
            PdfLine previous = null;
            for (PdfLine l : ordered) {
                boolean blank = previous == null || startsParagraph(previous, l, pitch);
                rows.add(new Row(page.page(), l.number(), l.text(), blank));
                previous = l;
            }
        }
        joinHyphenated(rows, Hyphenation.of(pages));
        for (Row r : rows) {
            if (r.blankBefore) {
                out.blank();
            }
            if (!r.text.isBlank()) {
                out.line(r.text, SourceLocation.pageLine(r.page, r.line));
            }
        }
    }

    private static boolean startsParagraph(PdfLine previous, PdfLine line, float pitch) {
        float step = line.base() - previous.base();
        if (step <= 0) {
            return false; // the top of the next column: the paragraph may go on
        }
        float taller = Math.max(previous.height(), line.height());
        return step > PARAGRAPH_GAP * pitch || Math.abs(previous.height() - line.height()) > SIZE_CHANGE * taller;
    }

    private static float medianPitch(List<PdfLine> lines) {
        float[] steps = new float[lines.size()];
        int n = 0;
        for (int i = 1; i < lines.size(); i++) {
            float step = lines.get(i).base() - lines.get(i - 1).base();
            if (step > 0) {
                steps[n++] = step;
            }
        }
        if (n == 0) {
            return Float.MAX_VALUE;
        }
        Arrays.sort(steps, 0, n);
        return steps[(n - 1) / 2]; // the lower median: paragraph gaps are the larger steps
    }

    /** Moves the rest of a word broken by a hyphen at a line end up to the line where it starts. */
    private static void joinHyphenated(List<Row> rows, Hyphenation hyphenation) {
        for (int i = 0; i + 1 < rows.size(); i++) {
            Row a = rows.get(i);
            Row b = rows.get(i + 1);
            String end = a.text.stripTrailing();
            String next = b.text.stripLeading();
            if (b.blankBefore || !Hyphenation.breaksWord(end, next)) {
                continue;
            }
            int space = next.indexOf(' ');
            String word = space < 0 ? next : next.substring(0, space);
            a.text = hyphenation.join(end, word);
            b.text = space < 0 ? "" : next.substring(space + 1);
        }
    }

    private static final class Row {
        final int page;
        final int line;
        final boolean blankBefore;
        String text;

        Row(int page, int line, String text, boolean blankBefore) {
            this.page = page;
            this.line = line;
            this.text = text;
            this.blankBefore = blankBefore;
        }
    }
}
