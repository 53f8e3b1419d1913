package org.w3id.apecdekg.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.apecdekg.report.ReportDocument;

/** The text every structured reader writes: blocks, tables, lines joined like a browser joins them. */
class DocumentBuilderTests {

    @Test
    void lineBreaksJoinWithoutASpaceOnlyBetweenChineseCharacters() {
        assertThat(DocumentBuilder.oneLine("澳\n洲")).isEqualTo("澳洲");
        assertThat(DocumentBuilder.oneLine("（CIPL）\n及")).isEqualTo("（CIPL）及");
        assertThat(DocumentBuilder.oneLine("總監\nEvelyn Koh")).isEqualTo("總監 Evelyn Koh");
        assertThat(DocumentBuilder.oneLine("Chile;\n  New   Zealand")).isEqualTo("Chile; New Zealand");
    }

    @Test
    void blocksTablesAndLocations() {
        SourceLocation p1 = SourceLocation.paragraph(1);
        SourceLocation p2 = SourceLocation.paragraph(2);
        SourceLocation r1 = SourceLocation.tableRow(1, 1);
        SourceLocation r2 = SourceLocation.tableRow(1, 2);
        ReportDocument doc = new DocumentBuilder()
                .heading(2, "1. Projects", p1)
                .paragraph("# not a heading | nor a table", p2)
                .table(List.of(List.of("Project No.", "Co-sponsors"), List.of("DESG 01 2024A", "Chile |\nPeru")),
                        List.of(r1, r2))
                .listItem(1, "nested", null, p2)
                .build("x.html", "0".repeat(64), SourceFormat.HTML);
        assertThat(doc.text()).isEqualTo("""
                ## 1. Projects

                \\# not a heading | nor a table

                | Project No. | Co-sponsors |
                | --- | --- |
                | DESG 01 2024A | Chile / Peru |

                  - nested
                """);
        assertThat(doc.location(1)).isEqualTo(p1);
        assertThat(doc.location(3)).isEqualTo(p2);
        assertThat(doc.location(6)).isEqualTo(r1);
        assertThat(doc.location(7)).isEqualTo(r2);
        assertThat(doc.location(9)).isEqualTo(p2);
        assertThat(doc.slug()).isEqualTo("x");
    }
}
