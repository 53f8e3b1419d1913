package org.w3id.apecdekg.intake;

import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.ReportFormatException;

/** PLACEHOLDER while the reader is written: refuses every file. */
public final class PdfDocumentReader implements DocumentReader {

    @Override
    public SourceFormat format() {
        return SourceFormat.PDF;
    }

    @Override
    public ReportDocument read(SourceFile file) {
        throw new ReportFormatException(file.name(), 0, "Pdf reading is not available yet");
    }
}
