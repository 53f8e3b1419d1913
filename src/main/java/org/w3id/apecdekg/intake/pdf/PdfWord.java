package org.w3id.apecdekg.intake.pdf;

/**
 * A word, or the part of a word inside one marked-content sequence, as PDFTextStripper wrote it:
 * its text, its horizontal extent on the page, the marked-content id (MCID) it was drawn in (-1:
 * none), its order in the page's content stream (of its first glyph: the order the producer drew
 * the text in) and whether a word separator comes before it on its line.
 */
public record PdfWord(String text, float x0, float x1, int mcid, int order, boolean spaceBefore) {

    /** The same word without the separator before it (the first word of a column's half line). */
    public PdfWord startingLine() {
        return new PdfWord(text, x0, x1, mcid, order, false);
    }
}
