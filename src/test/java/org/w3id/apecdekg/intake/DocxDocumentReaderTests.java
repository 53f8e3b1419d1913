package org.w3id.apecdekg.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.w3id.apecdekg.intake.docx.ParagraphStyles;
import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.ReportFormatException;
import org.w3id.apecdekg.report.text.Hashes;
import org.w3id.apecdekg.report.text.LineKind;
import org.w3id.apecdekg.report.text.LineModel;
import org.w3id.apecdekg.report.text.ReportLine;

/** DOCX files made by pandoc and LibreOffice (see src/test/resources/intake/docx/README.md). */
class DocxDocumentReaderTests {

    static final Path DIR = Path.of("src/test/resources/intake/docx");
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

    @Test
    void pandocDocxReadsHeadingsListsTableAndFootnotes() {
        ReportDocument d = read("meeting-summary.docx");
        assertThat(d.format()).isEqualTo(SourceFormat.DOCX);
        assertThat(lines(d).stream().filter(l -> l.startsWith("#"))).containsExactly(
                "# Summary Report of the Digital Economy Steering Group Meeting",
                "# 1. Opening of the Meeting",
                "# 2. Adoption of the Agenda",
                "## 2.1 Items for Decision",
                "# 3. Project Updates",
                "# 4. Next Meeting");
        assertThat(lines(d).stream().filter(l -> l.startsWith("|"))).containsExactly(
                "| Project No. | Title | Proposing Economy | Co-Sponsoring Economies |",
                "| --- | --- | --- | --- |",
                "| DESG 01 2025A | Workshop on Digital Trade Facilitation for Small Firms | Chile | Australia; Canada;"
                        + " Japan; Korea; Malaysia; Mexico; New Zealand; Peru; Singapore; Thailand |",
                "| DESG 02 2025S | Study on Cross-Border Data Flows in the Region | Viet Nam | Indonesia; Philippines |");
        assertThat(lines(d)).containsSubsequence(
                "- Endorse the revised work plan for the coming year.",
                "- Consider two new project proposals on cross-border data.",
                "1. Circulate the draft survey by the end of March.",
                "2. Collect responses from member economies.",
                "3. Present the findings at the next meeting.");
        // the footnote mark is not in the sentence; the notes come after the body, after a rule
        assertThat(lines(d)).contains("The Chair welcomed members to the third meeting of the year and noted that"
                + " fifteen economies attended in person. The Chair thanked the host for the arrangements.");
        assertThat(lines(d).subList(lines(d).size() - 4, lines(d).size())).containsExactly(
                "---", "",
                "<sup>1</sup> Attendance was recorded by the Secretariat on the first day.",
                "<sup>2</sup> The host economy will confirm the dates.");
    }

    @Test
    void linesAreLocatedByBodyParagraphAndTableRow() {
        ReportDocument d = read("meeting-summary.docx");
        assertThat(d.location(lineOf(d, "# 1. Opening of the Meeting"))).isEqualTo(SourceLocation.paragraph(2));
        assertThat(d.location(lineOf(d, "2. Collect responses from member economies.")).label()).isEqualTo("paragraph 12");
        assertThat(d.location(lineOf(d, "| DESG 02 2025S | Study on Cross-Border Data Flows in the Region | Viet Nam"
                + " | Indonesia; Philippines |")).label()).isEqualTo("table 1, row 3");
        // a note is located where its mark is
        assertThat(d.location(lineOf(d, "<sup>1</sup> Attendance was recorded by the Secretariat on the first day.")))
                .isEqualTo(SourceLocation.paragraph(3));
        assertThat(d.locations()).hasSize(d.text().split("\n").length);
    }

    @Test
    void theExtractorsLineModelSeesHeadingsTableRowsAndFootnotes() {
        List<ReportLine> model = LineModel.parse(read("meeting-summary.docx").text());
        assertThat(model.stream().filter(l -> l.kind() == LineKind.HEADING).map(ReportLine::text)).contains(
                "1. Opening of the Meeting", "2.1 Items for Decision", "4. Next Meeting");
        assertThat(model.stream().filter(l -> l.kind() == LineKind.TABLE_ROW)).hasSize(4);
        assertThat(model.stream().filter(l -> l.raw().startsWith("<sup>")).map(ReportLine::kind))
                .containsOnly(LineKind.NOISE).hasSize(2);
        ReportLine item = model.stream().filter(l -> l.text().startsWith("Endorse")).findFirst().orElseThrow();
        assertThat(item.kind()).isEqualTo(LineKind.ITEM);
        assertThat(item.path()).containsExactly("2. Adoption of the Agenda", "2.1 Items for Decision");
    }

    @Test
    void traditionalChineseDocxKeepsNumberedHeadingsAndTenCoSponsorsInOneCell() {
        ReportDocument d = read("meeting-summary-zh.docx");
        assertThat(lines(d).stream().filter(l -> l.startsWith("#"))).containsExactly(
                "# 數位經濟指導小組會議摘要", "# 壹、會議開幕", "# 貳、計畫進度", "## 一、提案計畫", "## 二、後續工作");
        String row = "| DESG 03 2025A | 中小企業數位轉型研討會 | 中華台北 | 澳大利亞、加拿大、智利、日本、韓國、馬來西亞、墨西哥、紐西蘭、秘魯、泰國 |";
        assertThat(d.location(lineOf(d, row))).isEqualTo(SourceLocation.tableRow(1, 2));
        assertThat(row.split(" \\| ")[3].replace(" |", "").split("、")).hasSize(10);
        assertThat(lines(d)).contains("主席歡迎各會員體出席本次會議，並說明本年度的工作重點。",
                "<sup>1</sup> 出席名單由秘書處於會議首日登錄。");
    }

    @Test
    void libreOfficeMergedCellsArePaddedAcrossAndRepeatedDown() {
        ReportDocument d = read("merged-cells.docx");
        assertThat(lines(d).stream().filter(l -> l.startsWith("|"))).containsExactly(
                "| Project No. | Title | Proposing Economy | Co-Sponsoring Economies |",
                "| --- | --- | --- | --- |",
                "| DESG 04 2025 | Phase 1: Survey design | Peru | Chile; Mexico |",
                "| DESG 04 2025 | Phase 2: Regional workshop | Peru | Japan |",
                "| Total budget |  |  | USD 120,000 |");
        assertThat(d.location(lineOf(d, "| DESG 04 2025 | Phase 2: Regional workshop | Peru | Japan |")).label())
                .isEqualTo("table 1, row 3");
    }

    @Test
    void badFilesAreRefusedWithOneClearLine() {
        assertRefused(() -> read("truncated.docx"), "truncated.docx", "truncated or corrupt DOCX: Truncated ZIP file");
        assertRefused(() -> read("bomb.docx"), "bomb.docx",
                "DOCX refused: word/document.xml expands more than 100 times (a zip bomb?)");
        assertRefused(() -> read("no-text.docx"), "no-text.docx", "DOCX has no text (no paragraph or table holds any)");
    }

    @Test
    void aTableWiderThanTheLimitIsRefused() throws IOException {
        byte[] bytes;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Project list");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Project No.");
            table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(100_000));
            doc.write(out);
            bytes = out.toByteArray();
        }
        assertRefused(() -> new DocxDocumentReader().read(new SourceFile("wide.docx", bytes, Hashes.sha256Hex(bytes), null)),
                "wide.docx", "DOCX refused: a table has more than 256 columns");
    }

    @Test
    void headingStyleNamesInEnglishAndChinese() {
        assertThat(ParagraphStyles.levelOfName("heading 2")).isEqualTo(2);
        assertThat(ParagraphStyles.levelOfName("Heading 1")).isEqualTo(1);
        assertThat(ParagraphStyles.levelOfName("標題 1")).isEqualTo(1);
        assertThat(ParagraphStyles.levelOfName("标题 3")).isEqualTo(3);
        assertThat(ParagraphStyles.levelOfName("Title")).isEqualTo(1);
        assertThat(ParagraphStyles.levelOfName("Body Text")).isZero();
        assertThat(ParagraphStyles.levelOfName("Heading 1 Char")).isZero();
    }

    /** Refused with exactly {@code reason}, in a one-line message naming the file. */
    static void assertRefused(ThrowingCallable read, String name, String reason) {
        assertThatThrownBy(read).isInstanceOfSatisfying(ReportFormatException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).endsWith(name + ": " + reason).doesNotContain("\n", "Exception");
        });
    }
}
