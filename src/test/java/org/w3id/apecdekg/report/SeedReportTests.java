package org.w3id.apecdekg.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;

/** Exact facts of the seed report (moda-apec-desg-som3-2024.zh.md), checked on the models directly. */
class SeedReportTests {

    static Extraction x;
    static Model m;

    @BeforeAll
    static void extract() {
        x = TestDictionaries.extractor().extract(ReportReader.read(
                TestDictionaries.FIXTURES.resolve("moda-apec-desg-som3-2024.zh.md"), 20_000_000));
        m = x.facts();
    }

    static Resource r(String iri) {
        return m.createResource(iri);
    }

    static List<String> objects(Resource s, org.apache.jena.rdf.model.Property p) {
        return m.listObjectsOfProperty(s, p).toList().stream().map(o -> o.asResource().getURI()).sorted().toList();
    }

    @Test
    void theFixtureIsAVerbatimCopyOfTheSeedReportInData() throws java.io.IOException {
        assertThat(java.nio.file.Files.mismatch(Path.of("data/reports/moda-apec-desg-som3-2024.zh.md"),
                Path.of("src/test/resources/reports/moda-apec-desg-som3-2024.zh.md"))).isEqualTo(-1L);
    }

    @Test
    void graphAndReportIris() {
        assertThat(x.reportIri()).isEqualTo(Ids.report("moda-apec-desg-som3-2024"));
        assertThat(x.graphIri()).isEqualTo(Ids.reportGraph("moda-apec-desg-som3-2024"));
    }

    @Test
    void omniChannelProjectOfTheUnitedStates() {
        Resource p = r(Ids.project("DESG 101 2024A"));
        assertThat(objects(p, DEKG.proposedBy)).containsExactly(Ids.economy("US"));
        assertThat(objects(p, DEKG.coSponsoredBy)).containsExactly(Ids.economy("AU"), Ids.economy("CL"), Ids.economy("TW"));
        assertThat(objects(p, DEKG.addressesFocusArea)).containsExactly(Ids.kfa(10), Ids.kfa(5), Ids.kfa(6));
        assertThat(objects(p, DEKG.status)).containsExactly(Ids.projectStatus("ongoing"));
        assertThat(objects(p, DEKG.fundingSource)).containsExactly(Ids.fundingSource("asf"));
        assertThat(objects(p, DEKG.forum)).containsExactly(Ids.forum("DESG"));
        // the number in parentheses after the title is not an English title
        assertThat(p.listProperties(org.apache.jena.vocabulary.SKOS.prefLabel).toList())
                .extracting(st -> st.getLiteral().getLexicalForm())
                .contains("透過在全通路環境中無縫營運,使微中小企業能夠在全球經濟中成長")
                .noneMatch(label -> label.matches(".*\\d{4}\\s*A$"));
    }

    @Test
    void aiGovernanceCooperationOfChinaLeavesChinaOutOfItsSupporters() {
        Resource p = m.listSubjectsWithProperty(DEKG.proposedBy, r(Ids.economy("CN"))).toList().stream()
                .filter(s -> s.hasProperty(org.apache.jena.vocabulary.SKOS.prefLabel, m.createLiteral("AI 治理合作", "zh-Hant")))
                .findFirst().orElseThrow();
        assertThat(p.getURI()).startsWith(Ids.ID + "project/CN-");
        assertThat(objects(p, DEKG.coSponsoredBy)).containsExactly(Ids.economy("CL"), Ids.economy("HK"),
                Ids.economy("MX"), Ids.economy("RU"), Ids.economy("SG"), Ids.economy("TH"));
    }

    @Test
    void evidenceOfAProposerPointsAtTheTableRow() {
        Resource project = r(Ids.project("CTI 01 2023S"));
        Resource ev = m.listSubjectsWithProperty(RDF.subject, project).toList().stream()
                .filter(e -> e.hasProperty(RDF.predicate, DEKG.proposedBy))
                .filter(e -> e.getProperty(DEKG.lineNumber).getInt() == 390).findFirst().orElseThrow();
        assertThat(ev.hasProperty(RDF.type, DEKG.Evidence)).isTrue();
        assertThat(ev.getProperty(RDF.object).getResource().getURI()).isEqualTo(Ids.economy("AU"));
        assertThat(ev.getProperty(DEKG.lineNumber).getInt()).isEqualTo(390);
        assertThat(ev.getProperty(DEKG.quote).getString()).startsWith("澳洲 | 「促進中小企業參與全球價值鏈")
                .contains("此計畫由智利、香港、中國、秘魯、我方和美國共同連署");
        assertThat(ev.getProperty(DEKG.sectionPath).getString()).endsWith("(七) 各經濟體更新計畫進度 > 1. 已完成之計畫");
        assertThat(ev.getURI()).startsWith(Ids.ID + "evidence/moda-apec-desg-som3-2024-");
    }

    @Test
    void brokenRowIsMergedAcrossThePageBreak() {
        Resource p = r(Ids.project("DESG 02 2021"));
        assertThat(objects(p, DEKG.proposedBy)).containsExactly(Ids.economy("PE"));
        Resource ev = m.listSubjectsWithProperty(RDF.subject, p).toList().stream()
                .filter(e -> e.hasProperty(RDF.predicate, DEKG.proposedBy))
                .filter(e -> e.getProperty(DEKG.lineNumber).getInt() == 392).findFirst().orElseThrow();
        assertThat(ev.getProperty(DEKG.endLineNumber).getInt()).isEqualTo(394);
    }

    @Test
    void dpsMeetingMissedItsQuorum() {
        Resource meeting = m.listSubjectsWithProperty(DEKG.forum, r(Ids.forum("DPS"))).toList().stream()
                .filter(s -> s.hasProperty(RDF.type, DEKG.Meeting)).findFirst().orElseThrow();
        assertThat(meeting.getProperty(DEKG.attendanceCount).getInt()).isEqualTo(13);
        assertThat(meeting.getProperty(DEKG.quorum).getInt()).isEqualTo(14);
        assertThat(meeting.getProperty(DEKG.quorumReached).getBoolean()).isFalse();
        assertThat(m.contains(meeting, DEKG.attendedBy, r(Ids.organization("cipl")))).isTrue();
        assertThat(m.contains(meeting, DEKG.attendedBy, r(Ids.economy("HK")))).isFalse();
    }

    @Test
    void metadataDescribesTheReport() {
        Model md = x.metadata();
        Resource rep = md.createResource(x.reportIri());
        assertThat(rep.hasProperty(RDF.type, DEKG.Report)).isTrue();
        assertThat(rep.getProperty(DCTerms.date).getString()).isEqualTo("2024-11-15");
        assertThat(rep.getProperty(DCTerms.language).getString()).isEqualTo("zh-Hant");
        assertThat(rep.getProperty(DEKG.reportingEconomy).getResource().getURI()).isEqualTo(Ids.economy("TW"));
        assertThat(rep.getProperty(DEKG.reportingOrganization).getResource().getURI()).isEqualTo(Ids.organization("moda"));
        assertThat(rep.getProperty(DEKG.startDate).getString()).isEqualTo("2024-08-15");
        assertThat(rep.getProperty(DEKG.endDate).getString()).isEqualTo("2024-08-25");
        assertThat(rep.getProperty(DEKG.venue).getString()).isEqualTo("秘魯利馬");
        assertThat(rep.getProperty(DEKG.sourceFile).getString()).isEqualTo("moda-apec-desg-som3-2024.zh.md");
        RDFNode main = rep.getProperty(DEKG.reportsOn).getObject();
        assertThat(main.asResource().getURI()).startsWith(Ids.event("desg-"));
        assertThat(md.contains(null, DEKG.sourceFile, (RDFNode) null)).isTrue();
        assertThat(m.contains(rep, (org.apache.jena.rdf.model.Property) null, (RDFNode) null)).isFalse();
    }

    @Test
    void everyEvidenceHasLineQuoteAndSource() {
        List<Resource> all = m.listSubjectsWithProperty(RDF.type, DEKG.Evidence).toList();
        assertThat(all).hasSizeGreaterThan(100);
        for (Resource e : all) {
            Statement q = e.getProperty(DEKG.quote);
            assertThat(q).isNotNull();
            assertThat(q.getString().length()).isBetween(1, 500);
            assertThat(e.getProperty(DEKG.lineNumber).getInt()).isBetween(1, 1505);
            assertThat(e.hasProperty(org.apache.jena.rdf.model.ResourceFactory.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom"),
                    m.createResource(x.reportIri()))).isTrue();
        }
    }

    @Test
    void determinism() {
        Extraction again = TestDictionaries.extractor().extract(ReportReader.read(
                Path.of("src/test/resources/reports/moda-apec-desg-som3-2024.zh.md"), 20_000_000));
        assertThat(again.facts().isIsomorphicWith(x.facts())).isTrue();
        assertThat(again.facts().size()).isEqualTo(x.facts().size());
        assertThat(again.metadata().isIsomorphicWith(x.metadata())).isTrue();
        assertThat(again.warnings()).isEqualTo(x.warnings());
    }
}
