package org.w3id.apecdekg.report.table;

import java.util.ArrayList;
import java.util.List;
import org.w3id.apecdekg.report.text.ReportLine;
import org.w3id.apecdekg.report.text.Text;

/** Rows separated by tabs (as extracted from PDF); separator rows of dashes are dropped. */
public final class TabTableReader {

    private TabTableReader() {}

    public static List<TableRow> read(List<ReportLine> lines) {
        List<TableRow> rows = new ArrayList<>();
        for (ReportLine l : lines) {
            String[] parts = l.text().split("\t", -1);
            List<String> cells = new ArrayList<>(parts.length);
            for (String p : parts) {
                cells.add(Text.squash(p.replace("•", " ")));
            }
            while (cells.size() > 1 && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            if (isSeparator(cells)) {
                continue;
            }
            rows.add(new TableRow(List.copyOf(cells), l.number(), l.number()));
        }
        return rows;
    }

    static boolean isSeparator(List<String> cells) {
        return cells.stream().allMatch(c -> c.isEmpty() || c.matches("[-:= ]+"));
    }
}
