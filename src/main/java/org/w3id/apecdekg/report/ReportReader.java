package org.w3id.apecdekg.report;

import java.nio.file.Path;
import java.util.Locale;
import org.w3id.apecdekg.intake.Intake;

/** Reads a report file of any supported type (see {@link Intake}); names report slugs. */
public final class ReportReader {

    private ReportReader() {}

    /** Reads a report file of any supported type, detecting its type and (for text) its encoding. */
    public static ReportDocument read(Path file, long maxBytes) throws ReportFormatException {
        return Intake.standard(maxBytes).read(file);
    }

    /**
     * Lower-case file name without extension(s); runs of characters other than a-z0-9 become '-'.
     * A name with no such characters (e.g. only Chinese) becomes {@code report-} and the first 12 hex
     * digits of the SHA-256 of its base name, so two such reports do not replace each other.
     */
    public static String slugOf(String fileName) {
        String base = fileName;
        int dot = base.indexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        String slug = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "report-" + org.w3id.apecdekg.report.text.Hashes.prefix(base.strip(), 12) : slug;
    }
}
