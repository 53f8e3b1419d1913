package org.w3id.apecdekg.report.rdf;

/**
 * Anchors quotes in a document's text the way the W3C Web Annotation model does: the exact text
 * with a little context before and after (a text quote selector), and its start and end counted in
 * Unicode code points from the start of the text (a text position selector). Lines are counted as
 * the extractor counts them (CR LF, CR or LF ends a line).
 */
public final class TextAnchors {

    /** Code points of context kept before and after an exact quote. */
    static final int CONTEXT = 32;

    private final String text;
    private final int[] lineStart;   // UTF-16 index where line n+1 starts
    private final int[] lineStartCp; // the same in code points

    public TextAnchors(String text) {
        this.text = text;
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                lines++;
            }
        }
        lineStart = new int[lines];
        lineStartCp = new int[lines];
        int line = 1;
        int cp = 0;
        for (int i = 0; i < text.length() && line < lines; i++) {
            char c = text.charAt(i);
            if (!Character.isLowSurrogate(c)) {
                cp++;
            }
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                lineStart[line] = i + 1;
                lineStartCp[line] = cp;
                line++;
            }
        }
    }

    /** A quote anchored in the text: exact, prefix, suffix, and [start, end) in code points. */
    public record Anchor(String exact, String prefix, String suffix, int start, int end) {}

    /**
     * Anchors {@code quote} within lines {@code line}..{@code endLine}: the quote itself where it
     * occurs there verbatim, else the text of those lines (the quote may be normalised, e.g.
     * Markdown emphasis removed). Null when the lines are outside the text or blank.
     */
    public Anchor anchor(int line, int endLine, String quote) {
        if (line < 1 || line > lineStart.length) {
            return null;
        }
        int last = Math.max(line, Math.min(endLine, lineStart.length));
        int from = lineStart[line - 1];
        int to = lineEnd(last);
        String span = text.substring(from, to);
        int at = quote == null || quote.isEmpty() ? -1 : span.indexOf(quote);
        int start;
        int end;
        if (at >= 0) {
            start = from + at;
            end = start + quote.length();
        } else {
            start = from;
            end = to;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (start == end) {
                return null;
            }
        }
        int startCp = lineStartCp[line - 1] + text.codePointCount(from, start);
        int endCp = startCp + text.codePointCount(start, end);
        int prefixFrom = back(start, CONTEXT);
        int suffixTo = forward(end, CONTEXT);
        return new Anchor(text.substring(start, end), text.substring(prefixFrom, start), text.substring(end, suffixTo),
                startCp, endCp);
    }

    /** The index {@code n} code points before {@code at}, or 0 (without counting from the start of the text). */
    private int back(int at, int n) {
        int i = at;
        for (int k = 0; k < n && i > 0; k++) {
            i--;
            if (i > 0 && Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
                i--;
            }
        }
        return i;
    }

    /** The index {@code n} code points after {@code at}, or the end of the text. */
    private int forward(int at, int n) {
        int i = at;
        for (int k = 0; k < n && i < text.length(); k++) {
            i += Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
        }
        return i;
    }

    private int lineEnd(int line) {
        int end = line < lineStart.length ? lineStart[line] : text.length();
        while (end > lineStart[line - 1] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }
}
