package org.w3id.apecdekg.report;

import java.util.List;
import org.w3id.apecdekg.intake.SourceFormat;
import org.w3id.apecdekg.intake.SourceLocation;
import org.w3id.apecdekg.report.text.Hashes;

/**
 * A report read into memory: slug (IRI key), file name, the text the extractor reads (Markdown-like
 * lines; no BOM), the SHA-256 of the source file's bytes, the source format, and for formats that
 * are not text themselves (PDF, DOCX, HTML) where each line of the text sits in the source file
 * ({@code locations.get(line - 1)}; empty for text and Markdown, whose lines are the file's own).
 */
public record ReportDocument(String slug, String fileName, String text, String sha256, SourceFormat format,
        List<SourceLocation> locations) {

    public ReportDocument {
        locations = List.copyOf(locations);
    }

    /** A text or Markdown report: its lines are the file's lines. */
    public ReportDocument(String slug, String fileName, String text, String sha256) {
        this(slug, fileName, text, sha256, formatOfName(fileName), List.of());
    }

    /** A document built from text in memory (tests, tools); the slug is derived from the file name. */
    public static ReportDocument of(String fileName, String text) {
        return new ReportDocument(ReportReader.slugOf(fileName), fileName, text, Hashes.sha256Hex(text));
    }

    /** Where line {@code line} (1-based) of {@link #text()} sits in the source file; null for text formats. */
    public SourceLocation location(int line) {
        return line >= 1 && line <= locations.size() ? locations.get(line - 1) : null;
    }

    private static SourceFormat formatOfName(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown") ? SourceFormat.MARKDOWN : SourceFormat.TEXT;
    }
}
