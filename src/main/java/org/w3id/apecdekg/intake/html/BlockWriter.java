package org.w3id.apecdekg.intake.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.w3id.apecdekg.intake.DocumentBuilder;
import org.w3id.apecdekg.intake.SourceLocation;

/**
 * Writes the main content of a page to a {@link DocumentBuilder}: h1–h6 as headings, paragraphs and
 * other blocks (two {@code <br>} in a row also end one), list items ("1." counting in {@code <ol>},
 * honouring {@code start}, {@code value} and {@code type}; "-" in {@code <ul>}) at their nesting
 * depth, data tables as pipe tables with spans expanded (layout tables as their cells' blocks), then
 * the footnotes. Paragraph n is the n-th block written; table t row r the r-th row of the t-th data table.
 */
public final class BlockWriter {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile(InlineText.BREAK + "\\s*" + InlineText.BREAK + "[\\s"
            + InlineText.BREAK + "]*");

    private enum Kind { PARAGRAPH, HEADING, ITEM }

    private record Context(Kind kind, int level, String marker) {}

    private final DocumentBuilder out;
    private final StringBuilder buffer = new StringBuilder();
    private Context context = new Context(Kind.PARAGRAPH, 0, null);
    private int listDepth = -1;
    private int blocks;
    private int tables;
    private long chars;

    public BlockWriter(DocumentBuilder out) {
        this.out = out;
    }

    /** Writes {@code root}'s content, then {@code notes} as footnote lines. */
    public void write(Element root, List<Element> notes) {
        walk(root, 0);
        flush();
        int number = 0;
        for (Element note : notes) {
            String text = Footnotes.stripLeadingMark(DocumentBuilder.oneLine(InlineText.of(note)));
            if (text.isEmpty()) {
                continue;
            }
            SourceLocation at = SourceLocation.paragraph(++blocks);
            if (number == 0) {
                out.blank().line("---", at).blank();
            }
            out.line("<sup>" + ++number + "</sup> " + text, at);
            count(text);
        }
    }

    private void walk(Element e, int depth) {
        HtmlLimits.checkDepth(depth);
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                buffer.append(InlineText.squash(t.getWholeText()));
                countBuffer();
            } else if (n instanceof Element c) {
                element(c, depth + 1);
            }
        }
    }

    private void element(Element e, int depth) {
        String tag = e.normalName();
        switch (tag) {
            case "br" -> buffer.append(InlineText.BREAK);
            case "h1", "h2", "h3", "h4", "h5", "h6" -> block(e, depth, new Context(Kind.HEADING, tag.charAt(1) - '0', null));
            case "ul", "ol", "menu", "dir" -> list(e, depth);
            case "table" -> table(e, depth);
            case "pre" -> pre(e);
            case "img", "hr" -> flush();
            default -> {
                if (InlineText.BLOCKS.contains(tag)) {
                    block(e, depth, new Context(Kind.PARAGRAPH, 0, null));
                } else {
                    walk(e, depth);
                }
            }
        }
    }

    private void block(Element e, int depth, Context inner) {
        flush();
        Context outer = context;
        context = inner;
        walk(e, depth);
        flush();
        context = outer;
    }

    private void list(Element list, int depth) {
        flush();
        listDepth++;
        boolean ordered = list.normalName().equals("ol");
        int counter = number(list.attr("start"), 1);
        String type = list.attr("type");
        for (Node n : list.childNodes()) {
            if (n instanceof Element li && li.normalName().equals("li")) {
                counter = number(li.attr("value"), counter);
                String marker = ordered ? ListMarkers.of(counter, type) + "." : "-";
                counter++;
                block(li, depth + 1, new Context(Kind.ITEM, listDepth, marker));
            } else if (n instanceof Element other) {
                element(other, depth + 1);
            } else if (n instanceof TextNode t) {
                buffer.append(InlineText.squash(t.getWholeText()));
            }
        }
        flush();
        listDepth--;
    }

    private void table(Element table, int depth) {
        flush();
        if (isLayout(table)) {
            block(table, depth, new Context(Kind.PARAGRAPH, 0, null));
            return;
        }
        Element caption = table.selectFirst("> caption");
        if (caption != null) {
            block(caption, depth + 1, new Context(Kind.PARAGRAPH, 0, null));
        }
        int t = ++tables;
        List<List<String>> rows = new ArrayList<>();
        List<SourceLocation> at = new ArrayList<>();
        for (TableGrid.Row r : TableGrid.expand(table, td -> InlineText.of(td).replace(InlineText.BREAK, '\n'))) {
            r.cells().forEach(this::count);
            if (r.cells().stream().anyMatch(c -> !c.isBlank())) {
                rows.add(r.cells());
                at.add(SourceLocation.tableRow(t, r.number()));
            }
        }
        out.table(rows, at);
    }

    /** A table used for page layout: marked so, without rows, one column wide, or holding headings or tables. */
    private static boolean isLayout(Element table) {
        String role = table.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("presentation") || role.equals("none")) {
            return true;
        }
        List<Element> rows = TableGrid.rowsOf(table);
        boolean wide = false;
        for (Element r : rows) {
            long cells = r.children().stream().filter(c -> c.normalName().equals("td") || c.normalName().equals("th"))
                    .count();
            wide |= cells > 1;
        }
        return !wide || table.selectFirst("td table, th table, td h1, td h2, td h3, td h4, td h5, td h6,"
                + " th h1, th h2, th h3, th h4, th h5, th h6") != null;
    }

    private void pre(Element pre) {
        flush();
        SourceLocation at = SourceLocation.paragraph(blocks + 1);
        boolean any = false;
        for (String line : pre.wholeText().split("\\R")) {
            if (!line.isBlank()) {
                out.line(line, at);
                count(line);
                any = true;
            }
        }
        if (any) {
            blocks++;
            out.blank();
        }
    }

    private void flush() {
        String text = buffer.toString();
        buffer.setLength(0);
        for (String part : PARAGRAPH_BREAK.split(text)) {
            String t = DocumentBuilder.oneLine(part);
            if (t.isEmpty()) {
                continue;
            }
            SourceLocation at = SourceLocation.paragraph(++blocks);
            switch (context.kind()) {
                case HEADING -> out.heading(context.level(), t, at);
                case ITEM -> {
                    out.listItem(Math.max(0, context.level()), t, context.marker(), at);
                    context = new Context(Kind.PARAGRAPH, 0, null);
                }
                default -> out.paragraph(t, at);
            }
        }
    }

    private void countBuffer() {
        HtmlLimits.checkText(chars + buffer.length());
    }

    private void count(String text) {
        chars += text.length();
        HtmlLimits.checkText(chars);
    }

    private static int number(String attr, int otherwise) {
        if (attr.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(attr.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
