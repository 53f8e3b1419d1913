package org.w3id.apecdekg.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.w3id.apecdekg.intake.pdf.Hyphenation;
import org.w3id.apecdekg.intake.pdf.RunningLines;
import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.ReportFormatException;
import org.w3id.apecdekg.report.text.LineKind;
import org.w3id.apecdekg.report.text.LineModel;
import org.w3id.apecdekg.report.text.ReportLine;

/** PDFs made by Chromium, Ghostscript and qpdf (see src/test/resources/intake/pdf/README.md). */
class PdfDocumentReaderTests {

    static final Path DIR = Path.of("src/test/resources/intake/pdf");
    /** The report fixtures printed to PDF by Chromium (see src/test/resources/reports/formats/README.md). */
    static final Path REPORTS = Path.of("src/test/resources/reports/formats");
    static final Intake INTAKE = Intake.standard(20L * 1024 * 1024);

    static ReportDocument read(String name) {
        return INTAKE.read(DIR.resolve(name));
    }

    static List<String> lines(ReportDocument d) {
        return Arrays.asList(d.text().split("\n"));
    }

    static int lineOf(ReportDocument d, String line) {
        int i = lines(d).indexOf(line);
        assertThat(i).as("line %s in%n%s", line, d.text()).isNotNegative();
        return i + 1;
    }

    static String at(ReportDocument d, String line) {
        return d.location(lineOf(d, line)).label();
    }

    @Test
    void taggedPdfReadsHeadingsParagraphsListAndTableWithWrappedCellsWhole() {
        ReportDocument d = read("summary.pdf");
        assertThat(d.format()).isEqualTo(SourceFormat.PDF);
        assertThat(lines(d).stream().filter(l -> l.startsWith("#"))).containsExactly(
                "# Digital Economy Steering Group: Summary Record of the Third Meeting",
                "## 1. Opening of the Meeting",
                "## 2. Project Updates",
                "## 3. Next Steps");
        assertThat(lines(d).stream().filter(l -> l.startsWith("|"))).containsExactly(
                "| Project No. | Title | Proposing Economy | Co-Sponsoring Economies |",
                "| --- | --- | --- | --- |",
                "| DESG 01 2024A | Capacity Building on Cross-Border Data Flows for Small Firms | Chile | Australia;"
                        + " Canada; Indonesia; Japan; Korea; Malaysia; New Zealand; Peru; Singapore; Thailand |",
                "| DESG 02 2024S | Workshop on Paperless Trade Facilitation | Viet Nam | Japan; Peru |");
        assertThat(lines(d)).contains(
                "The Chair opened the meeting and welcomed delegates from nineteen member economies. Members adopted"
                        + " the draft agenda without change and thanked the Secretariat for the preparatory papers"
                        + " circulated in July.",
                "Members agreed to pursue an APEC-wide survey of digital skills and asked the Secretariat to report"
                        + " back at the next meeting.",
                "- Economies will send comments on the survey design by 30 September 2024.",
                "- The Chair will brief senior officials in November.");
        // page and line of the first text line of each block, lines counted from the top of the page
        assertThat(at(d, "# Digital Economy Steering Group: Summary Record of the Third Meeting")).isEqualTo("page 1, line 1");
        assertThat(at(d, "## 1. Opening of the Meeting")).isEqualTo("page 1, line 5");
        assertThat(d.location(lineOf(d, "| DESG 01 2024A | Capacity Building on Cross-Border Data Flows for Small Firms"
                + " | Chile | Australia; Canada; Indonesia; Japan; Korea; Malaysia; New Zealand; Peru; Singapore;"
                + " Thailand |")).label()).isEqualTo("page 1, line 14");
        assertThat(at(d, "## 3. Next Steps")).isEqualTo("page 2, line 1");
        assertThat(at(d, "- The Chair will brief senior officials in November.")).isEqualTo("page 2, line 5");
        List<ReportLine> model = LineModel.parse(d.text());
        assertThat(model.get(lineOf(d, "## 2. Project Updates") - 1).kind()).isEqualTo(LineKind.HEADING);
        assertThat(model.get(lineOf(d, "| DESG 02 2024S | Workshop on Paperless Trade Facilitation | Viet Nam"
                + " | Japan; Peru |") - 1).kind()).isEqualTo(LineKind.TABLE_ROW);
    }

    @Test
    void taggedChinesePdfKeepsNumberedHeadingsAndJoinsLinesWithoutSpaces() {
        ReportDocument d = read("summary-zh.pdf");
        assertThat(lines(d).stream().filter(l -> l.startsWith("#"))).containsExactly(
                "# 數位經濟指導小組第三次會議紀要", "## 壹、會議概要", "## 貳、計畫進度", "## 參、後續工作");
        assertThat(lines(d)).contains(
                "本次會議於二〇二四年八月在秘魯舉行，由主席主持開幕，歡迎各會員經濟體代表出席。會議通過議程，並感謝秘書處事前提供之會議文件。",
                "(一)各會員經濟體報告下列計畫之執行情形，主席請各經濟體於下次會議前提出書面意見。",
                "| 計畫編號 | 計畫名稱 | 提案經濟體 | 共同提案經濟體 |",
                "| DESG 03 2024A | 小型企業跨境資料流通能力建構 | 中華臺北 | 澳洲、加拿大、智利、日本、韓國、馬來西亞、紐西蘭、秘魯、新加坡、泰國 |");
        assertThat(at(d, "## 參、後續工作")).isEqualTo("page 1, line 12");
    }

    @Test
    void untaggedTwoColumnPdfIsReadColumnByColumnWithoutRunningLines() {
        ReportDocument d = read("columns.pdf");
        List<String> lines = lines(d);
        assertThat(lines).noneMatch(l -> l.contains("Newsletter") || l.startsWith("Page "));
        assertThat(lines).containsSubsequence(
                "Notes from the Autumn Working Session",
                "",
                "The autumn working session gathered",
                "officials from the member economies to",
                "Members discussed how small firms can",
                "reach overseas customers through online",
                "marketplaces and asked for case studies",
                "from developing economies.",
                "",
                "The right column begins here with",
                "remarks on an APEC-wide",
                "approach to digital skills, which",
                "their contributions.",
                "",
                "1. Calendar",
                "",
                "The next session will take place in the first quarter of the coming year. The Chair will");
        assertThat(lines).contains("The meeting heard that the co-sponsoring", "economies of the data flows");
        // a right-column line keeps its own line number on the page (its height on the page)
        assertThat(at(d, "marketplaces and asked for case studies")).isEqualTo("page 1, line 3");
        assertThat(at(d, "reach overseas customers through online")).isEqualTo("page 1, line 26");
        assertThat(at(d, "1. Calendar")).isEqualTo("page 2, line 2");
        List<ReportLine> model = LineModel.parse(d.text());
        assertThat(model.get(lineOf(d, "1. Calendar") - 1).kind()).isEqualTo(LineKind.HEADING);
    }

    @Test
    void taggedTwoColumnPdfDropsRunningHeaderAndFooterAndKeepsAParagraphAcrossColumnsWhole() {
        ReportDocument d = read("columns-tagged.pdf");
        assertThat(lines(d)).noneMatch(l -> l.contains("Newsletter") || l.startsWith("Page "));
        assertThat(lines(d)).containsSubsequence(
                "# Notes from the Autumn Working Session",
                "Members discussed how small firms can reach overseas customers through online marketplaces and"
                        + " asked for case studies from developing economies.",
                "The right column begins here with remarks on an APEC-wide approach to digital skills, which several"
                        + " delegations considered a priority for the next two years.",
                "## 1. Calendar");
        assertThat(at(d, "## 1. Calendar")).isEqualTo("page 2, line 2");
    }

    @Test
    void untaggedPdfFallsBackToLinesWithBlankLinesBetweenParagraphs() {
        ReportDocument d = read("summary-untagged.pdf");
        assertThat(lines(d)).containsSubsequence(
                "2. Project Updates", "",
                "Members noted the progress of the following projects funded in the first session of", "2024.", "",
                "DESG 01 Capacity Building on Cross- Chile Australia; Canada;",
                "3. Next Steps", "",
                "Members agreed to pursue an APEC-wide survey of digital skills and asked the");
        assertThat(at(d, "3. Next Steps")).isEqualTo("page 2, line 1");
        assertThat(at(d, "Secretariat to report back at the next meeting.")).isEqualTo("page 2, line 3");
    }

    @Test
    void ownerPasswordOnlyPdfIsRead() {
        assertThat(read("owner-password.pdf").text()).isEqualTo(read("summary.pdf").text());
    }

    @Test
    void badPdfsAreRefusedWithOneLineReasons() {
        assertRefused("encrypted.pdf", "encrypted PDF: it needs a password to open");
        assertRefused("truncated.pdf", "truncated or corrupt PDF: no %%EOF marker at the end of the file");
        assertRefused("scanned.pdf", "no text layer on its one page (a scanned or image-only PDF: run OCR first)");
        assertRefused("no-unicode-map.pdf", "text on page 1 is not readable: its fonts carry no Unicode map"
                + " (7 of 40 characters are control, replacement, private-use or radical characters)");
    }

    @Test
    void corruptPdfIsRefused() throws IOException {
        byte[] good = Files.readAllBytes(DIR.resolve("summary.pdf"));
        byte[] body = Arrays.copyOf(good, 600);
        byte[] bad = concat(body, "\nxref garbage\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> INTAKE.read("cut.pdf", bad, null))
                .isInstanceOf(ReportFormatException.class)
                .hasMessageStartingWith("cut.pdf: truncated or corrupt PDF: ")
                .hasMessageNotContaining("\n")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void moreThanTheLimitOfPagesIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i <= PdfDocumentReader.MAX_PAGES; i++) {
                doc.addPage(new PDPage());
            }
            doc.save(out);
        }
        assertThatThrownBy(() -> INTAKE.read("long.pdf", out.toByteArray(), null))
                .isInstanceOf(ReportFormatException.class)
                .hasMessage("long.pdf: PDF has 2001 pages, more than the limit of 2000");
    }

    @Test
    void aHundredPagePdfReadsInWellUnderFiveSecondsOfCpu() throws IOException {
        byte[] one = Files.readAllBytes(DIR.resolve("summary.pdf"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument all = new PDDocument()) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (int i = 0; i < 50; i++) {
                try (PDDocument part = Loader.loadPDF(one)) {
                    merger.appendDocument(all, part);
                }
            }
            all.save(out);
        }
        read("summary.pdf"); // classes loaded
        var threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        ReportDocument d = INTAKE.read("hundred.pdf", out.toByteArray(), null);
        long ms = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        assertThat(lines(d).stream().filter(l -> l.equals("## 3. Next Steps"))).hasSize(50);
        assertThat(d.location(lines(d).lastIndexOf("## 3. Next Steps") + 1).label()).isEqualTo("page 100, line 1");
        assertThat(ms).as("CPU ms for 100 pages").isLessThan(4000);
    }

    @Test
    void pageNumberLinesAreRecognised() {
        assertThat(List.of("3", "- 3 -", "— 12 —", "Page 3 of 9", "page 3", "3 / 9", "第 3 頁", "第3页", "iv"))
                .allMatch(RunningLines::isPageNumber);
        assertThat(List.of("3. Next Steps", "2024 Annual Report", "Page Three", "第三章"))
                .noneMatch(RunningLines::isPageNumber);
    }

    @Test
    void tableCellsKeepTheirColumnsThroughSpansEmptyCellsAndRepeatedHeaderRows() {
        ReportDocument d = read("table-grid.pdf");
        assertThat(lines(d).stream().filter(l -> l.startsWith("|"))).containsExactly(
                "| Economy | Project No. | Title | Co-sponsors |",
                "| --- | --- | --- | --- |",
                "| Australia | DESG 01 2024S | Measuring Digital Trade | Japan; Peru |",
                "| Australia | CTI 11 2023S | Trade Negotiators Workshop |  |",
                "| Chile | Survey on Digital Skills (no number yet) |  | Korea |",
                "|  | DESG 02 2024S | Paperless Trade Study | Mexico; Thailand |");
        assertThat(lines(d)).contains(
                "Members noted regional cooperation on paperless trade<sup>1</sup> and the following projects.",
                "The study on cooperation was co-sponsored by Peru, on e-invoicing.");
    }

    @Test
    void aHyphenAtALineEndIsKeptUnlessSoftOrTheWordWithoutItIsInTheDocument() {
        Hyphenation none = Hyphenation.of("");
        assertThat(none.joinBreaks("the co-\nsponsoring economies")).isEqualTo("the co-sponsoring economies");
        assertThat(none.joinBreaks("Co-\nsponsors: Peru")).isEqualTo("Co-sponsors: Peru");
        assertThat(none.joinBreaks("principles for e-\ninvoicing")).isEqualTo("principles for e-invoicing");
        assertThat(none.joinBreaks("an APEC-\nwide survey")).isEqualTo("an APEC-wide survey");
        assertThat(none.joinBreaks("2023 -\n2024")).isEqualTo("2023 -\n2024");
        assertThat(none.joinBreaks("the co\u00ad\nsponsoring economies")).isEqualTo("the cosponsoring economies");
        Hyphenation doc = Hyphenation.of("Cooperation among economies; the e-invoicing pilot");
        assertThat(doc.joinBreaks("regional cooper-\nation, and")).isEqualTo("regional cooperation, and");
        assertThat(doc.joinBreaks("Regional Cooper-\nation")).isEqualTo("Regional Cooperation");
        assertThat(doc.joinBreaks("an e-\ninvoicing pilot")).isEqualTo("an e-invoicing pilot");
        assertThat(doc.joinBreaks("co-\noperation, cooper-\nation")).isEqualTo("cooperation, cooperation");
        assertThat(doc.join("the cooper-", "ation")).isEqualTo("the cooperation");
        assertThat(doc.join("the co-", "sponsors")).isEqualTo("the co-sponsors");
    }

    @Test
    void realHyphensAtLineEndsStayInTaggedAndUntaggedPdfs() {
        ReportDocument chair = INTAKE.read(REPORTS.resolve("desg-chair-summary-sample.en.pdf"));
        assertThat(lines(chair)).contains(
                "- DESG_101_2024A, Enabling MSMEs to grow in the global economy (United States). Australia, Chile and"
                        + " Chinese Taipei are co-sponsors. The project contributes to AIDER KFA 5, 6 and 10.",
                "- CTI 06 2024S (Australia): principles for e-invoicing interoperability in the APEC region, supported"
                        + " by Singapore and New Zealand.");
        assertThat(read("columns.pdf").text()).contains("The meeting heard that the co-sponsoring")
                .doesNotContain("cosponsoring");
    }

    @Test
    void anEmptyTableCellKeepsItsColumn() {
        ReportDocument chair = INTAKE.read(REPORTS.resolve("desg-chair-summary-sample.en.pdf"));
        assertThat(lines(chair)).contains(
                "| DESG 02 2021 | Digital trade and the cross-border flow of data |  | Chile; New Zealand |");
        ReportDocument record = INTAKE.read(REPORTS.resolve("desg-summary-record-sample.en.pdf"));
        assertThat(lines(record)).contains(
                "| CTI 05 2022S | Measuring the Economic Impact of Digital Trade / e-Commerce Provisions |  | Hong Kong,"
                        + " China; Japan; Korea; New Zealand; Singapore; Chinese Taipei; the United States |",
                "| CTI 11 2023S | Workshop on Building the Capacity of Digital Trade/e-Commerce Agreement Negotiators |  |"
                        + " Chile; China; Hong Kong, China; Peru; Singapore; the United States |");
        ReportDocument trip = INTAKE.read(REPORTS.resolve("desg-trip-report-sample.zh.pdf"));
        assertThat(lines(trip)).containsSubsequence(
                "| 經濟體 | 計畫編號 | 計畫名稱 | 連署經濟體 |",
                "| --- | --- | --- | --- |",
                "| 澳洲 | CTI 01 2023S | 促進中小企業參與全球價值鏈（第二階段）：運用數位技術及數位化 | 智利、香港、中國、秘魯、我國、美國 |",
                "|  | CTI 05 2022S | 衡量數位貿易／電子商務規範之經濟影響 | 香港、日本、韓國、紐西蘭、新加坡、我國、美國 |");
        ReportDocument som3 = INTAKE.read(REPORTS.resolve("moda-apec-desg-som3-2024.zh.pdf"));
        assertThat(lines(som3)).containsSubsequence(
                "| 財團法人台灣經濟研究院 | 貢安 | 國際專員 |",
                "|  | 江旻宸 | 助理研究員 |");
    }

    @Test
    void superscriptFootnoteMarkersAreWrittenAsInMarkdownAndInlineElementsKeepTheSpaceBetweenThem() {
        ReportDocument som3 = INTAKE.read(REPORTS.resolve("moda-apec-desg-som3-2024.zh.pdf"));
        assertThat(som3.text()).contains("（Centre for Information Policy Leadership, CIPL）<sup>2</sup>及數位合作組織");
        assertThat(lines(som3)).contains("<sup>2</sup> 全球隱私和資料政策智庫，總部位於美國華盛頓特區、比利時布魯塞爾和英國倫敦。與產業界、監管機");
        // "<b>Opening Remarks</b> <i>Dr. …</i>" in a cell: the space between the two is drawn in marked content of its own
        assertThat(som3.text()).contains("| 9.30 | Opening Remarks Dr. Rebecca Fatima Sta Maria, Executive Director - APEC"
                + " Secretariat | 9.40 | Introductory Words Alberto Villanueva,");
    }

    @Test
    void aCellSpanningRowsRepeatsItsValueInTheRowsBelowAsTheHtmlReaderDoes() {
        ReportDocument trip = INTAKE.read(REPORTS.resolve("desg-trip-report-sample.zh.pdf"));
        assertThat(lines(trip)).containsSubsequence(
                "| 經濟體 | 計畫編號 | 計畫名稱 | 共同連署 |",
                "| --- | --- | --- | --- |",
                "| 澳洲 | DESG_01_2024S | 衡量數位化與數位貿易之經濟關係 | 香港、紐西蘭、新加坡、我國、美國 |",
                "| 澳洲 | CTI 11 2023S | 數位貿易／電子商務協定談判人員能力建構工作坊 | 智利、中國、香港、秘魯、新加坡、美國 |",
                "| 澳洲 | CTI 06 2024S | 於 APEC 區域落實電子發票系統互通性原則 | 智利、中國、香港、秘魯、新加坡、美國 |",
                "| 澳洲 | CTI_02_2024S | 邁向無紙化貿易：採用電子可轉讓記錄示範法之法律差距與經濟效益分析 | 中國、香港、紐西蘭、菲律賓、新加坡、泰國、美國 |",
                "| 中國 | （無編號） | AI 治理合作 | 詳下述 |");
    }

    @Test
    void aHeaderRowRepeatedOnEachPageOfATableIsReadOnce() {
        // narrow pages: the ongoing-projects table runs over three pages, Chromium repeats its header on each
        ReportDocument record = INTAKE.read(REPORTS.resolve("desg-summary-record-sample.en.pdf"));
        assertThat(lines(record).stream().filter(l -> l.startsWith("| Project No.")))
                .containsExactly("| Project No. | Title | Proposing economy | Co-sponsors |",
                        "| Project No. | Title | Proposing economy | Co-sponsors |");
        assertThat(record.text()).doesNotContain("Project No. Project No.").doesNotContain("Title Title");
        assertThat(lines(record)).containsSubsequence(
                "| Project No. | Title | Proposing economy | Co-sponsors |",
                "| --- | --- | --- | --- |",
                "| DESG 01 2024S | Measuring the Economic Relationship between Digitalisation and Digital Trade | Australia"
                        + " | Hong Kong, China; New Zealand; Singapore; Chinese Taipei; the United States |");
    }

    @Test
    void implausibleTextIsNamed() {
        assertThat(PdfTextCheck.problem("⼩組⻄⺠會議\uFFFD\uE001")).contains("of 8 characters are control");
        assertThat(PdfTextCheck.problem("會議通過議程並感謝秘書處事前提供之會議文件")).isNull();
        assertThat(PdfTextCheck.problem("鑫鱻龘靐齉爨躞鬱籲灪麤龖厵驫饢乂亍亓亖亗亙亝亟亣亪亯")).startsWith("only 0% of its");
    }

    private static void assertRefused(String name, String reason) {
        assertThatThrownBy(() -> read(name))
                .isInstanceOfSatisfying(ReportFormatException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).isEqualTo(DIR.resolve(name) + ": " + reason);
                });
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
