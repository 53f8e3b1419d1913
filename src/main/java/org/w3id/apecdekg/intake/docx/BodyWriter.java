package org.w3id.apecdekg.intake.docx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Element;
import org.w3id.apecdekg.intake.DocumentBuilder;
import org.w3id.apecdekg.intake.SourceLocation;

/**
 * Writes a DOCX body to a {@link DocumentBuilder} in reading order: paragraphs as headings, list
 * items (with their numbering) or paragraphs, tables as pipe tables (a one-column table as the
 * paragraphs of its cells), content controls read through, table-of-contents entries skipped, and
 * footnotes and endnotes after the body. Paragraph n is the n-th body paragraph (empty ones count);
 * table t row r the r-th row of the t-th body table.
 */
public final class BodyWriter {

    private final DocumentBuilder out;
    private final ParagraphStyles styles;
    private final ListNumbering lists;
    private final Notes notes;
    private int paragraphs;
    private int tables;
    private long chars;

    public BodyWriter(XWPFDocument doc, DocumentBuilder out) {
        this.out = out;
        this.styles = new ParagraphStyles(doc.getStyles());
        this.lists = new ListNumbering(doc.getNumbering());
        this.notes = new Notes(doc);
    }

    /** Writes the body element {@code w:body} and then the notes it refers to. */
    public void write(Element body) {
        blocks(body, 0);
        chars += notes.writeTo(out);
        DocxLimits.checkText(chars);
    }

    private void blocks(Element parent, int depth) {
        DocxLimits.checkNesting(depth);
        for (Element e : W.children(parent, null)) {
            switch (e.getLocalName()) {
                case "p" -> paragraph(e);
                case "tbl" -> table(e);
                case "sdt", "customXml", "sdtContent", "ins", "moveTo" -> blocks(e, depth + 1);
                default -> { }
            }
        }
    }

    private void paragraph(Element p) {
        SourceLocation at = SourceLocation.paragraph(++paragraphs);
        if (styles.isTocEntry(p)) {
            return;
        }
        String text = RunText.of(p, (kind, id) -> notes.reference(kind, id, at));
        count(text);
        if (text.isBlank()) {
            return;
        }
        ListNumbering.Marker marker = marker(p);
        int level = styles.headingLevel(p);
        if (level > 0) {
            String prefix = marker == null || marker.marker() == null || marker.bullet() ? "" : marker.marker() + " ";
            out.heading(level, prefix + text, at);
        } else if (marker != null) {
            out.listItem(marker.depth(), text, marker.marker(), at);
        } else {
            out.paragraph(text, at);
        }
    }

    private ListNumbering.Marker marker(Element p) {
        Element numPr = W.child(W.child(p, "pPr"), "numPr");
        int numId;
        int ilvl;
        if (numPr != null) {
            numId = W.intVal(numPr, 0, "numId");
            ilvl = W.intVal(numPr, 0, "ilvl");
        } else {
            ParagraphStyles.StyleNumbering s = styles.styleNumbering(p);
            if (s == null) {
                return null;
            }
            numId = s.numId();
            ilvl = s.ilvl();
        }
        return numId > 0 ? lists.next(numId, ilvl) : null;
    }

    private void table(Element tbl) {
        int t = ++tables;
        List<TableRows.Row> rows = TableRows.read(tbl,
                (row, kind, id) -> notes.reference(kind, id, SourceLocation.tableRow(t, row)));
        List<List<String>> cells = new ArrayList<>();
        List<SourceLocation> at = new ArrayList<>();
        int width = 0;
        for (TableRows.Row r : rows) {
            r.cells().forEach(this::count);
            if (r.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            cells.add(r.cells());
            at.add(SourceLocation.tableRow(t, r.number()));
            width = Math.max(width, r.cells().size());
        }
        if (width == 1) {
            for (int i = 0; i < cells.size(); i++) {
                for (String line : cells.get(i).get(0).split("\n")) {
                    out.paragraph(line, at.get(i));
                }
            }
        } else {
            out.table(cells, at);
        }
    }

    private void count(String text) {
        chars += text.length();
        DocxLimits.checkText(chars);
    }
}
