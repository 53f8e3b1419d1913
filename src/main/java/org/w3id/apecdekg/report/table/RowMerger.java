package org.w3id.apecdekg.report.table;

import java.util.ArrayList;
import java.util.List;
import org.w3id.apecdekg.report.text.Text;

/**
 * Merges page-break continuation rows into the row above: a row with an empty first cell that
 * follows a row with an unclosed bracket or quote in some cell holds the rest of that row's cells.
 */
public final class RowMerger {

    private RowMerger() {}

    public static List<TableRow> merge(List<TableRow> rows) {
        List<TableRow> out = new ArrayList<>();
        for (TableRow row : rows) {
            if (!out.isEmpty() && row.cell(0).isEmpty() && hasUnclosed(out.get(out.size() - 1))) {
                TableRow prev = out.remove(out.size() - 1);
                int width = Math.max(prev.cells().size(), row.cells().size());
                List<String> cells = new ArrayList<>(width);
                for (int i = 0; i < width; i++) {
                    cells.add(Text.joinBroken(prev.cell(i), row.cell(i)));
                }
                out.add(new TableRow(List.copyOf(cells), prev.line(), row.endLine()));
            } else {
                out.add(row);
            }
        }
        return out;
    }

    static boolean hasUnclosed(TableRow row) {
        for (String c : row.cells()) {
            if (count(c, '「') > count(c, '」') || count(c, '(') > count(c, ')')
                    || count(c, '《') > count(c, '》') || count(c, '“') > count(c, '”')) {
                return true;
            }
        }
        return false;
    }

    private static int count(String s, char ch) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ch) {
                n++;
            }
        }
        return n;
    }
}
