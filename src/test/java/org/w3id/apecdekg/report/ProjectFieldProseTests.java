package org.w3id.apecdekg.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.junit.jupiter.api.Test;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;

/** Project fields of project-database pages, and proposers, co-sponsors and statuses in prose (issue 19). */
class ProjectFieldProseTests {

    private static List<String> objects(Model m, String project, Property p) {
        return m.listObjectsOfProperty(m.createResource(Ids.project(project)), p).toList().stream()
                .map(o -> o.asResource().getURI().replaceAll(".*/", "")).sorted().toList();
    }

    private static List<String> codes(Model m, org.apache.jena.rdf.model.Resource r, Property p) {
        return m.listObjectsOfProperty(r, p).toList().stream().map(o -> o.asResource().getURI().replaceAll(".*/", "")).sorted().toList();
    }

    private static Model extract(String name, String text) {
        return TestDictionaries.extractor().extract(ReportDocument.of(name, text)).facts();
    }

    @Test
    void labelColonFields() {
        Model m = extract("page.md", "# APEC Project Database\n\nProject No.: TEL 21 2019A\n"
                + "Project Title: Rural Spectrum Notes for Regulators\nProject Status: Completed Project\n"
                + "Proposing Economy(ies): Papua New Guinea\nCo-Sponsoring Economies: Australia; Japan; Chinese Taipei\n");
        assertThat(objects(m, "TEL 21 2019A", DEKG.proposedBy)).containsExactly("PG");
        assertThat(objects(m, "TEL 21 2019A", DEKG.coSponsoredBy)).containsExactly("AU", "JP", "TW");
        assertThat(objects(m, "TEL 21 2019A", DEKG.status)).containsExactly("completed");
    }

    @Test
    void definitionListTwoCellTableAndBoldLabels() {
        Model d = extract("dl.md", "# Page\n\nProject No.\n:   SME 16 2022\n\nProject Status\n:   Completed Project\n\n"
                + "Proposing Economy\n:   Chile\n\nCo-Sponsoring Economies\n:   Canada, Mexico and Peru\n");
        assertThat(objects(d, "SME 16 2022", DEKG.proposedBy)).containsExactly("CL");
        assertThat(objects(d, "SME 16 2022", DEKG.coSponsoredBy)).containsExactly("CA", "MX", "PE");
        assertThat(objects(d, "SME 16 2022", DEKG.status)).containsExactly("completed");
        Model t = extract("tb.md", "# Page\n\n| Field | Value |\n|---|---|\n| Project No. | CTI 31 2021S |\n"
                + "| Proposing Economy | Singapore |\n| Co-Sponsoring Economies | Japan; Korea |\n");
        assertThat(objects(t, "CTI 31 2021S", DEKG.proposedBy)).containsExactly("SG");
        assertThat(objects(t, "CTI 31 2021S", DEKG.coSponsoredBy)).containsExactly("JP", "KR");
        Model b = extract("b.md", "# Page\n\n- **Project No.:** DESG 41 2024A\n- **Proposing Economy:** Viet Nam\n"
                + "- **Project Status:** Project in Implementation\n");
        assertThat(objects(b, "DESG 41 2024A", DEKG.proposedBy)).containsExactly("VN");
    }

    @Test
    void proposedByAfterNumberAndCoSponsorsOfTheirOwnProject() {
        Model m = extract("en.md", "# News\n\nThe forum is part of project TEL 44 2024A, proposed by Chile and "
                + "co-sponsored by Japan and Peru. Members also heard of CTI 45 2023S, which Canada leads.\n");
        assertThat(objects(m, "TEL 44 2024A", DEKG.proposedBy)).containsExactly("CL");
        assertThat(objects(m, "TEL 44 2024A", DEKG.coSponsoredBy)).containsExactly("JP", "PE");
        assertThat(objects(m, "CTI 45 2023S", DEKG.coSponsoredBy)).isEmpty();
    }

    @Test
    void chineseFollowUpSentenceGivesProposerCoSponsorsAndStatus() {
        Model m = extract("zh.md", "# 新聞稿\n\n說明會並介紹 CTI 46 2025S「數位貿易條款比較」計畫。"
                + "該計畫由紐西蘭提案，智利、越南共同支持，目前執行中。\n");
        assertThat(objects(m, "CTI 46 2025S", DEKG.proposedBy)).containsExactly("NZ");
        assertThat(objects(m, "CTI 46 2025S", DEKG.coSponsoredBy)).containsExactly("CL", "VN");
        assertThat(objects(m, "CTI 46 2025S", DEKG.status)).containsExactly("ongoing");
        Model h = extract("zh2.md", "# 新闻\n\n研讨会是“DESG 47 2026S”的主要活动，該項目由中方提出，智利、秘魯聯名支持。\n");
        assertThat(objects(h, "DESG 47 2026S", DEKG.coSponsoredBy)).containsExactly("CL", "PE");
    }

    @Test
    void boldLeadInGivesStatus() {
        Model m = extract("sr.md", "# Summary Record\n\n4. **Completed.** Korea presented the final report of "
                + "DESG 48 2025S, *Cloud Uptake among MSMEs*.\n");
        assertThat(objects(m, "DESG 48 2025S", DEKG.status)).containsExactly("completed");
    }

    @Test
    void thisProjectInADocumentAboutOneProject() {
        Model m = extract("pr.md", "# Completion Report\n\n| | |\n|---|---|\n| Project number and title | **CTI 49 2024T**: Workshop on Trade Documents |\n\n"
                + "## Section B\n\n**1. Description.** Goods lose value at borders.\nPeru proposed this project to help agencies. It was\n"
                + "co-sponsored by Australia, Mexico and Singapore.\n");
        assertThat(objects(m, "CTI 49 2024T", DEKG.proposedBy)).containsExactly("PE");
        assertThat(objects(m, "CTI 49 2024T", DEKG.coSponsoredBy)).containsExactly("AU", "MX", "SG");
    }

    @Test
    void quotedTitleRightAfterAProposalWordIsAProposedProject() {
        Model m = extract("sr2.md", "# Summary Record\n\n6. Chile introduced \"Open Data Portals for Trade\", which Peru "
                + "and Mexico are co-sponsoring.\n");
        assertThat(m.listSubjectsWithProperty(DEKG.proposedBy, m.createResource(Ids.economy("CL"))).toList()).hasSize(1);
        assertThat(m.listObjectsOfProperty(DEKG.status).toList()).extracting(o -> o.asResource().getURI().replaceAll(".*/", ""))
                .containsExactly("proposed");
    }

    @Test
    void bookTitleAfterAProposalWordIsNoProject() {
        Model m = extract("zh3.md", "# 新聞\n\n他介紹，智利於2023年提出《全球數據治理倡議》。\n");
        assertThat(m.listSubjectsWithProperty(DEKG.proposedBy).toList()).isEmpty();
    }

    @Test
    void projectsNamedByWhatTheyDoWithoutNumberOrQuotes() {
        Extraction x = TestDictionaries.extractor().extract(ReportDocument.of("prose.md", """
                # Roundtable notes

                Members discussed Brunei Darussalam's proposal for an APEC survey of trade single windows, co-sponsored
                by Japan and Peru. Speakers also welcomed an initiative led by the Philippines and co-sponsored by Chile
                and Korea to draft a checklist for procuring cloud services. The dialogue itself was held in Lima.
                """));
        Model m = x.facts();
        List<String> projects = m.listSubjectsWithProperty(DEKG.proposedBy).toList().stream()
                .map(p -> codes(m, p, DEKG.proposedBy) + " " + m.listObjectsOfProperty(p, org.apache.jena.vocabulary.SKOS.prefLabel)
                        .toList().stream().map(l -> l.asLiteral().getLexicalForm()).sorted().toList()
                        + " " + codes(m, p, DEKG.coSponsoredBy)).sorted().toList();
        assertThat(projects).containsExactly(
                "[BN] [APEC survey of trade single windows] [JP, PE]",
                "[PH] [draft a checklist for procuring cloud services] [CL, KR]");
    }
}
