package org.w3id.apecdekg.report;

/**
 * A report file that cannot be read; the message is one line, {@code FILE:LINE: REASON}, or
 * {@code FILE: REASON} when no line applies (a PDF's page or a byte position goes in the reason).
 */
public class ReportFormatException extends RuntimeException {

    private final String file;
    private final int line;
    private final String reason;

    public ReportFormatException(String file, int line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason, null, false, false);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file()   { return file; }
    public int line()      { return line; }
    public String reason() { return reason; }
}
