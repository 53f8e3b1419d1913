package org.w3id.apecdekg.report.rdf;

import org.w3id.apecdekg.report.table.TableRow;
import org.w3id.apecdekg.report.text.Sentence;
import org.w3id.apecdekg.report.text.Text;

/** Where a fact was read: lines, heading path and the quoted sentence or table row. */
public record Evidence(int line, int endLine, String path, String quote) {

    public static Evidence of(Sentence s) {
        return new Evidence(s.line(), s.endLine(), s.path(), s.quote());
    }

    public static Evidence of(TableRow row, String path) {
        return new Evidence(row.line(), row.endLine(), path, Text.truncate(row.quote().strip(), 500));
    }
}
