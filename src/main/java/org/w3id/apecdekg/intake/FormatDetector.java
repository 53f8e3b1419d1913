package org.w3id.apecdekg.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.w3id.apecdekg.report.ReportFormatException;

/**
 * Tells a file's type by its content (magic bytes), not by its name: {@code %PDF-}, a ZIP holding
 * {@code word/document.xml}, an HTML document; other text is text (Markdown when the name says so).
 * Known binary types the intake does not read (images, legacy .doc, other archives) are named.
 */
public final class FormatDetector {

    private FormatDetector() {}

    public static SourceFormat detect(String name, byte[] bytes) {
        if (bytes.length == 0) {
            throw new ReportFormatException(name, 0, "file is empty");
        }
        if (startsWith(bytes, skipWhitespace(bytes), "%PDF-")) {
            return SourceFormat.PDF;
        }
        if (startsWith(bytes, 0, "PK\u0003\u0004")) {
            return zipKind(name, bytes);
        }
        String other = knownBinary(bytes);
        if (other != null) {
            throw new ReportFormatException(name, 0, "not a supported report type: the content is " + other
                    + " (supported: PDF, DOCX, HTML, Markdown and plain text)");
        }
        if (looksLikeHtml(bytes)) {
            return SourceFormat.HTML;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String extension = extension(lower);
        if (!extension.isEmpty() && !SourceFormat.allExtensions().contains(extension)) {
            throw new ReportFormatException(name, 0, "not a supported report type: a " + extension
                    + " file whose content is not PDF, DOCX or HTML (text reports end in .md, .markdown or .txt)");
        }
        return lower.endsWith(".md") || lower.endsWith(".markdown") ? SourceFormat.MARKDOWN : SourceFormat.TEXT;
    }

    /** ".xlsx" for "data.xlsx"; "" when the name has no extension (or only a leading dot). */
    private static String extension(String lowerName) {
        String last = lowerName.substring(lowerName.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        return dot > 0 ? last.substring(dot) : "";
    }

    private static SourceFormat zipKind(String name, byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            int entries = 0;
            while ((e = zip.getNextEntry()) != null && entries++ < 10_000) {
                if (e.getName().equals("word/document.xml")) {
                    return SourceFormat.DOCX;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ReportFormatException(name, 0, "corrupt ZIP container (not a readable DOCX): " + e.getMessage());
        }
        throw new ReportFormatException(name, 0,
                "not a supported report type: a ZIP archive without word/document.xml (not a Word .docx file)");
    }

    private static String knownBinary(byte[] b) {
        if (startsWith(b, 0, "\u0089PNG")) {
            return "a PNG image";
        }
        if (b.length > 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8) {
            return "a JPEG image";
        }
        if (startsWith(b, 0, "GIF8")) {
            return "a GIF image";
        }
        if (b.length > 4 && (b[0] & 0xff) == 0xd0 && (b[1] & 0xff) == 0xcf && (b[2] & 0xff) == 0x11
                && (b[3] & 0xff) == 0xe0) {
            return "a legacy Office file (OLE2, e.g. Word .doc): save it as .docx or PDF";
        }
        if (startsWith(b, 0, "{\\rtf")) {
            return "an RTF document: save it as .docx or PDF";
        }
        if (b.length > 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b) {
            return "gzip-compressed data";
        }
        return null;
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        int from = skipWhitespace(bytes);
        int n = Math.min(bytes.length - from, 1024);
        if (n <= 0) {
            return false;
        }
        String head = new String(bytes, from, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        while (head.startsWith("<!--")) {
            int end = head.indexOf("-->");
            if (end < 0) {
                return false;
            }
            head = head.substring(end + 3).stripLeading();
        }
        if (head.startsWith("<?xml")) {
            return head.contains("<html");
        }
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<body") || head.startsWith("<meta");
    }

    private static int skipWhitespace(byte[] b) {
        int i = 0;
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            i = 3;
        }
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        return i;
    }

    private static boolean startsWith(byte[] b, int from, String magic) {
        if (b.length - from < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((b[from + i] & 0xff) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
