package org.w3id.apecdekg.intake.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3id.apecdekg.report.ReportFormatException;

/**
 * Opens a DOCX's bytes with POI under {@link DocxLimits}, turning every failure into one line:
 * "DOCX refused: … (a zip bomb?)" when an entry expands past the limits, else
 * "truncated or corrupt DOCX: …" with the first line of the underlying reason.
 */
public final class DocxPackage {

    private static final Pattern ENTRY = Pattern.compile("Entry: (\\S+)");

    static {
        DocxLimits.applyZipLimits();
    }

    private DocxPackage() {}

    public static XWPFDocument open(String fileName, byte[] bytes) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw refusal(fileName, e);
        } catch (StackOverflowError e) {
            throw new ReportFormatException(fileName, 0, "DOCX refused: its XML is nested too deeply to read");
        }
    }

    static ReportFormatException refusal(String fileName, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.contains("Zip bomb detected")) {
                String entry = entry(m);
                if (m.contains("max. ratio") || m.contains("MIN_INFLATE_RATIO")) {
                    return new ReportFormatException(fileName, 0, "DOCX refused: " + entry + " expands more than "
                            + DocxLimits.MAX_INFLATE_TIMES + " times (a zip bomb?)");
                }
                return new ReportFormatException(fileName, 0, "DOCX refused: " + entry + " expands to more than "
                        + DocxLimits.MAX_ENTRY_BYTES + " bytes (a zip bomb?)");
            }
            if (m.contains("embeds more internal file entries")) {
                return new ReportFormatException(fileName, 0, "DOCX refused: the archive holds too many entries (a zip bomb?)");
            }
        }
        return new ReportFormatException(fileName, 0, "truncated or corrupt DOCX: " + reason(e));
    }

    private static String entry(String message) {
        Matcher m = ENTRY.matcher(message);
        return m.find() ? m.group(1) : "an entry";
    }

    /** The innermost message, first line, at most 160 characters. */
    private static String reason(Throwable e) {
        Throwable root = e;
        String best = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            root = t;
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                best = t.getMessage();
            }
        }
        String m = best == null ? root.getClass().getSimpleName() : best.strip().split("\\R", 2)[0];
        return m.length() > 160 ? m.substring(0, 157) + "..." : m;
    }
}
