package org.w3id.apecdekg.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.w3id.apecdekg.report.ReportFormatException;

/** Types are told by content: magic bytes beat the name, and a known name does not make text a PDF. */
class FormatDetectorTests {

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void pdfHtmlAndTextByContentWhateverTheName() {
        assertThat(FormatDetector.detect("report.txt", ascii("%PDF-1.7\n"))).isEqualTo(SourceFormat.PDF);
        assertThat(FormatDetector.detect("page", ascii("\n <!DOCTYPE html><html><body>x</body></html>")))
                .isEqualTo(SourceFormat.HTML);
        assertThat(FormatDetector.detect("page.md", ascii("<!-- saved --><html lang=en>"))).isEqualTo(SourceFormat.HTML);
        assertThat(FormatDetector.detect("notes.md", ascii("# Notes\n<table><tr><td>x</td></tr></table>")))
                .isEqualTo(SourceFormat.MARKDOWN);
        assertThat(FormatDetector.detect("notes", ascii("Plain notes."))).isEqualTo(SourceFormat.TEXT);
    }

    @Test
    void aPdfNameOnTextIsNotAPdf() {
        assertThat(FormatDetector.detect("not-a-pdf.pdf", ascii("just text"))).isNotEqualTo(SourceFormat.PDF);
    }

    @Test
    void docxIsAZipWithWordDocumentXml() throws Exception {
        assertThat(FormatDetector.detect("x.bin", zip("word/document.xml"))).isEqualTo(SourceFormat.DOCX);
        assertThatThrownBy(() -> FormatDetector.detect("sheet.docx", zip("xl/workbook.xml")))
                .isInstanceOf(ReportFormatException.class)
                .hasMessage("sheet.docx: not a supported report type: a ZIP archive without word/document.xml"
                        + " (not a Word .docx file)");
    }

    @Test
    void knownOtherTypesAreNamed() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
        assertThatThrownBy(() -> FormatDetector.detect("scan.pdf", png))
                .hasMessage("scan.pdf: not a supported report type: the content is a PNG image"
                        + " (supported: PDF, DOCX, HTML, Markdown and plain text)");
        byte[] ole = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1};
        assertThatThrownBy(() -> FormatDetector.detect("old.doc", ole))
                .hasMessageContaining("a legacy Office file (OLE2, e.g. Word .doc): save it as .docx or PDF");
        assertThatThrownBy(() -> FormatDetector.detect("data.xlsx", ascii("PK")))
                .hasMessageStartingWith("data.xlsx: not a supported report type: a .xlsx file");
        assertThatThrownBy(() -> FormatDetector.detect("empty.md", new byte[0])).hasMessage("empty.md: file is empty");
    }

    private static byte[] zip(String entry) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(ascii("<x/>"));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
