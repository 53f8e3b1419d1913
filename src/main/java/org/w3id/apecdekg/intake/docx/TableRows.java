package org.w3id.apecdekg.intake.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The rows of a Word table ({@code w:tbl}) as cells laid on the table's grid: a cell spanning
 * columns ({@code gridSpan}) is followed by empty cells, a vertically merged continuation cell
 * ({@code vMerge} without "restart") repeats the value of the cell above, skipped grid columns
 * ({@code gridBefore}) are empty. A cell's paragraphs are its lines; a nested table is flattened
 * into lines of cells joined by " / ". Sizes are bounded by {@link DocxLimits}.
 */
public final class TableRows {

    /** One row: its 1-based number in the source table and its cells. */
    public record Row(int number, List<String> cells) {}

    /** Receives the note references of a row: (row number, kind, id). */
    public interface NoteSink {
        void note(int row, RunText.NoteKind kind, int id);
    }

    private TableRows() {}

    public static List<Row> read(Element tbl, NoteSink notes) {
        List<Row> out = new ArrayList<>();
        List<String> above = List.of();
        int number = 0;
        for (Element tr : rowsOf(tbl)) {
            number++;
            DocxLimits.checkRows(number);
            int n = number;
            BiConsumer<RunText.NoteKind, Integer> sink = (k, id) -> notes.note(n, k, id);
            List<String> cells = new ArrayList<>();
            for (int i = W.intVal(W.child(tr, "trPr"), 0, "gridBefore"); i > 0 && cells.size() < DocxLimits.MAX_COLUMNS; i--) {
                cells.add("");
            }
            for (Element tc : cellsOf(tr)) {
                Node tcPr = W.child(tc, "tcPr");
                int span = Math.max(1, W.intVal(tcPr, 1, "gridSpan"));
                Element vMerge = W.child(tcPr, "vMerge");
                boolean continued = vMerge != null && !"restart".equals(W.attr(vMerge, "val"));
                int col = cells.size();
                String text = continued && col < above.size() ? above.get(col) : cellText(tc, sink, 0);
                cells.add(text);
                DocxLimits.checkColumns(col + span);
                for (int s = 1; s < span; s++) {
                    cells.add("");
                }
            }
            above = cells;
            out.add(new Row(number, cells));
        }
        return out;
    }

    /** Rows of a table, including rows wrapped in content controls or custom XML. */
    static List<Element> rowsOf(Element tbl) {
        List<Element> rows = new ArrayList<>();
        collect(tbl, "tr", rows, 0);
        return rows;
    }

    private static List<Element> cellsOf(Element tr) {
        List<Element> cells = new ArrayList<>();
        collect(tr, "tc", cells, 0);
        return cells;
    }

    private static void collect(Element parent, String local, List<Element> into, int depth) {
        for (Element c : W.children(parent, null)) {
            if (c.getLocalName().equals(local)) {
                into.add(c);
            } else if (depth < 4 && (c.getLocalName().equals("sdt") || c.getLocalName().equals("sdtContent")
                    || c.getLocalName().equals("customXml"))) {
                collect(c, local, into, depth + 1);
            }
        }
    }

    /** A cell's text: one line per paragraph; nested tables as lines of " / "-joined cells. */
    static String cellText(Element container, BiConsumer<RunText.NoteKind, Integer> notes, int depth) {
        DocxLimits.checkNesting(depth);
        StringBuilder out = new StringBuilder();
        for (Element c : W.children(container, null)) {
            String part = switch (c.getLocalName()) {
                case "p" -> RunText.of(c, notes);
                case "tbl" -> nestedTable(c, notes, depth + 1);
                case "sdt", "customXml" -> cellText(c, notes, depth + 1);
                case "sdtContent" -> cellText(c, notes, depth);
                default -> "";
            };
            if (!part.isBlank()) {
                out.append(out.isEmpty() ? "" : "\n").append(part);
            }
        }
        return out.toString();
    }

    private static String nestedTable(Element tbl, BiConsumer<RunText.NoteKind, Integer> notes, int depth) {
        DocxLimits.checkNesting(depth);
        List<String> lines = new ArrayList<>();
        for (Element tr : rowsOf(tbl)) {
            List<String> cells = new ArrayList<>();
            for (Element tc : cellsOf(tr)) {
                String t = cellText(tc, notes, depth + 1).replace('\n', ' ').strip();
                if (!t.isEmpty()) {
                    cells.add(t);
                }
            }
            if (!cells.isEmpty()) {
                lines.add(String.join(" / ", cells));
            }
        }
        return String.join("\n", lines);
    }
}
