package org.w3id.apecdekg.report;

/** A report file that cannot be read as a text report; the message is {@code FILE:LINE: REASON}. */
public class ReportFormatException extends RuntimeException {

    private final String file;
    private final int line;
    private final String reason;

    public ReportFormatException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file()   { return file; }
    public int line()      { return line; }
    public String reason() { return reason; }
}
