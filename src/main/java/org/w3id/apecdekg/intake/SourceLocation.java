package org.w3id.apecdekg.intake;

/**
 * Where a line of a read document sits in its source file. Exactly one shape is used per format:
 * page and line on the page (PDF), paragraph (DOCX, HTML), table and row (DOCX, HTML), or the line
 * of the file itself (text and Markdown). Numbers are 1-based; 0 means "not this shape".
 */
public record SourceLocation(int page, int pageLine, int paragraph, int table, int row) {

    public static SourceLocation pageLine(int page, int line) {
        return new SourceLocation(page, line, 0, 0, 0);
    }

    public static SourceLocation paragraph(int paragraph) {
        return new SourceLocation(0, 0, paragraph, 0, 0);
    }

    public static SourceLocation tableRow(int table, int row) {
        return new SourceLocation(0, 0, 0, table, row);
    }

    public boolean isPage()      { return page > 0; }
    public boolean isParagraph() { return paragraph > 0; }
    public boolean isTableRow()  { return table > 0; }

    /** How a reader finds it: "page 3, line 12", "paragraph 14", "table 2, row 3". */
    public String label() {
        if (isPage()) {
            return "page " + page + ", line " + pageLine;
        }
        if (isTableRow()) {
            return "table " + table + ", row " + row;
        }
        if (isParagraph()) {
            return "paragraph " + paragraph;
        }
        return "";
    }
}
