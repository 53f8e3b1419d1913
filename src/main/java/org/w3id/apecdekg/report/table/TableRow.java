package org.w3id.apecdekg.report.table;

import java.util.List;

/** One row of a table: its cells (trimmed text) and the report lines it spans. */
public record TableRow(List<String> cells, int line, int endLine) {

    public String cell(int i) {
        return i >= 0 && i < cells.size() ? cells.get(i) : "";
    }

    /** The row as it would be quoted: cells joined by " | ". */
    public String quote() {
        return String.join(" | ", cells);
    }
}
