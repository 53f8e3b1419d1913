package org.w3id.apecdekg.report.text;

import java.util.List;

/**
 * One line of a report: 1-based number, cleaned text (NFKC, no tags, no bullet or '#' prefix,
 * numbering kept), its kind, indentation, and the heading path it sits under (including itself
 * when it is a heading or item).
 */
public record ReportLine(int number, String raw, String text, LineKind kind, int indent, List<String> path) {

    public String pathString() {
        return String.join(" > ", path);
    }
}
