package org.w3id.apecdekg.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;

/** Co-sponsor statements in running text, Chinese and English, on small hand-made reports. */
class CoSponsorSentenceTests {

    private static List<String> cosponsors(Model m, String project) {
        return m.listObjectsOfProperty(m.createResource(Ids.project(project)), DEKG.coSponsoredBy).toList()
                .stream().map(o -> o.asResource().getURI().substring(Ids.economy("").length())).sorted().toList();
    }

    @Test
    void chineseSentenceWithSelfReference() {
        String text = "# 出國報告\n\n報告日期：113 年 11 月 20 日\n\n### 2. 執行中計畫\n\n"
                + "美國「測試工作坊」（DESG_101_2024A）計畫，此計畫由澳洲、智利和我方共同連署，對應 KFA 5、6。\n";
        Extraction x = TestDictionaries.extractor().extract(ReportDocument.of("zh-sample.md", text));
        assertThat(cosponsors(x.facts(), "DESG 101 2024A")).containsExactly("AU", "CL", "TW");
        assertThat(x.facts().contains(x.facts().createResource(Ids.project("DESG 101 2024A")), DEKG.proposedBy,
                x.facts().createResource(Ids.economy("US")))).isTrue();
    }

    @Test
    void englishSentencesWithAnUnknownName() {
        String text = "# DESG Summary Record\n\nPrepared by: Chinese Taipei\n\n#### Ongoing projects\n\n"
                + "21. The United States reported on DESG_101_2024A. The project was co-sponsored by\n"
                + "    Australia, Chile, Fiji and Chinese Taipei.\n\n"
                + "22. Peru presented CTI 01 2023S. Co-sponsors: Canada; the People's Republic of China; Russia.\n";
        Extraction x = TestDictionaries.extractor().extract(ReportDocument.of("en-sample.md", text));
        assertThat(cosponsors(x.facts(), "DESG 101 2024A")).containsExactly("AU", "CL", "TW");
        assertThat(cosponsors(x.facts(), "CTI 01 2023S")).containsExactly("CA", "CN", "RU");
        assertThat(x.warnings()).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo("unknown-economy");
            assertThat(w.text()).isEqualTo("Fiji");
        });
    }
}
