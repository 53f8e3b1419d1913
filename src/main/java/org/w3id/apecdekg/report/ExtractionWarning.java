package org.w3id.apecdekg.report;

/** Something the extractor saw but could not place: line, kind (e.g. {@code unknown-economy}), the text, and why. */
public record ExtractionWarning(int line, String kind, String text, String message) {

    @Override
    public String toString() {
        return line + ": [" + kind + "] " + message + (text == null || text.isEmpty() ? "" : " — " + text);
    }
}
