package org.w3id.apecdekg.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.ReportFormatException;
import org.w3id.apecdekg.report.text.Hashes;

/**
 * The front door of report intake: reads a file's bytes (bounded), detects its type by content and
 * hands it to the reader of that type. Every failure is a {@link ReportFormatException} naming the file.
 */
public final class Intake {

    private final Map<SourceFormat, DocumentReader> readers = new EnumMap<>(SourceFormat.class);
    private final long maxBytes;

    public Intake(long maxBytes, List<DocumentReader> readers) {
        this.maxBytes = maxBytes;
        for (DocumentReader r : readers) {
            this.readers.put(r.format(), r);
        }
        this.readers.putIfAbsent(SourceFormat.MARKDOWN, this.readers.get(SourceFormat.TEXT));
    }

    /** Every format: text and Markdown, PDF, DOCX, HTML. */
    public static Intake standard(long maxBytes) {
        return new Intake(maxBytes, List.of(new TextDocumentReader(), new PdfDocumentReader(),
                new DocxDocumentReader(), new HtmlDocumentReader()));
    }

    public ReportDocument read(Path file) {
        return read(file, null);
    }

    /** Reads a file; {@code encoding} names the encoding of a text file (null: detect). */
    public ReportDocument read(Path file, Charset encoding) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes = readBounded(file);
        try {
            return read(name, bytes, encoding);
        } catch (ReportFormatException e) {
            // readers name the file; the user named a path: say the path
            throw e.file().equals(file.toString()) ? e : new ReportFormatException(file.toString(), e.line(), e.reason());
        }
    }

    /** Reads bytes received under a file name (an upload). */
    public ReportDocument read(String name, byte[] bytes, Charset encoding) {
        if (bytes.length > maxBytes) {
            throw new ReportFormatException(name, 0, "file is " + bytes.length + " bytes, larger than the limit of "
                    + maxBytes + " bytes");
        }
        SourceFormat format = FormatDetector.detect(name, bytes);
        DocumentReader reader = readers.get(format);
        if (reader == null) {
            throw new ReportFormatException(name, 0, "no reader for " + format.mediaType());
        }
        try {
            return reader.read(new SourceFile(name, bytes, Hashes.sha256Hex(bytes), encoding));
        } catch (ReportFormatException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // a reader's library failing on a malformed file: one line, never a stack trace
            throw new ReportFormatException(name, 0, "cannot read this " + format.name() + " file ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }

    private byte[] readBounded(Path file) {
        String shown = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new ReportFormatException(shown, 0, "is a directory");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new ReportFormatException(shown, 0, "file is " + size + " bytes, larger than the limit of "
                        + maxBytes + " bytes");
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] data = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
                if (data.length > maxBytes) {
                    throw new ReportFormatException(shown, 0, "file is larger than the limit of " + maxBytes + " bytes");
                }
                return data;
            }
        } catch (NoSuchFileException e) {
            throw new ReportFormatException(shown, 0, "no such file");
        } catch (AccessDeniedException e) {
            throw new ReportFormatException(shown, 0, "permission denied");
        } catch (IOException e) {
            throw new ReportFormatException(shown, 0, "cannot read file: " + e.getMessage());
        }
    }
}
