package org.w3id.apecdekg.report.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.apecdekg.evaluate.FactProjector;
import org.w3id.apecdekg.report.Extraction;
import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.TestDictionaries;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;

/** Policies, their issuers and years, from wordings of our own writing. */
class PolicyExtractorTests {

    private static List<String> facts(String type, String fileName, String text) {
        Extraction x = TestDictionaries.extractor().extract(ReportDocument.of(fileName, text));
        return FactProjector.facts(x).stream().filter(f -> f.type().equals(type))
                .map(f -> f.subject() + " | " + f.object()).sorted().toList();
    }

    private static final String LIST = """
            # Ministers' statement

            We value what economies shared this year, including Brunei Darussalam's Data Economy Masterplan 2030,
            launched in 2024; Viet Nam's Digital Skills Strategy and Action Plan (2025–2030), approved in 2025; and
            Peru's Open Data Roadmap, issued in 2023.
            """;

    @Test
    void aSemicolonListGivesEachPolicyItsOwnYears() {
        assertThat(facts("policy", "list.en.md", LIST)).containsExactly(
                "BN | Data Economy Masterplan 2030",
                "PE | Open Data Roadmap",
                "VN | Digital Skills Strategy and Action Plan");
        assertThat(facts("policy-issued", "list.en.md", LIST)).containsExactly(
                "Data Economy Masterplan 2030 | 2024",
                "Digital Skills Strategy and Action Plan | 2025",
                "Open Data Roadmap | 2023");
        assertThat(facts("policy-target", "list.en.md", LIST)).containsExactly(
                "Data Economy Masterplan 2030 | 2030",
                "Digital Skills Strategy and Action Plan | 2030");
    }

    @Test
    void theBodyThatPassedALawGivesItsIssuerAndOrganisationsAreNoPolicies() {
        List<String> p = facts("policy", "zh.zh-Hant.md", """
                # 專題報導

                2026 年 3 月 2 日，立法院三讀通過《數位韌性基本法》，被視為數位治理的「母法」。民間團體「海灣數位治理協會」表示支持。
                """);
        assertThat(p).containsExactly("TW | 數位韌性基本法");
    }

    private static final String SHORT_NAME_ISSUER = """
            # 新聞稿

            數位發展部（數位部）於 6 月 16 日至 17 日在臺北主辦「APEC 中小企業數位信任工作坊」，本活動為我國在 APEC 數位經濟指導小組（DESG）下提出之計畫 DESG 07 2025A。

            她指出，數位部去年公布的「中小企業數位信任推動方案」（2025 年），將於 2028 年前協助一萬家中小企業。
            """;

    @Test
    void aDefinedShortNameIssuesAndAYearBeforeWhichIsATarget() {
        // the issuer is the body behind the short name the report defined; "將於 2028 年前" is a target, not the issue year
        assertThat(facts("policy", "short-name.md", SHORT_NAME_ISSUER)).containsExactly("TW | 中小企業數位信任推動方案");
        assertThat(facts("policy-issued", "short-name.md", SHORT_NAME_ISSUER)).containsExactly("中小企業數位信任推動方案 | 2025");
        assertThat(facts("policy-target", "short-name.md", SHORT_NAME_ISSUER)).containsExactly("中小企業數位信任推動方案 | 2028");
        // the workshop hosted in the project's sentence is one named event of the DESG, not a second project event
        assertThat(facts("meeting", "short-name.md", SHORT_NAME_ISSUER)).hasSize(1).allMatch(f -> f.contains("DESG"));
    }

    @Test
    void aQuotationIsNoPolicyEvenWhenItSaysLaw() {
        String text = """
                # Regulators compare notes

                Lima, Peru, 14 May 2026

                "Each law made sense where it was written," says Wen Lau, an assistant commissioner. Peru's
                "Personal Data Protection Law" was discussed.
                """;
        assertThat(facts("policy", "quote.md", text)).containsExactly("PE | Personal Data Protection Law");
    }

    @Test
    void aNumberedLawIsNamedByItsNumberAndANumberInParenthesesIsItsShortName() {
        String text = """
                # Privacy regulators meet

                Santiago, 3 March 2026

                Chile's Law No. 19.628 on the protection of private life was replaced by Law No. 21.719 on the
                protection of personal data, published in December 2024. Viet Nam's Law on Cybersecurity
                (Law No. 24/2018/QH14) was also presented.
                """;
        assertThat(facts("policy", "numbered.md", text)).containsExactly(
                "CL | Law No. 19.628", "CL | Law No. 21.719", "VN | Law No. 24/2018/QH14");
        Extraction x = TestDictionaries.extractor().extract(ReportDocument.of("numbered.md", text));
        List<String> vn = x.facts().listSubjectsWithProperty(DEKG.issuedBy,
                        x.facts().createResource(Ids.economy("VN"))).toList().stream()
                .flatMap(p -> x.facts().listObjectsOfProperty(p, SKOS.prefLabel).andThen(
                        x.facts().listObjectsOfProperty(p, SKOS.altLabel)).toList().stream())
                .map(l -> l.asLiteral().getLexicalForm()).sorted().toList();
        assertThat(vn).containsExactly("Law No. 24/2018/QH14", "Law on Cybersecurity");
    }
}
