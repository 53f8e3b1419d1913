package org.w3id.apecdekg.report.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.apecdekg.report.text.LineModel;

class TableReaderTests {

    private static List<Table> tables(String text) {
        return TableFinder.find(LineModel.parse(text));
    }

    @Test
    void tabRowsWithPageBreakContinuationAreMerged() {
        String text = "經濟體\t計畫名稱\t進度報告\n"
                + "秘魯\t「長者研究」（DESG 02\t此計畫由加拿大共同連署。計畫重點\n\n"
                + "\t2021)\t關注數位排斥。\n"
                + "--\t---\t----\n"
                + "\t「第二案」(CTI 01 2023S)\t無\n";
        Table t = tables(text).get(0);
        assertThat(t.rows()).hasSize(3);
        assertThat(t.rows().get(1).cells()).containsExactly("秘魯", "「長者研究」(DESG 02 2021)", "此計畫由加拿大共同連署。計畫重點關注數位排斥。");
        assertThat(t.rows().get(1).line()).isEqualTo(2);
        assertThat(t.rows().get(1).endLine()).isEqualTo(4);
        assertThat(t.rows().get(2).cell(0)).isEmpty();
    }

    @Test
    void markdownPipeTables() {
        Table t = tables("| Project No. | Title |\n|---|---|\n| CTI 01 2023S | A \\| B |\n").get(0);
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(1).cells()).containsExactly("CTI 01 2023S", "A | B");
        assertThat(t.rows().get(1).line()).isEqualTo(3);
    }

    @Test
    void htmlTablesExpandRowspanAndColspan() {
        String html = "前言\n<table>\n<tr><th>經濟體</th><th colspan=\"2\">計畫</th></tr>\n"
                + "<tr><td rowspan=\"2\">澳洲</td><td>A</td><td>B</td></tr>\n"
                + "<tr><td>C</td><td>D</td></tr>\n</table>\n";
        Table t = tables(html).get(0);
        assertThat(t.rows()).hasSize(3);
        assertThat(t.rows().get(0).cells()).containsExactly("經濟體", "計畫", "計畫");
        assertThat(t.rows().get(2).cells()).containsExactly("澳洲", "C", "D");
        assertThat(t.rows().get(2).line()).isEqualTo(5);
    }
}
