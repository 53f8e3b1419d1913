package org.w3id.apecdekg.intake.pdf;

import java.util.List;

/** The text lines of one page (1-based page number), top to bottom. */
public record PdfPageText(int page, List<PdfLine> lines) {

    /** Count of characters other than white space on the page. */
    public int visibleChars() {
        int n = 0;
        for (PdfLine l : lines) {
            for (PdfWord w : l.words()) {
                for (int i = 0; i < w.text().length(); i++) {
                    if (!Character.isWhitespace(w.text().charAt(i))) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** The page's text, one line per line. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (PdfLine l : lines) {
            sb.append(l.text()).append('\n');
        }
        return sb.toString();
    }
}
