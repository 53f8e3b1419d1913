package org.w3id.apecdekg.report.table;

import java.util.List;

/** A table found in a report: its rows (the first may be a header), heading path and first line. */
public record Table(List<TableRow> rows, String path, int line) {

    public int width() {
        return rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    }
}
