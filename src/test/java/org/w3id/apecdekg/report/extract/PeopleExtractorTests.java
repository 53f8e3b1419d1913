package org.w3id.apecdekg.report.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.apecdekg.evaluate.Fact;
import org.w3id.apecdekg.evaluate.FactProjector;
import org.w3id.apecdekg.report.Extraction;
import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.TestDictionaries;

/** People and roles from wordings that the fixture reports do not use. */
class PeopleExtractorTests {

    private static List<String> roles(String fileName, String text) {
        Extraction x = TestDictionaries.extractor().extract(ReportDocument.of(fileName, text));
        return FactProjector.facts(x).stream().filter(f -> f.type().equals("person-role"))
                .map(f -> f.subject() + " " + f.object() + " @" + f.note()).toList();
    }

    @Test
    void chineseSpeakersWithTheirOrganisation() {
        List<String> r = roles("zh-people.md", """
                # 出席 APEC 數位經濟指導小組（DESG）會議報告

                ## 一、會議紀要

                美國商務部 Jane Roe 指出，數位貿易規則應具互通性。隨後由 OECD 的 John Doe 分享相關研究。
                新加坡資通訊媒體發展局王專員小明於會中分享該局經驗。主持人 Peter Moderator 感謝與會者。
                """);
        assertThat(r).contains("Jane Roe speaker @US", "John Doe speaker @oecd", "王小明 speaker @SG");
        assertThat(r).noneMatch(s -> s.startsWith("Peter Moderator"));
    }

    @Test
    void englishChairsSpeakersAndCandidates() {
        List<String> r = roles("en-people.md", """
                # Digital Economy Steering Group (DESG) Meeting

                ## Summary

                1. Chair Maria Lopez opened the meeting. Vice Chair Tom Baker moderated the session.

                2. Ms. Anna Smith of OECD presented the outlook. Kenji Sato (Japan) presented its strategy.

                3. The following candidates for DESG Chair were nominated:
                   - Li Wei, China;
                   - Sam Lee, Singapore.
                """);
        assertThat(r).contains("Maria Lopez chair @DESG", "Tom Baker vice-chair @DESG", "Anna Smith speaker @oecd",
                "Kenji Sato speaker @JP", "Li Wei candidate @DESG", "Sam Lee candidate @DESG");
    }
}
