package org.w3id.apecdekg.report;

/** A report read into memory: slug (IRI key), file name, decoded text (no BOM) and SHA-256 of the bytes. */
public record ReportDocument(String slug, String fileName, String text, String sha256) {

    /** A document built from text in memory (tests, tools); the slug is derived from the file name. */
    public static ReportDocument of(String fileName, String text) {
        return new ReportDocument(ReportReader.slugOf(fileName), fileName, text,
                org.w3id.apecdekg.report.text.Hashes.sha256Hex(text));
    }
}
