package org.w3id.apecdekg.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.ReportFormatException;

/** Text reports in UTF-8, UTF-16 with a BOM, Big5 and GB18030 (files re-encoded by iconv) read to the same text. */
class TextDocumentReaderTests {

    static final Path DIR = Path.of("src/test/resources/intake/text");
    final Intake intake = Intake.standard(1_000_000);

    @ParameterizedTest
    @CsvSource({
        "trip-report.zh-Hant.big5.md, trip-report.zh-Hant.utf8.md",
        "trip-report.zh-Hant.utf16le.md, trip-report.zh-Hant.utf8.md",
        "meeting-note.zh-Hans.gb18030.md, meeting-note.zh-Hans.utf8.md",
        "meeting-note.zh-Hans.utf16be.md, meeting-note.zh-Hans.utf8.md",
    })
    void detectsTheEncoding(String encoded, String utf8) throws Exception {
        ReportDocument doc = intake.read(DIR.resolve(encoded));
        assertThat(doc.text()).isEqualTo(Files.readString(DIR.resolve(utf8), StandardCharsets.UTF_8));
        assertThat(doc.format()).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(doc.locations()).isEmpty();
    }

    @Test
    void aNamedEncodingIsUsedAsGiven() throws Exception {
        ReportDocument doc = intake.read(DIR.resolve("trip-report.zh-Hant.big5.md"), Charset.forName("Big5"));
        assertThat(doc.text()).isEqualTo(Files.readString(DIR.resolve("trip-report.zh-Hant.utf8.md")));
    }

    @Test
    void aWrongNamedEncodingNamesTheLineAndOffset() {
        assertThatThrownBy(() -> intake.read(DIR.resolve("trip-report.zh-Hant.big5.md"), StandardCharsets.UTF_8))
                .isInstanceOf(ReportFormatException.class)
                .hasMessageStartingWith(DIR.resolve("trip-report.zh-Hant.big5.md") + ":1: invalid UTF-8 at byte offset 2 ")
                .hasMessageEndingWith("if the file is in another encoding, name it with --encoding");
    }

    @Test
    void commonShareTellsRightFromWrongDecodings() throws Exception {
        byte[] big5 = Files.readAllBytes(DIR.resolve("trip-report.zh-Hant.big5.md"));
        String right = new String(big5, TextDocumentReader.BIG5);
        String wrong = new String(big5, TextDocumentReader.GB18030);
        assertThat(TextDocumentReader.commonShare(right)).isGreaterThan(0.8);
        assertThat(TextDocumentReader.commonShare(wrong)).isLessThan(TextDocumentReader.commonShare(right) - 0.4);
    }
}
