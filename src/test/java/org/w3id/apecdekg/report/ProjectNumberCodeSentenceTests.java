package org.w3id.apecdekg.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.apecdekg.report.extract.ProjectNumber;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;

/**
 * Project numbers whose forum code is not a forum acronym (TEL → TELWG, SME → SMEWG), read from
 * the register in the reference data, in a small hand-made (synthetic) report.
 */
class ProjectNumberCodeSentenceTests {

    @Test
    void registeredCodesAreExtractedAsProjectsOfTheirForum() {
        String text = "# TEL and SME Summary Record (synthetic)\n\nPrepared by: Chinese Taipei\n\n#### Completed projects\n\n"
                + "21. Singapore reported on TEL 04 2018S and Viet Nam on **SME 07 2017A**.\n";
        Extraction x = TestDictionaries.extractor().extract(ReportDocument.of("codes-sample.md", text));
        Model m = x.facts();
        Resource tel = m.createResource(Ids.project("TEL 04 2018S"));
        Resource sme = m.createResource(Ids.project("SME 07 2017A"));
        assertThat(tel.getURI()).isEqualTo(Ids.ID + "project/TEL-04-2018S");
        assertThat(m.contains(tel, RDF.type, DEKG.Project)).isTrue();
        assertThat(m.contains(sme, RDF.type, DEKG.Project)).isTrue();
        assertThat(m.contains(tel, DEKG.forum, m.createResource(Ids.forum("TELWG")))).isTrue();
        assertThat(m.contains(sme, DEKG.forum, m.createResource(Ids.forum("SMEWG")))).isTrue();
        assertThat(m.contains(tel, DEKG.fundingSource, m.createResource(Ids.fundingSource("self-funded")))).isTrue();
    }

    @Test
    void codesComeFromTheReferenceDataAndAcronymsStillWork() {
        Dictionaries d = TestDictionaries.get();
        assertThat(d.forumAcronyms()).contains("TEL", "SME", "PPWE", "HWG", "CD", "DESG", "CTI", "TELWG", "SMEWG");
        assertThat(d.projectForumIri("TEL")).isEqualTo(Ids.forum("TELWG"));
        assertThat(d.projectForumIri("DESG")).isEqualTo(Ids.forum("DESG"));
        assertThat(ProjectNumber.normalise("DESG_101_2024A", d.forumAcronyms())).isEqualTo("DESG 101 2024A");
        assertThat(ProjectNumber.normalise("TEL 04 2018S", d.forumAcronyms())).isEqualTo("TEL 04 2018S");
        assertThat(ProjectNumber.find("SME is not a forum, nor is ZZZ 01 2018", d.forumAcronyms())).isEmpty();
        // "SME" is a project-number code, not a forum name in running text
        assertThat(d.forums().find("The SME sector grew.")).isEmpty();
    }
}
