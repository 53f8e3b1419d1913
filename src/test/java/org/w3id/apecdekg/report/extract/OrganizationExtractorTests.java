package org.w3id.apecdekg.report.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.apecdekg.evaluate.FactProjector;
import org.w3id.apecdekg.report.Extraction;
import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.TestDictionaries;

/** Organisations named anywhere in a report, in English and Chinese, with the economy their names state. */
class OrganizationExtractorTests {

    /** "name | economy" of every organisation the report types, its first label (sorted) as name. */
    private static List<String> organizations(String fileName, String text) {
        Extraction x = TestDictionaries.extractor().extract(ReportDocument.of(fileName, text));
        return FactProjector.facts(x, TestDictionaries.extractor().dictionaries()).stream()
                .filter(f -> f.type().equals("organization"))
                .map(f -> f.subject() + " | " + f.object()).sorted().toList();
    }

    @Test
    void englishNamesWithTheirEconomies() {
        List<String> o = organizations("orgs-en.md", """
                # Harbour Bay Dialogue on Data Skills

                The dialogue was opened by the Ministry of Learning, Malaysia. Delegates from the Orchard Valley
                Skills Council, Peru's Office of Digital Skills and the Philippines' Department of Data joined
                representatives of the Pacific Economic Cooperation Council and the Coral Sea Forum Secretariat.
                The Harbour Bay Customs Service of Chile and the Malaysian Digital Skills Commission (MDSC) shared
                their results. Ms Ana Ruiz (Universidad Privada del Valle, Peru) closed the session.

                Sponsoring Forum: TEL
                Cloud Service Uptake is the title of a study, not a body.
                """);
        assertThat(o).containsExactly(
                "Coral Sea Forum Secretariat | -",
                "Department of Data | PH",
                "Harbour Bay Customs Service | CL",
                "MDSC | MY", // Malaysian Digital Skills Commission, its acronym an altLabel
                "Ministry of Learning | MY",
                "Office of Digital Skills | PE",
                "Orchard Valley Skills Council | -",
                "PECC | -", // the reference organisation id/org/pecc, its names sorted
                "Universidad Privada del Valle | PE");
    }

    @Test
    void aShortNameDefinedInParenthesesIsThatOrganisationLater() {
        Extraction x = TestDictionaries.extractor().extract(ReportDocument.of("orgs-short.md", """
                # Workshop note

                Ms Ana Ruiz of the Coral Sea Data Authority (CSDA) presented the agenda of the workshop in Lima (Peru).
                Mr Tom Baker, Director at CSDA, presented the survey. Peru shared its plans.
                """));
        List<String> memberships = FactProjector.facts(x).stream().filter(f -> f.type().equals("person-org"))
                .map(f -> f.subject() + " @ " + f.object()).sorted().toList();
        assertThat(memberships).contains("Ana Ruiz @ CSDA", "Tom Baker @ CSDA");
        // "(Peru)" is an economy, not a short name: Peru stays an economy
        assertThat(FactProjector.facts(x).stream().filter(f -> f.type().equals("organization")).map(f -> f.subject()))
                .containsExactly("CSDA");
    }

    @Test
    void chineseNamesFromAnEconomyAnAgencyOrAPrefix() {
        List<String> o = organizations("orgs-zh.md", """
                # 數位技能研討會新聞稿

                經濟部國際貿易署（貿易署）今日舉辦研討會，紐西蘭外交貿易部數位貿易顧問以線上方式分享經驗，
                新加坡個人資料保護委員會代表說明其認證制度。財團法人海灣數位研究院研究員則介紹調查結果。
                本部將與國家數位技能委員會合作，全部計畫由澳洲及日本共同連署。貿易署副署長林小明致詞。
                """);
        assertThat(o).containsExactly(
                "國家數位技能委員會 | -",
                "新加坡個人資料保護委員會 | SG",
                "紐西蘭外交貿易部 | NZ",
                "經濟部國際貿易署 | TW",
                "財團法人海灣數位研究院 | -");
    }

    @Test
    void anEconomyWrittenIntoTheNameIsOneOrganisationWithThatEconomy() {
        List<String> o = organizations("orgs-of.md", """
                # Notes

                The Office of Spectrum Planning of Viet Nam opened the session.

                The Office of Spectrum Planning, speaking for the host, closed it.
                """);
        // one IRI whether or not the economy is written into the name; the name as written stays an altLabel
        assertThat(o).containsExactly("Office of Spectrum Planning | VN");
    }

    @Test
    void aHostCityOpeningAnEnglishNameGivesItsEconomy() {
        List<String> o = organizations("orgs-city.md", """
                # Notes

                The session was hosted by the Lima Chamber of Commerce.
                """);
        assertThat(o).containsExactly("Lima Chamber of Commerce | PE");
    }

    @Test
    void aCompanyNamedAfterACompanyNounIsAnOrganisationNotAPerson() {
        String text = """
                # Notes

                The founder of the Singapore software firm Kopi Ledger described the cost of storing records.
                """;
        assertThat(organizations("orgs-firm.md", text)).containsExactly("Kopi Ledger | SG");
        Extraction x = TestDictionaries.extractor().extract(ReportDocument.of("orgs-firm.md", text));
        assertThat(FactProjector.facts(x)).noneMatch(f -> f.type().startsWith("person"));
    }
}
