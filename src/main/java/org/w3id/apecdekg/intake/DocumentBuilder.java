package org.w3id.apecdekg.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.ReportReader;
import org.w3id.apecdekg.report.text.Text;

/**
 * What every reader of a structured format (PDF, DOCX, HTML) writes to: headings, paragraphs, list
 * items, plain lines and tables, each with its place in the source file. It renders them as the
 * Markdown-like text the extractor reads (headings as {@code #}, tables as pipe tables, a blank line
 * between blocks) and keeps the location of every line it writes.
 */
public final class DocumentBuilder {

    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0\\u3000]+");
    private static final Pattern LEADING_MARKUP = Pattern.compile("^(#+|\\|)");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*(?:\\r\\n|\\r|\\n|\\u2028|\\u2029)\\s*");

    private final StringBuilder text = new StringBuilder();
    private final List<SourceLocation> locations = new ArrayList<>();
    private boolean blankPending;

    /** A heading of level 1–6 (deeper levels are written as 6). */
    public DocumentBuilder heading(int level, String heading, SourceLocation at) {
        String t = oneLine(heading);
        if (!t.isEmpty()) {
            block("#".repeat(Math.max(1, Math.min(level, 6))) + " " + t, at);
        }
        return this;
    }

    /** A paragraph: written as one line, a blank line before the next block. */
    public DocumentBuilder paragraph(String paragraph, SourceLocation at) {
        String t = oneLine(paragraph);
        if (!t.isEmpty()) {
            block(escape(t), at);
        }
        return this;
    }

    /** A list item at depth 0, 1, … (written as an indented "- " bullet unless it carries its own numbering). */
    public DocumentBuilder listItem(int depth, String item, String marker, SourceLocation at) {
        String t = oneLine(item);
        if (!t.isEmpty()) {
            String m = marker == null || marker.isBlank() ? "-" : marker.strip();
            flushBlank();
            append("  ".repeat(Math.max(0, depth)) + m + " " + t, at);
        }
        return this;
    }

    /** One line of running text as laid out in the source (PDF): consecutive lines make one paragraph. */
    public DocumentBuilder line(String line, SourceLocation at) {
        String t = SPACES.matcher(line).replaceAll(" ").strip();
        if (t.isEmpty()) {
            return blank();
        }
        flushBlank();
        append(t, at);
        return this;
    }

    /** Ends the current paragraph (a blank line, written once before the next content). */
    public DocumentBuilder blank() {
        blankPending = !text.isEmpty();
        return this;
    }

    /**
     * A table: rows of cells (a cell's own line breaks are joined), the first row as its header,
     * each row with its location. Rows shorter than the widest are padded with empty cells.
     */
    public DocumentBuilder table(List<List<String>> rows, List<SourceLocation> at) {
        if (rows.size() != at.size()) {
            throw new IllegalArgumentException("one location per row: " + rows.size() + " rows, " + at.size());
        }
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        if (width == 0) {
            return this;
        }
        blankPending = !text.isEmpty();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                String cell = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                cells.add(oneLine(cell == null ? "" : cell).replace('|', '/'));
            }
            flushBlank();
            append("| " + String.join(" | ", cells) + " |", at.get(r));
            if (r == 0) {
                append("|" + " --- |".repeat(width), at.get(r));
            }
        }
        blankPending = true;
        return this;
    }

    /** True when nothing but blank lines has been written. */
    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The document: text, and one location per line of it. */
    public ReportDocument build(String fileName, String sha256, SourceFormat format) {
        Objects.requireNonNull(format, "format");
        return new ReportDocument(ReportReader.slugOf(fileName), fileName, text.toString(), sha256, format,
                locations);
    }

    /**
     * Joins a text's own line breaks as a browser lays them out: no space where both sides are
     * Chinese characters or full-width punctuation, one space otherwise; spaces squashed.
     */
    public static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0 && s.indexOf('\u2028') < 0 && s.indexOf('\u2029') < 0) {
            return SPACES.matcher(s).replaceAll(" ").strip();
        }
        String[] parts = LINE_BREAK.split(s);
        String joined = "";
        for (String part : parts) {
            String p = SPACES.matcher(part).replaceAll(" ").strip();
            if (p.isEmpty()) {
                continue;
            }
            if (joined.isEmpty()) {
                joined = p;
            } else if (eastAsian(joined.charAt(joined.length() - 1)) && eastAsian(p.charAt(0))) {
                // a line break between two Chinese characters (or full-width punctuation) is no space
                joined = joined + p;
            } else {
                joined = joined + " " + p;
            }
        }
        return joined;
    }

    private static boolean eastAsian(char c) {
        return Text.isCjkChar(c) || (c >= '\u3000' && c <= '\u303f') || (c >= '\uff00' && c <= '\uffef');
    }

    private void block(String line, SourceLocation at) {
        blankPending = !text.isEmpty();
        flushBlank();
        append(line, at);
        blankPending = true;
    }

    /** Paragraph text that would read as Markdown structure ("# …", "| …") is escaped. */
    private static String escape(String t) {
        return LEADING_MARKUP.matcher(t).find() ? "\\" + t : t;
    }

    private void flushBlank() {
        if (blankPending && !text.isEmpty()) {
            append("", locations.isEmpty() ? null : locations.get(locations.size() - 1));
        }
        blankPending = false;
    }

    private void append(String line, SourceLocation at) {
        text.append(line).append('\n');
        locations.add(at);
    }
}
