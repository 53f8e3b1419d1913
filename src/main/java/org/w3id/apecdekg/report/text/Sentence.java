package org.w3id.apecdekg.report.text;

/** A sentence (or table row) with the lines it spans, its heading path and its paragraph's text. */
public record Sentence(String text, int line, int endLine, String path, Paragraph paragraph) {

    /** The text as a quote for evidence: trimmed, at most 500 characters. */
    public String quote() {
        return Text.truncate(text.strip(), 500);
    }
}
