package org.w3id.apecdekg.intake;

import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.ReportFormatException;

/**
 * Reads one file format into the document the extractor reads. A file it cannot read (corrupt,
 * encrypted, no text, text that is not text) is refused with a {@link ReportFormatException} whose
 * message names the file and, where known, the page, line or position, never a stack trace.
 */
public interface DocumentReader {

    /** The format this reader reads. */
    SourceFormat format();

    ReportDocument read(SourceFile file) throws ReportFormatException;
}
