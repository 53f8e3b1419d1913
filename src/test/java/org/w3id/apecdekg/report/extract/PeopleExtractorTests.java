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
        List<String> r = roles("zh-people.md", ZH_PEOPLE);
        // the body a speaker speaks for is the organisation named before them, with the economy its name states
        assertThat(r).contains("Jane Roe speaker @美國商務部", "John Doe speaker @oecd", "王小明 speaker @新加坡資通訊媒體發展局");
        assertThat(r).noneMatch(s -> s.startsWith("Peter Moderator"));
        assertThat(facts("organization", "zh-people.md", ZH_PEOPLE))
                .contains("美國商務部 | US", "新加坡資通訊媒體發展局 | SG");
    }

    private static final String ZH_PEOPLE = """
            # 出席 APEC 數位經濟指導小組（DESG）會議報告

            ## 一、會議紀要

            美國商務部 Jane Roe 指出，數位貿易規則應具互通性。隨後由 OECD 的 John Doe 分享相關研究。
            新加坡資通訊媒體發展局王專員小明於會中分享該局經驗。主持人 Peter Moderator 感謝與會者。
            """;

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

    private static List<String> facts(String type, String fileName, String text) {
        Extraction x = TestDictionaries.extractor().extract(ReportDocument.of(fileName, text));
        return FactProjector.facts(x).stream().filter(f -> f.type().equals(type))
                .map(f -> f.subject() + " | " + f.object()).toList();
    }

    private static final String APPOSITIVES = """
            # Regional Workshop on Digital Skills

            "Skills travel faster than rules," said Dr Jane Roe, Chair of the Orchard Valley Skills Council.

            Professor John Doe, Dean of the School of Law at Harbour Bay University of Technology, argued that
            testing matters. Ms Mary Poe, Director of Policy at Peru's Office of Digital Skills, described a pilot.

            The keynote was delivered by Mr Tom Baker, Deputy Secretary, Ministry of Learning, Malaysia.
            """;

    @Test
    void appositiveRolesSpeakersAndOrganisations() {
        assertThat(facts("person-role", "en-appositive.md", APPOSITIVES)).contains(
                "Jane Roe | chair", "John Doe | speaker", "Mary Poe | speaker", "Tom Baker | speaker");
        assertThat(facts("person-role", "en-appositive.md", APPOSITIVES)).doesNotContain("Jane Roe | speaker");
        assertThat(facts("person-org", "en-appositive.md", APPOSITIVES)).contains(
                "Jane Roe | Orchard Valley Skills Council", "John Doe | Harbour Bay University of Technology",
                "Mary Poe | Office of Digital Skills", "Tom Baker | Ministry of Learning");
        assertThat(facts("organization", "en-appositive.md", APPOSITIVES)).contains(
                "Orchard Valley Skills Council | -", "Harbour Bay University of Technology | -",
                "Office of Digital Skills | PE", "Ministry of Learning | MY");
    }

    @Test
    void organisationNameWithCommaAndTrailingStop() {
        String text = """
                # News

                "We will help," noted Sam Lee, a director at Korea's Ministry of Trade, Farms and Energy.
                """;
        assertThat(facts("person-role", "en-comma.md", text)).contains("Sam Lee | speaker");
        assertThat(facts("organization", "en-comma.md", text)).contains("Ministry of Trade, Farms and Energy | KR");
    }

    @Test
    void simplifiedChineseIsZhHans() {
        assertThat(HeaderExtractor.chineseScript("数字经济工作组会议在成都举行，各经济体代表出席并发言。")).isEqualTo("zh-Hans");
        assertThat(HeaderExtractor.chineseScript("數位經濟指導小組會議在臺北舉行，各經濟體代表出席並發言。")).isEqualTo("zh-Hant");
    }

    /** Names with particles (bin, binti, van der), honorifics such as Dato', plural speaker cues and chairmanship. */
    @Test
    void particlesHonorificsSpeakerListsAndChairmanship() {
        String text = """
                # Regional Dialogue on Rural Broadband

                1. The dialogue met under the chairmanship of H.E. Siti Hajar binti Abdul Rahman, Minister of Rural Networks.

                2. The opening address was delivered by Dato' Dr Kamal bin Osman, Secretary-General, Ministry of Villages.

                3. The programme drew on speakers from three economies:
                   - Mr Pieter van der Berg, Harbour Bay Port Authority;
                   - Ms Lena Ortiz, Orchard Valley Skills Council.

                4. Wen Jia, who chairs the Rural Data Forum, closed the dialogue.
                """;
        assertThat(facts("person-role", "en-particles.md", text)).contains("Siti Hajar binti Abdul Rahman | chair",
                "Pieter van der Berg | speaker", "Lena Ortiz | speaker", "Wen Jia | chair");
        assertThat(facts("person-role", "en-particles.md", text)).noneMatch(f -> f.startsWith("Kamal Osman")
                || f.startsWith("Dato"));
        assertThat(facts("person-org", "en-particles.md", text)).contains("Pieter van der Berg | Harbour Bay Port Authority",
                "Lena Ortiz | Orchard Valley Skills Council");
    }

    @Test
    void aLaterSurnameIsThePersonNamedInFull() {
        Extraction x = TestDictionaries.extractor().extract(ReportDocument.of("surnames.md", """
                # Regional Workshop on Data Skills

                The workshop welcomed Tomas Aguirre Valdivia and Ms Lena Hartmann-Osei, Chair of the Orchard Valley
                Skills Council. Valdivia said that small firms need templates. Ms Hartmann-Osei noted the cost of audits.
                Mr Aguirre presented nothing new, while Chen said the same.
                """));
        List<String> people = FactProjector.facts(x).stream().filter(f -> f.type().equals("person-role"))
                .map(f -> f.subject() + " " + f.object()).sorted().toList();
        // "Valdivia said": the full name becomes a speaker; Hartmann-Osei keeps her role and no second
        // person; "Chen" was never named in full and stays unresolved
        assertThat(people).containsExactly("Lena Hartmann-Osei chair", "Tomas Aguirre Valdivia speaker");
        long persons = x.facts().listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                org.apache.jena.sparql.vocabulary.FOAF.Person).toList().size();
        assertThat(persons).isEqualTo(2);
    }

    @Test
    void chineseNamesAfterTitlesAndLatinNamesInParentheses() {
        List<String> r = roles("zh-titles.md", """
                # 出席 APEC 數位經濟指導小組（DESG）會議報告

                ## 會議紀要

                DESG主席李文華表示歡迎各經濟體與會。新加坡資通訊媒體發展局副局長陳志強於會中分享經驗。
                DPS 主席石井純一（Junichi Ishii）主持會議。
                """);
        assertThat(r).contains("李文華 chair @DESG", "李文華 speaker @DESG", "陳志強 speaker @新加坡資通訊媒體發展局",
                "Junichi Ishii chair @DPS");
        // 陳志強 is whole (強 ends no name here), and no second person from the Chinese form of Ishii's name
        assertThat(r).noneMatch(s -> s.startsWith("陳志 ") || s.startsWith("石井"));
    }

    @Test
    void travellersAndTheWritersOwnAgencyAreTheAuthorsOrganisation() {
        List<String> r = roles("zh-travellers.md", """
                # 出席 APEC 數位經濟指導小組（DESG）會議報告

                - 服務機關：數位發展部
                - 出國人員：數位國際司司長林大同、科長王小華；中華經濟研究院研究員張美玲
                - 報告日期：115年3月27日

                ## 會議紀要

                我方由本部林司長大同率團出席。我國由王科長小華簡報數位身分政策。我國研究員張美玲表示將持續研究。
                """);
        // an economy ("我國") says less than the agency of the traveller list: the author's, or the one the
        // list names for that person
        assertThat(r).contains("王小華 speaker @moda", "張美玲 speaker @中華經濟研究院");
        assertThat(r).noneMatch(s -> s.startsWith("王小華 speaker @TW") || s.startsWith("張美玲 speaker @TW"));
    }

    @Test
    void anOfficialWithOnlyATitleInAMinistrysNewsIsTheIssuingAgencys() {
        List<String> r = roles("zh-news.md", """
                # 新聞稿

                發布日期：2026-06-18
                發布單位：國家發展委員會

                ## APEC 工作坊

                APEC 工作坊今日在臺北開幕。副主任委員高志遠致詞表示，將持續推動數位轉型。
                """);
        assertThat(r).contains("高志遠 speaker @ndc");
    }

    @Test
    void aPersonWithNoRoleStillSpeaksForTheOrganisationBesideTheName() {
        String text = """
                # Privacy feature

                "Each law made sense where it was written," says Wen Lau Ka-yan, an assistant commissioner at the
                Harbour Bay Privacy Commission.

                會中並由國家發展委員會副主任委員高明哲與來賓交換意見。

                Nobody else is named here, and Ms Jane Roe asked about budgets.
                """;
        assertThat(facts("person-org", "roleless.md", text)).containsExactlyInAnyOrder(
                "Wen Lau Ka-yan | Harbour Bay Privacy Commission", "高明哲 | 國家發展委員會");
        assertThat(facts("person-role", "roleless.md", text)).isEmpty();
    }

    @Test
    void aPersonInARecordFieldSpeaksForTheOrganisationOfTheField() {
        String text = """
                # Project Details

                | Field | Value |
                |---|---|
                | Project Number | DESG 05 2026S |
                | Project Overseer | Ir Dr Kelvin Lau Chi-wai, Chief Engineer, Harbour Bay Energy Department, Hong Kong, China |
                | Contact | Ms Ana Ruiz, Program Director, APEC Secretariat |
                """;
        assertThat(facts("person-org", "fields.md", text)).containsExactlyInAnyOrder(
                "Kelvin Lau Chi-wai | Harbour Bay Energy Department", "Ana Ruiz | APEC Secretariat");
        assertThat(facts("person-role", "fields.md", text)).isEmpty();
    }

    @Test
    void twoCharacterFamilyNamesAndMoreSpeechVerbsAndFillers() {
        String text = """
                # 會議紀要

                日本總務省課長佐藤健一則介紹日本的經驗。日本內閣府參事官河野真理子接續分享規制改革作法。
                研究員沈佩蓉則比較兩項協定的差異。印度尼西亚通讯与数字部官员 Budi Santoso Wirawan 则介绍了进展。

                Rachel Tuhiwai, a member of the business council, urged negotiators to move faster.
                """;
        assertThat(facts("person-role", "zh-surnames.md", text)).containsExactlyInAnyOrder(
                "佐藤健一 | speaker", "河野真理子 | speaker", "沈佩蓉 | speaker", "Budi Santoso Wirawan | speaker",
                "Rachel Tuhiwai | speaker");
    }

    @Test
    void listsOfSpeakersRelativeClausesAndRolesAfterAParenthesis() {
        String text = """
                # Workshop report

                Speakers included Dr Ana Torres of the Ministry of Labour (Chile), Mr Lee Min-ho of the Skills
                Institute (Korea) and Ms Joan Cruz of the Department of Labor (the Philippines).

                Mina Park, who heads the cooperation team at the Data Agency, walked participants through a pilot.

                In a video message, Professor Kim Ha-na (Korea), Lead Shepherd of the HRDWG, closed the workshop.

                Trade is growing, according to Dr Ravi Menon, a fellow at the Harbour Institute.
                """;
        assertThat(facts("person-role", "lists.md", text)).containsExactlyInAnyOrder(
                "Ana Torres | speaker", "Lee Min-ho | speaker", "Joan Cruz | speaker", "Mina Park | speaker",
                "Kim Ha-na | chair", "Ravi Menon | speaker");
    }
}
