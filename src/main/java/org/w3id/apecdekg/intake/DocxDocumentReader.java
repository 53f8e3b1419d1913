package org.w3id.apecdekg.intake;

import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.ReportFormatException;

/** PLACEHOLDER while the reader is written: refuses every file. */
public final class DocxDocumentReader implements DocumentReader {

    @Override
    public SourceFormat format() {
        return SourceFormat.DOCX;
    }

    @Override
    public ReportDocument read(SourceFile file) {
        throw new ReportFormatException(file.name(), 0, "Docx reading is not available yet");
    }
}
