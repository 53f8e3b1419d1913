package org.w3id.apecdekg.intake.pdf;

import java.util.List;

/**
 * One text line of a page as PDFTextStripper (sorted by position) writes it. {@code number} is its
 * rank on the page from the top, 1-based: the "line" of a PDF evidence location. {@code top} and
 * {@code base} are y positions from the top of the page, {@code height} the tallest glyph's height.
 */
public record PdfLine(int number, List<PdfWord> words, float top, float base, float height) {

    /** The words joined as written: a space where the stripper put a word separator. */
    public String text() {
        return join(words);
    }

    public float x0() {
        return words.isEmpty() ? 0 : words.get(0).x0();
    }

    public float x1() {
        float x = 0;
        for (PdfWord w : words) {
            x = Math.max(x, w.x1());
        }
        return x;
    }

    /** The same line holding only some of its words (one column of a two-column page). */
    public PdfLine withWords(List<PdfWord> part) {
        return new PdfLine(number, part, top, base, height);
    }

    static String join(List<PdfWord> words) {
        StringBuilder sb = new StringBuilder();
        for (PdfWord w : words) {
            if (w.spaceBefore() && !sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(w.text());
        }
        return sb.toString();
    }
}
