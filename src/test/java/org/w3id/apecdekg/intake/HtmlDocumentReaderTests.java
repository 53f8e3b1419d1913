package org.w3id.apecdekg.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.text.Hashes;

/** HTML pages made by pandoc and by hand (see src/test/resources/intake/html/README.md). */
class HtmlDocumentReaderTests {

    static final Path DIR = Path.of("src/test/resources/intake/html");
    static final Intake INTAKE = Intake.standard(20L * 1024 * 1024);

    static ReportDocument read(String name) {
        return INTAKE.read(DIR.resolve(name));
    }

    static ReportDocument readString(String name, byte[] bytes) {
        return new HtmlDocumentReader().read(new SourceFile(name, bytes, Hashes.sha256Hex(bytes), null));
    }

    static List<String> lines(ReportDocument d) {
        return Arrays.asList(d.text().split("\n"));
    }

    static int lineOf(ReportDocument d, String line) {
        int i = lines(d).indexOf(line);
        assertThat(i).as("line %s in%n%s", line, d.text()).isNotNegative();
        return i + 1;
    }

    @Test
    void pandocStandaloneHtmlReadsLikeTheDocxOfTheSameSource() {
        ReportDocument html = read("meeting-summary.html");
        ReportDocument docx = DocxDocumentReaderTests.read("meeting-summary.docx");
        assertThat(html.format()).isEqualTo(SourceFormat.HTML);
        assertThat(html.text()).isEqualTo(docx.text());
        assertThat(lines(html)).contains("The Chair welcomed members to the third meeting of the year and noted that"
                + " fifteen economies attended in person. The Chair thanked the host for the arrangements.",
                "<sup>1</sup> Attendance was recorded by the Secretariat on the first day.");
        assertThat(html.text()).doesNotContain("↩", "fnref");
        assertThat(read("meeting-summary-zh.html").text()).isEqualTo(
                DocxDocumentReaderTests.read("meeting-summary-zh.docx").text());
    }

    @Test
    void blocksAndTableRowsAreLocated() {
        ReportDocument d = read("meeting-summary.html");
        assertThat(d.location(lineOf(d, "# Summary Report of the Digital Economy Steering Group Meeting")))
                .isEqualTo(SourceLocation.paragraph(1));
        assertThat(d.location(lineOf(d, "2. Collect responses from member economies.")).label()).isEqualTo("paragraph 12");
        assertThat(d.location(lineOf(d, "| DESG 02 2025S | Study on Cross-Border Data Flows in the Region | Viet Nam"
                + " | Indonesia; Philippines |")).label()).isEqualTo("table 1, row 3");
        assertThat(d.location(lineOf(d, "<sup>2</sup> The host economy will confirm the dates.")).label())
                .isEqualTo("paragraph 17");
    }

    @Test
    void newsReleaseKeepsTheArticleAndDropsTheBoilerplate() {
        ReportDocument d = read("news-release.html");
        assertThat(lines(d)).containsExactly(
                "# Economies Agree on Next Steps for Paperless Trade", "",
                "Issued by the Digital Economy Steering Group, 14 May 2025", "",
                "Senior officials from twenty-one member economies met online to review progress on paperless trade."
                        + " They agreed to publish a joint guide before the end of the year.", "",
                "The meeting closed with three action points:", "",
                "1. Share national case studies by June.",
                "2. Draft the joint guide.",
                "3. Hold a public dialogue with industry.", "",
                "## Participating projects", "",
                "| Project No. | Title | Proposing Economy | Co-Sponsoring Economies |",
                "| --- | --- | --- | --- |",
                "| DESG 05 2025A | Paperless trade guide | Singapore | Australia; Brunei Darussalam; Canada; Chile;"
                        + " Hong Kong, China; Japan; Korea; New Zealand; Peru; Thailand |",
                "| DESG 05 2025A | Industry dialogue | Singapore | Malaysia |",
                "| Funding source |  |  | APEC Support Fund |", "",
                "## Media contact", "",
                "Communications Unit Example Secretariat media@example.org", "",
                "## Notes to editors", "",
                "---", "",
                "<sup>1</sup> Two further economies joined as observers.");
        assertThat(d.text()).doesNotContain("cookies", "Skip to", "About Us", "Home", "Copyright", "Related news",
                "Share on", "Tags:", "Back to text", "Example Economic Forum", "dataLayer", "Search");
        assertThat(d.location(lineOf(d, "| DESG 05 2025A | Industry dialogue | Singapore | Malaysia |")))
                .isEqualTo(SourceLocation.tableRow(1, 3));
        assertThat(d.location(lineOf(d, "## Media contact"))).isEqualTo(SourceLocation.paragraph(9));
    }

    @Test
    void big5PageWithoutMainIsReadByItsMetaCharsetWithoutMenusOrFooter() {
        ReportDocument d = read("news-release-zh.html");
        assertThat(lines(d).stream().filter(l -> !l.isEmpty())).containsExactly(
                "# 數位貿易工作坊圓滿落幕",
                "本次工作坊共有十四個會員體派員參加，與會者交流數位貿易便捷化的經驗。<sup>1</sup>",
                "## 壹、後續工作",
                "- 秘書處將彙整會議結論。",
                "- 各會員體將於六月前提出建議。",
                "1 與會名單以報名資料為準。");
    }

    @Test
    void rowspanAndColspanAreExpandedLikeMergedDocxCells() {
        ReportDocument html = INTAKE.read(DocxDocumentReaderTests.DIR.resolve("merged-cells.html"));
        ReportDocument docx = DocxDocumentReaderTests.read("merged-cells.docx");
        assertThat(html.text()).isEqualTo(docx.text());
        assertThat(lines(html)).contains("| DESG 04 2025 | Phase 2: Regional workshop | Peru | Japan |",
                "| Total budget |  |  | USD 120,000 |");
    }

    @Test
    void aByteOrderMarkOutranksTheMetaCharset() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        b.write("<html><head><meta charset=\"windows-1252\"></head><body><p>Workshop in Hà Nội, Viet Nam</p></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(readString("bom.html", b.toByteArray()).text()).isEqualTo("Workshop in Hà Nội, Viet Nam\n");
    }

    @Test
    void doubleBreaksSplitParagraphsAndPlainSupMarkersStayMarkers() {
        String page = "<html><body><main><p>First part of the note.<sup>3</sup><br><br>Second part<br>continues"
                + " here.</p><ul><li>Top<ul><li>Nested item</li></ul></li></ul></main></body></html>";
        ReportDocument d = readString("breaks.html", page.getBytes(StandardCharsets.UTF_8));
        // an unlinked marker stays "<sup>3</sup>", which the extractor drops from sentences as in Markdown
        assertThat(lines(d)).containsExactly("First part of the note.<sup>3</sup>", "",
                "Second part continues here.", "", "- Top", "  - Nested item");
        assertThat(d.location(5)).isEqualTo(SourceLocation.paragraph(3));
    }

    @Test
    void badPagesAreRefusedWithOneClearLine() {
        DocxDocumentReaderTests.assertRefused(() -> read("no-main-text.html"), "no-main-text.html",
                "HTML page has no text in its main content");
        DocxDocumentReaderTests.assertRefused(() -> read("deeply-nested.html"), "deeply-nested.html",
                "HTML refused: markup nested more than 256 elements deep");
        byte[] wide = "<table><tr><td>a</td><td colspan=\"5000\">b</td></tr></table>".getBytes(StandardCharsets.UTF_8);
        DocxDocumentReaderTests.assertRefused(() -> readString("wide.html", wide), "wide.html",
                "HTML refused: a table has more than 256 columns");
        byte[] tall = ("<table>" + "<tr><td>a</td><td>b</td></tr>".repeat(10_001) + "</table>").getBytes(StandardCharsets.UTF_8);
        DocxDocumentReaderTests.assertRefused(() -> readString("tall.html", tall), "tall.html",
                "HTML refused: a table has more than 10000 rows");
    }
}
