package org.w3id.apecdekg.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.w3id.apecdekg.report.text.Hashes;

/** Reads a report file strictly: bounded size, UTF-8 only, text only. */
public final class ReportReader {

    /** Share of control characters (other than tab, CR, LF, FF) above which a file counts as binary. */
    static final double MAX_CONTROL_SHARE = 0.02;

    private ReportReader() {}

    public static ReportDocument read(Path file, long maxBytes) throws ReportFormatException {
        String name = file.getFileName().toString();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ReportFormatException(name, 0, "cannot read file: " + e.getMessage());
        }
        if (size > maxBytes) {
            throw new ReportFormatException(name, 0, "file is " + size + " bytes, larger than the limit of "
                    + maxBytes + " bytes");
        }
        byte[] bytes = readBounded(file, name, maxBytes);
        if (bytes.length == 0) {
            throw new ReportFormatException(name, 0, "file is empty");
        }
        checkBinary(bytes, name);
        String text = decodeStrict(bytes, name);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ReportFormatException(name, 1, "file has no text (blank)");
        }
        return new ReportDocument(slugOf(name), name, text, Hashes.sha256Hex(bytes));
    }

    /** Lower-case file name without extension(s); runs of characters other than a-z0-9 become '-'. */
    public static String slugOf(String fileName) {
        String base = fileName;
        int dot = base.indexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        String slug = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "report" : slug;
    }

    private static byte[] readBounded(Path file, String name, long maxBytes) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] data = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
            if (data.length > maxBytes) {
                throw new ReportFormatException(name, 0, "file is larger than the limit of " + maxBytes + " bytes");
            }
            return data;
        } catch (IOException e) {
            throw new ReportFormatException(name, 0, "cannot read file: " + e.getMessage());
        }
    }

    private static void checkBinary(byte[] bytes, String name) {
        int control = 0;
        int line = 1;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                throw new ReportFormatException(name, line, "binary file (NUL byte at byte offset " + i + ")");
            }
            if (b == '\n') {
                line++;
            } else if (b < 0x20 && b != '\t' && b != '\r' && b != '\f') {
                control++;
            }
        }
        if (control > 8 && control > bytes.length * MAX_CONTROL_SHARE) {
            throw new ReportFormatException(name, 1, "binary file (" + control + " control characters)");
        }
    }

    private static String decodeStrict(byte[] bytes, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new ReportFormatException(name, lineAt(bytes, offset),
                    "invalid UTF-8 at byte offset " + offset + " (" + result + ")");
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new ReportFormatException(name, lineAt(bytes, bytes.length), "invalid UTF-8 at end of file");
        }
        out.flip();
        return out.toString();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

}
