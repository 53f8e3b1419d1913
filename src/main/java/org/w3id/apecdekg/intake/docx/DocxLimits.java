package org.w3id.apecdekg.intake.docx;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Bounds on the work a DOCX may ask for, checked while reading; past one the file is refused with
 * a {@link DocxRefusedException} saying which. {@link #applyZipLimits()} sets POI's
 * {@link ZipSecureFile} limits (process-wide) against zip bombs.
 */
public final class DocxLimits {

    /** An entry may expand at most this many times its compressed size (POI's default ratio 0.01). */
    public static final int MAX_INFLATE_TIMES = 100;
    /** Largest uncompressed entry (e.g. word/document.xml), bytes. */
    public static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;
    /** Largest amount of text read from a document, characters. */
    public static final long MAX_TEXT_CHARS = 10_000_000;
    /** Most rows in one table. */
    public static final int MAX_ROWS = 20_000;
    /** Most grid columns in one table. */
    public static final int MAX_COLUMNS = 256;
    /** Deepest nesting of tables and content controls. */
    public static final int MAX_NESTING = 16;

    private DocxLimits() {}

    /** Sets POI's zip-bomb guards: minimum inflate ratio, largest entry, largest extracted text. */
    public static void applyZipLimits() {
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_INFLATE_TIMES);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
    }

    static void checkRows(int rows) {
        if (rows > MAX_ROWS) {
            throw new DocxRefusedException("a table has more than " + MAX_ROWS + " rows");
        }
    }

    static void checkColumns(int columns) {
        if (columns > MAX_COLUMNS) {
            throw new DocxRefusedException("a table has more than " + MAX_COLUMNS + " columns");
        }
    }

    static void checkNesting(int depth) {
        if (depth > MAX_NESTING) {
            throw new DocxRefusedException("tables or content controls nested more than " + MAX_NESTING + " levels deep");
        }
    }

    static void checkText(long chars) {
        if (chars > MAX_TEXT_CHARS) {
            throw new DocxRefusedException("more than " + MAX_TEXT_CHARS + " characters of text");
        }
    }
}
