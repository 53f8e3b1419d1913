package org.w3id.apecdekg.report.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.w3id.apecdekg.report.text.ReportLine;
import org.w3id.apecdekg.report.text.Text;

/** HTML {@code <table>} fragments, with rowspan and colspan expanded into a full grid. */
public final class HtmlTableReader {

    /** Upper bound on spans, so a hostile fragment cannot blow up the grid. */
    static final int MAX_SPAN = 50;

    private HtmlTableReader() {}

    public static List<TableRow> read(List<ReportLine> lines) {
        StringBuilder html = new StringBuilder();
        for (ReportLine l : lines) {
            html.append(l.raw()).append('\n');
        }
        int firstLine = lines.isEmpty() ? 0 : lines.get(0).number();
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = Jsoup.parse(html.toString(), "", parser);
        List<TableRow> rows = new ArrayList<>();
        Map<Long, String> carried = new HashMap<>();
        int r = 0;
        for (Element tr : doc.select("tr")) {
            List<String> cells = new ArrayList<>();
            int c = 0;
            for (Element td : tr.select("> td, > th")) {
                while (carried.containsKey(key(r, c))) {
                    cells.add(carried.remove(key(r, c)));
                    c++;
                }
                String text = Text.squash(Text.clean(td.text()));
                int colspan = span(td.attr("colspan"));
                int rowspan = span(td.attr("rowspan"));
                for (int k = 0; k < colspan; k++) {
                    cells.add(text);
                    for (int down = 1; down < rowspan; down++) {
                        carried.put(key(r + down, c), text);
                    }
                    c++;
                }
            }
            while (carried.containsKey(key(r, c))) {
                cells.add(carried.remove(key(r, c)));
                c++;
            }
            int line = firstLine + Math.max(0, tr.sourceRange().start().lineNumber() - 1);
            int end = firstLine + Math.max(0, tr.endSourceRange().end().lineNumber() - 1);
            rows.add(new TableRow(List.copyOf(cells), line, Math.max(line, end)));
            r++;
        }
        return rows;
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }

    private static int span(String attr) {
        try {
            int v = Integer.parseInt(attr.strip());
            return Math.max(1, Math.min(MAX_SPAN, v));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
