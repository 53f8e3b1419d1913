package org.w3id.apecdekg.intake;

import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Element;
import org.w3id.apecdekg.intake.docx.BodyWriter;
import org.w3id.apecdekg.intake.docx.DocxPackage;
import org.w3id.apecdekg.intake.docx.DocxRefusedException;
import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.ReportFormatException;

/**
 * Reads Word documents (DOCX) with Apache POI: headings from paragraph styles ("Heading N", "Title",
 * outline levels), list items with their numbering, tables with merged cells, footnotes and endnotes
 * after the body. Lines are located by body paragraph or by table and row. Truncated or corrupt
 * files, zip bombs, documents past the {@link org.w3id.apecdekg.intake.docx.DocxLimits} and
 * documents without text are refused with one line saying which.
 */
public final class DocxDocumentReader implements DocumentReader {

    @Override
    public SourceFormat format() {
        return SourceFormat.DOCX;
    }

    @Override
    public ReportDocument read(SourceFile file) {
        String name = file.name();
        DocumentBuilder out = new DocumentBuilder();
        try (XWPFDocument doc = DocxPackage.open(name, file.bytes())) {
            if (doc.getDocument().getBody() != null) {
                new BodyWriter(doc, out).write((Element) doc.getDocument().getBody().getDomNode());
            }
        } catch (DocxRefusedException e) {
            throw new ReportFormatException(name, 0, "DOCX refused: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            if (e instanceof ReportFormatException rfe) {
                throw rfe;
            }
            throw new ReportFormatException(name, 0, "truncated or corrupt DOCX: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage().strip().split("\\R", 2)[0]));
        } catch (StackOverflowError e) {
            throw new ReportFormatException(name, 0, "DOCX refused: its content is nested too deeply to read");
        }
        if (out.isEmpty()) {
            throw new ReportFormatException(name, 0, "DOCX has no text (no paragraph or table holds any)");
        }
        return out.build(name, file.sha256(), SourceFormat.DOCX);
    }
}
