package org.w3id.apecdekg.intake.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the lines of an untagged page in reading order when the page is set in two columns. The
 * stripper writes a line per height on the page, so the two columns come interleaved on one line.
 * A gutter is a vertical band in the middle 30–70 % of the text width that (almost) no word
 * crosses while at least {@value #MIN_LINES} lines have words on each side of it and the left
 * column's lines mostly run up to it. Lines crossing the gutter (a title over both columns) stay in
 * place; between them, the left halves are read first, then the right halves. Each half keeps its
 * line's number.
 */
public final class Columns {

    static final int MIN_LINES = 4;
    private static final float STEP = 2f;

    private Columns() {}

    /** The page's lines in reading order (halves of lines on a two-column page). */
    public static List<PdfLine> order(List<PdfLine> lines) {
        float gutter = gutter(lines);
        if (Float.isNaN(gutter)) {
            return lines;
        }
        List<PdfLine> out = new ArrayList<>(lines.size() + 16);
        List<PdfLine> left = new ArrayList<>();
        List<PdfLine> right = new ArrayList<>();
        for (PdfLine l : lines) {
            if (crosses(l, gutter)) {
                out.addAll(left);
                out.addAll(right);
                left.clear();
                right.clear();
                out.add(l);
                continue;
            }
            List<PdfWord> l0 = new ArrayList<>();
            List<PdfWord> r0 = new ArrayList<>();
            for (PdfWord w : l.words()) {
                (w.x1() <= gutter ? l0 : r0).add(w);
            }
            if (!l0.isEmpty()) {
                left.add(l.withWords(l0));
            }
            if (!r0.isEmpty()) {
                r0.set(0, r0.get(0).startingLine());
                right.add(l.withWords(r0));
            }
        }
        out.addAll(left);
        out.addAll(right);
        return out;
    }

    /** The x of the gutter between two columns, or NaN when the page is not in two columns. */
    static float gutter(List<PdfLine> lines) {
        if (lines.size() < 2 * MIN_LINES) {
            return Float.NaN;
        }
        float min = Float.MAX_VALUE;
        float max = 0;
        for (PdfLine l : lines) {
            min = Math.min(min, l.x0());
            max = Math.max(max, l.x1());
        }
        float span = max - min;
        float from = min + 0.3f * span;
        int steps = Math.max(1, (int) (0.4f * span / STEP));
        int[] cross = new int[steps + 1];
        int least = Integer.MAX_VALUE;
        for (int i = 0; i <= steps; i++) {
            for (PdfLine l : lines) {
                if (crosses(l, from + i * STEP)) {
                    cross[i]++;
                }
            }
            least = Math.min(least, cross[i]);
        }
        if (least > lines.size() / 5) {
            return Float.NaN;
        }
        int bestStart = 0;
        int bestLength = 0;
        for (int i = 0; i <= steps; i++) {
            int j = i;
            while (j <= steps && cross[j] == least) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = Math.max(i, j);
        }
        float g = from + (bestStart + (bestLength - 1) / 2f) * STEP;
        int leftLines = 0;
        int rightLines = 0;
        int leftFull = 0;
        for (PdfLine l : lines) {
            if (crosses(l, g)) {
                continue;
            }
            float leftEnd = -1;
            boolean hasRight = false;
            for (PdfWord w : l.words()) {
                if (w.x1() <= g) {
                    leftEnd = Math.max(leftEnd, w.x1());
                } else {
                    hasRight = true;
                }
            }
            if (leftEnd >= 0) {
                leftLines++;
                if (g - leftEnd <= 0.12f * span) {
                    leftFull++;
                }
            }
            if (hasRight) {
                rightLines++;
            }
        }
        boolean twoColumns = leftLines >= MIN_LINES && rightLines >= MIN_LINES && leftFull * 2 >= leftLines;
        return twoColumns ? g : Float.NaN;
    }

    private static boolean crosses(PdfLine l, float g) {
        for (PdfWord w : l.words()) {
            if (w.x0() < g && w.x1() > g) {
                return true;
            }
        }
        return false;
    }
}
