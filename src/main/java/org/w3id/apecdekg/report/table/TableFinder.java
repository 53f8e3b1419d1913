package org.w3id.apecdekg.report.table;

import java.util.ArrayList;
import java.util.List;
import org.w3id.apecdekg.report.text.LineKind;
import org.w3id.apecdekg.report.text.ReportLine;

/** Finds runs of table lines (blank lines between rows allowed) and reads each with the right reader. */
public final class TableFinder {

    private TableFinder() {}

    public static List<Table> find(List<ReportLine> lines) {
        List<Table> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).kind() != LineKind.TABLE_ROW) {
                i++;
                continue;
            }
            List<ReportLine> run = new ArrayList<>();
            int j = i;
            while (j < lines.size()) {
                ReportLine l = lines.get(j);
                if (l.kind() == LineKind.TABLE_ROW) {
                    run.add(l);
                    j++;
                } else if ((l.kind() == LineKind.BLANK || l.kind() == LineKind.NOISE) && nextIsRow(lines, j)) {
                    j++;
                } else {
                    break;
                }
            }
            tables.addAll(read(run));
            i = j;
        }
        return tables;
    }

    private static boolean nextIsRow(List<ReportLine> lines, int j) {
        for (int k = j + 1; k < lines.size() && k <= j + 3; k++) {
            LineKind kind = lines.get(k).kind();
            if (kind == LineKind.TABLE_ROW) {
                return true;
            }
            if (kind != LineKind.BLANK && kind != LineKind.NOISE) {
                return false;
            }
        }
        return false;
    }

    private static List<Table> read(List<ReportLine> run) {
        List<Table> out = new ArrayList<>();
        List<ReportLine> html = new ArrayList<>();
        List<ReportLine> other = new ArrayList<>();
        boolean inHtml = false;
        for (ReportLine l : run) {
            String lower = l.raw().toLowerCase();
            if (inHtml || lower.contains("<table")) {
                html.add(l);
                inHtml = !lower.contains("</table>");
                if (!inHtml) {
                    out.add(table(HtmlTableReader.read(html), html));
                    html = new ArrayList<>();
                }
            } else {
                other.add(l);
            }
        }
        if (!html.isEmpty()) {
            out.add(table(HtmlTableReader.read(html), html));
        }
        if (!other.isEmpty()) {
            boolean pipes = other.stream().allMatch(l -> l.raw().strip().startsWith("|"));
            List<TableRow> rows = pipes ? PipeTableReader.read(other) : TabTableReader.read(other);
            out.add(table(rows, other));
        }
        return out;
    }

    private static Table table(List<TableRow> rows, List<ReportLine> lines) {
        return new Table(RowMerger.merge(rows), lines.get(0).pathString(), lines.get(0).number());
    }
}
