package org.w3id.apecdekg.intake;

import java.util.List;
import org.w3id.apecdekg.intake.pdf.PdfPageText;
import org.w3id.apecdekg.report.ReportFormatException;

/**
 * Refuses PDF text that is not text: pages whose fonts carry no Unicode map come out as control
 * characters, replacement characters (U+FFFD), private-use characters or Kangxi / CJK radicals
 * (over {@value #MAX_BAD_SHARE} of the characters), or as Chinese made of rare characters (under
 * {@value #MIN_COMMON_SHARE} of at least {@value #MIN_HAN} Han characters among the common ones,
 * see {@link TextDocumentReader#commonShare}). A PDF without any text is a scan.
 */
final class PdfTextCheck {

    static final double MAX_BAD_SHARE = 0.05;
    static final double MIN_COMMON_SHARE = 0.2;
    static final int MIN_HAN = 20;
    private static final int MIN_BAD = 3;

    private PdfTextCheck() {}

    static void check(String name, List<PdfPageText> pages) {
        boolean any = false;
        for (PdfPageText page : pages) {
            String text = page.text();
            String problem = problem(text);
            if (problem != null) {
                throw new ReportFormatException(name, 0, "text on page " + page.page()
                        + " is not readable: its fonts carry no Unicode map (" + problem + ")");
            }
            any |= page.visibleChars() > 0;
        }
        if (!any) {
            throw new ReportFormatException(name, 0, (pages.size() == 1 ? "no text layer on its one page"
                    : "no text layer on any of " + pages.size() + " pages") + " (a scanned or image-only PDF: run OCR first)");
        }
    }

    /** What is wrong with a page's text, or null when it reads as text. */
    static String problem(String text) {
        int visible = 0;
        int bad = 0;
        int han = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            visible++;
            if (isImplausible(c)) {
                bad++;
            }
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            }
        }
        if (bad >= MIN_BAD && bad > MAX_BAD_SHARE * visible) {
            return bad + " of " + visible + " characters are control, replacement, private-use or radical characters";
        }
        if (han >= MIN_HAN) {
            double share = TextDocumentReader.commonShare(text);
            if (share < MIN_COMMON_SHARE) {
                return "only " + Math.round(share * 100) + "% of its " + han + " Chinese characters are common ones";
            }
        }
        return null;
    }

    private static boolean isImplausible(char c) {
        return c == '\uFFFD'
                || Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.PRIVATE_USE
                || c >= '\u2E80' && c <= '\u2FDF'; // CJK radicals supplement and Kangxi radicals
    }
}
