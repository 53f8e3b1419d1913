package org.w3id.apecdekg.report.table;

import java.util.ArrayList;
import java.util.List;
import org.w3id.apecdekg.report.text.ReportLine;
import org.w3id.apecdekg.report.text.Text;

/** Markdown pipe tables: {@code | a | b |}, the {@code |---|---|} separator dropped. */
public final class PipeTableReader {

    private PipeTableReader() {}

    public static List<TableRow> read(List<ReportLine> lines) {
        List<TableRow> rows = new ArrayList<>();
        for (ReportLine l : lines) {
            String t = l.raw().strip();
            if (t.startsWith("|")) {
                t = t.substring(1);
            }
            if (t.endsWith("|")) {
                t = t.substring(0, t.length() - 1);
            }
            List<String> cells = new ArrayList<>();
            for (String p : t.split("(?<!\\\\)\\|", -1)) {
                cells.add(Text.squash(Text.clean(p.replace("\\|", "\u0000")).replace("\u0000", "|")));
            }
            if (TabTableReader.isSeparator(cells)) {
                continue;
            }
            rows.add(new TableRow(List.copyOf(cells), l.number(), l.number()));
        }
        return rows;
    }
}
