package org.w3id.apecdekg.intake.html;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.w3id.apecdekg.intake.SpanCarry;

/**
 * The rows of an HTML table laid on its grid: a cell with {@code rowspan} repeats its value in the
 * rows below, one with {@code colspan} is followed by empty cells (as a merged DOCX cell is).
 * Rows of nested tables are not rows of this one. Sizes are bounded by {@link HtmlLimits}.
 */
public final class TableGrid {

    /** One row: its 1-based number among the table's rows and its cells. */
    public record Row(int number, List<String> cells) {}

    private TableGrid() {}

    /** The table's own rows ({@code tr} directly in it or in its thead, tbody, tfoot). */
    public static List<Element> rowsOf(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element c : table.children()) {
            switch (c.normalName()) {
                case "tr" -> rows.add(c);
                case "thead", "tbody", "tfoot" -> c.children().stream().filter(r -> r.normalName().equals("tr"))
                        .forEach(rows::add);
                default -> { }
            }
        }
        return rows;
    }

    /** Expands the table's spans; {@code text} gives a cell's text. */
    public static List<Row> expand(Element table, Function<Element, String> text) {
        List<Element> trs = rowsOf(table);
        HtmlLimits.checkRows(trs.size());
        List<Row> out = new ArrayList<>(trs.size());
        SpanCarry carry = new SpanCarry();
        for (int r = 0; r < trs.size(); r++) {
            List<String> cells = new ArrayList<>();
            int col = 0;
            for (Element td : trs.get(r).children()) {
                if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                    continue;
                }
                col = carry.fill(cells, col);
                int colspan = Math.max(1, span(td.attr("colspan"), 1));
                int rowspan = span(td.attr("rowspan"), 1);
                if (rowspan == 0 || rowspan > trs.size() - r) {
                    rowspan = trs.size() - r;
                }
                HtmlLimits.checkColumns(col + colspan);
                carry.place(cells, col, text.apply(td), colspan, rowspan);
                col += colspan;
            }
            carry.fillToEnd(cells, col);
            out.add(new Row(r + 1, cells));
        }
        return out;
    }

    private static int span(String attr, int otherwise) {
        if (attr.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(attr.strip());
            return n < 0 ? otherwise : Math.min(n, 65_534);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
