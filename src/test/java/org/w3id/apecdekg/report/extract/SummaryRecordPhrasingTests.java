package org.w3id.apecdekg.report.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.apecdekg.evaluate.FactProjector;
import org.w3id.apecdekg.report.Extraction;
import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.TestDictionaries;

/** Attendance lists and project proposals written the way summary records write them. */
class SummaryRecordPhrasingTests {

    private static final String RECORD = """
            # Summary Record of the 12th DESG Meeting

            ## 1. Attendance

            1.1 Member economies present: Brunei Darussalam; Canada; Indonesia; Malaysia; Mexico.

            1.2 Observers: ABAC, PECC.

            ## 2. Projects

            2.1 The proposal by Indonesia, "Data Centres and Energy Efficiency", was welcomed, with Malaysia and
            Brunei Darussalam as co-sponsoring economies.
            """;

    private static List<String> facts(String type) {
        Extraction x = TestDictionaries.extractor().extract(ReportDocument.of("record.md", RECORD));
        return FactProjector.facts(x).stream().filter(f -> f.type().equals(type))
                .map(f -> f.object()).sorted().toList();
    }

    @Test
    void economiesPresentAndObserversAttend() {
        assertThat(facts("attendance")).containsExactly("BN", "CA", "ID", "MX", "MY", "abac", "pecc");
    }

    @Test
    void aProposalByAnEconomyBeforeItsQuotedTitleIsItsProject() {
        assertThat(facts("project")).containsExactly("ID");
        assertThat(facts("cosponsor")).containsExactly("BN", "MY");
    }

    @Test
    void aQuotedNumberThenItsQuotedTitleIsOneProjectWhoseProposerTheNextSentenceNames() {
        Extraction x = TestDictionaries.extractor().extract(ReportDocument.of("zh-hans.md", """
                # 新闻

                会议介绍了已经结项的“CTI 08 2024S”项目“跨境电子商务消费者权益保护研究”。该项目由中国香港提出，澳大利亚和新加坡共同支持。
                """));
        List<String> projects = FactProjector.facts(x).stream().filter(f -> f.type().equals("project"))
                .map(f -> f.subject().substring(f.subject().lastIndexOf('/') + 1) + " " + f.object()).toList();
        assertThat(projects).containsExactly("CTI-08-2024S HK");
    }
}
