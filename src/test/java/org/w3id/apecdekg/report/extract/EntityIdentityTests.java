package org.w3id.apecdekg.report.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.junit.jupiter.api.Test;
import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.TestDictionaries;
import org.w3id.apecdekg.report.text.NameKeys;
import org.w3id.apecdekg.vocab.DEKG;

/** One IRI per real-world thing across reports (issue 19): how policy and person IRIs are keyed. */
class EntityIdentityTests {

    private static Model facts(String fileName, String text) {
        return TestDictionaries.extractor().extract(ReportDocument.of(fileName, text)).facts();
    }

    private static List<Resource> policies(Model m) {
        return m.listResourcesWithProperty(RDF.type, DEKG.Policy).toList();
    }

    private static List<String> labels(Resource r) {
        return r.listProperties(SKOS.prefLabel).andThen(r.listProperties(SKOS.altLabel))
                .mapWith(s -> s.getString()).toList();
    }

    @Test
    void policyKeysIgnoreArticlesQuotesPeriodsAndYearsOfEnactment() {
        assertThat(NameKeys.policy("the Digital Equity Act")).isEqualTo(NameKeys.policy("Digital Equity Act"));
        assertThat(NameKeys.policy("《AI 基本法》")).isEqualTo(NameKeys.policy("AI基本法"));
        assertThat(NameKeys.policy("National AI Strategy and Action Plan (2022–2027)"))
                .isEqualTo(NameKeys.policy("National AI Strategy and Action Plan"));
        assertThat(NameKeys.policy("Digital ID Act 2024")).isEqualTo(NameKeys.policy("Digital ID Act"));
        assertThat(NameKeys.policy("2024 年數位身分法")).isEqualTo(NameKeys.policy("數位身分法"));
        // a year that is part of a plan's name is kept: two plans
        assertThat(NameKeys.policy("Digital Economy Masterplan 2025")).isNotEqualTo(NameKeys.policy("Digital Economy Masterplan 2030"));
        assertThat(NameKeys.policy("Smart Nation 2.0")).isNotEqualTo(NameKeys.policy("Smart Nation"));
        assertThat(NameKeys.policy("Law No. 21.719 on the protection of personal data")).isEqualTo(NameKeys.policy("Law No. 21.719"));
        assertThat(NameKeys.policy("Law No. 21.719")).isNotEqualTo(NameKeys.policy("Law No. 20.727"));
        assertThat(NameKeys.policy("Law No. 91/2025/QH15")).isNotEqualTo(NameKeys.policy("Law No. 24/2018/QH14"));
        assertThat(NameKeys.abbreviation("MyDIGITAL")).isTrue();
        assertThat(NameKeys.abbreviation("NAIS 2.0")).isTrue();
        assertThat(NameKeys.abbreviation("AI Basic Act")).isFalse();
    }

    @Test
    void personKeysIgnoreDiacritics() {
        assertThat(NameKeys.person("Nguyễn Thị Lan Hương")).isEqualTo(NameKeys.person("Nguyen Thi Lan Huong"));
        assertThat(NameKeys.person("Đặng Quốc Huy")).isEqualTo(NameKeys.person("Dang Quoc Huy"));
        assertThat(NameKeys.person("Nurul Aisyah binti Kamaruddin")).isNotEqualTo(NameKeys.person("Nurul Aisyah binti Mohd Yusof"));
    }

    private static final String EN = """
            # Digital Economy Steering Group: Summary Record

            1. Korea briefed the meeting on its Framework Act on the Promotion of Data Industries and Building of Trust (the "Data Trust Act"), passed in 2025.

            2. The Data Trust Act takes effect in January 2026.

            3. Malaysia presented the Malaysia Digital Economy Blueprint (MyDIGITAL), launched in 2021.
            """;

    private static final String ZH = """
            # 出席 APEC 中小企業工作小組會議報告

            報告日期：2025 年 10 月 1 日

            馬來西亞代表介紹該國「馬來西亞數位經濟藍圖」（MyDIGITAL）推動微型企業數位轉型之成果。
            """;

    @Test
    void aShortNameTheTextDefinesIsThePolicyItNames() {
        List<Resource> ps = policies(facts("record.en.md", EN));
        Resource kr = ps.stream().filter(p -> p.getURI().contains("/KR-")).findFirst().orElseThrow();
        assertThat(ps.stream().filter(p -> p.getURI().contains("/KR-"))).hasSize(1);
        assertThat(labels(kr)).contains("Framework Act on the Promotion of Data Industries and Building of Trust", "Data Trust Act");
    }

    @Test
    void englishAndChineseReportsMintOnePolicyIri() {
        Resource en = policies(facts("record.en.md", EN)).stream().filter(p -> p.getURI().contains("/MY-")).findFirst().orElseThrow();
        Resource zh = policies(facts("trip.zh-Hant.md", ZH)).stream().filter(p -> p.getURI().contains("/MY-")).findFirst().orElseThrow();
        // the Chinese report writes only 馬來西亞數位經濟藍圖 (MyDIGITAL); policy-aliases.csv joins MyDIGITAL to the English name
        assertThat(zh.getURI()).isEqualTo(en.getURI());
        assertThat(labels(zh)).contains("馬來西亞數位經濟藍圖", "MyDIGITAL", "Malaysia Digital Economy Blueprint");
        assertThat(labels(en)).contains("Malaysia Digital Economy Blueprint", "MyDIGITAL");
    }

    @Test
    void policiesOfTwoEconomiesNeverShareAnIri() {
        Model m = facts("two.en.md", """
                # Notes

                1. Singapore presented its National AI Strategy 2.0, adopted in 2023.

                2. Malaysia described its own National AI Strategy 2.0, adopted in 2025.
                """);
        assertThat(policies(m)).extracting(Resource::getURI).hasSize(2)
                .anyMatch(u -> u.contains("/SG-")).anyMatch(u -> u.contains("/MY-"));
    }

    @Test
    void aPersonWrittenWithAndWithoutDiacriticsIsOnePerson() {
        Model a = facts("a.en.md", """
                # Chair's Statement

                The meeting was chaired by Ms Nguyễn Thị Lan Hương, Chair of the Digital Economy Steering Group.
                """);
        Model b = facts("b.en.md", """
                # Chair's Statement

                The meeting was chaired by Ms Nguyen Thi Lan Huong, Chair of the Digital Economy Steering Group.
                """);
        List<String> pa = a.listResourcesWithProperty(RDF.type, FOAF.Person).mapWith(Resource::getURI).toList();
        List<String> pb = b.listResourcesWithProperty(RDF.type, FOAF.Person).mapWith(Resource::getURI).toList();
        assertThat(pa).hasSize(1).isEqualTo(pb);
    }
}
