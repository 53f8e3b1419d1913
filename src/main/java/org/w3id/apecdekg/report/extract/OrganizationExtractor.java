package org.w3id.apecdekg.report.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.w3id.apecdekg.report.rdf.Evidence;
import org.w3id.apecdekg.report.table.Table;
import org.w3id.apecdekg.report.table.TableRow;
import org.w3id.apecdekg.report.text.Paragraph;
import org.w3id.apecdekg.report.text.Sentence;

/**
 * Every organisation the report names ({@link OrganizationNames}), sentence by sentence, written as
 * {@code org:Organization} with the sentence as evidence ({@link OrganizationWriter}).
 */
public final class OrganizationExtractor {

    private final ExtractionContext ctx;
    private final OrganizationNames names;
    private final OrganizationWriter writer;

    public OrganizationExtractor(ExtractionContext ctx) {
        this.ctx = ctx;
        this.names = ctx.organizationNames();
        this.writer = new OrganizationWriter(ctx);
    }

    public void extract() {
        for (Paragraph p : ctx.paragraphs()) {
            for (Sentence s : p.sentences()) {
                for (String segment : segments(p, s)) {
                    for (OrganizationNames.Found f : names.find(segment)) {
                        writer.write(f, Evidence.of(s));
                    }
                }
            }
        }
        for (Table t : ctx.tables()) {
            for (TableRow row : t.rows()) {
                for (String cell : row.cells()) {
                    for (OrganizationNames.Found f : names.find(cell)) {
                        writer.write(f, Evidence.of(row, t.path()));
                    }
                }
            }
        }
    }

    /**
     * The sentence cut where a source line opens a field ("Organization 1: X", ": None"): a name does
     * not run from one field into the next, while a name wrapped over two lines of prose stays whole.
     */
    private static List<String> segments(Paragraph p, Sentence s) {
        List<String> out = new ArrayList<>();
        String text = s.text();
        int from = 0;
        for (int at : p.lineStarts(s)) {
            if (FIELD.matcher(text.substring(at)).find()) {
                out.add(text.substring(from, at));
                from = at;
            }
        }
        out.add(text.substring(from));
        return out;
    }

    /** A line that opens a field: "Label:" (a short label) or a definition ": value". */
    private static final Pattern FIELD = Pattern.compile("^(?::|[\\p{L}][\\p{L}\\p{N} ()/.'’&-]{0,40}:\\s)");
}
