package org.w3id.apecdekg.intake.html;

/**
 * Bounds on the work an HTML page may ask for; past one the page is refused with an
 * {@link HtmlRefusedException} saying which.
 */
public final class HtmlLimits {

    /** Deepest element nesting read (the parser keeps nesting a little past it so it can be seen). */
    public static final int MAX_DEPTH = 256;
    /** Largest amount of text read from a page, characters. */
    public static final long MAX_TEXT_CHARS = 10_000_000;
    /** Most rows in one table. */
    public static final int MAX_ROWS = 10_000;
    /** Most columns in one table (after colspan). */
    public static final int MAX_COLUMNS = 256;

    private HtmlLimits() {}

    static void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw new HtmlRefusedException("markup nested more than " + MAX_DEPTH + " elements deep");
        }
    }

    static void checkRows(int rows) {
        if (rows > MAX_ROWS) {
            throw new HtmlRefusedException("a table has more than " + MAX_ROWS + " rows");
        }
    }

    static void checkColumns(int columns) {
        if (columns > MAX_COLUMNS) {
            throw new HtmlRefusedException("a table has more than " + MAX_COLUMNS + " columns");
        }
    }

    static void checkText(long chars) {
        if (chars > MAX_TEXT_CHARS) {
            throw new HtmlRefusedException("more than " + MAX_TEXT_CHARS + " characters of text");
        }
    }
}
