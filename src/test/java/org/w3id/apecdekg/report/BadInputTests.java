package org.w3id.apecdekg.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;

class BadInputTests {

    @Test
    void tableWithMissingColumnsGivesWarningsAndIssuesNotACrash() {
        ReportDocument doc = ReportReader.read(Path.of("src/test/resources/bad-input/missing-columns.md"), 1_000_000);
        Extraction x = TestDictionaries.extractor().extract(doc);
        assertThat(x.warnings()).extracting(ExtractionWarning::kind)
                .contains("table-row-missing-columns", "unknown-economy");
        assertThat(x.warnings()).filteredOn(w -> w.kind().equals("table-row-missing-columns"))
                .extracting(ExtractionWarning::line).containsExactly(9);
        assertThat(x.facts().listResourcesWithProperty(RDF.type, DEKG.ExtractionIssue).toList()).hasSizeGreaterThanOrEqualTo(2);
        Resource p = x.facts().createResource(Ids.project("CTI 01 2023S"));
        assertThat(x.facts().contains(p, DEKG.proposedBy, x.facts().createResource(Ids.economy("AU")))).isTrue();
        assertThat(x.facts().contains(p, DEKG.coSponsoredBy, x.facts().createResource(Ids.economy("TW")))).isTrue();
        Resource q = x.facts().createResource(Ids.project("DESG 02 2021"));
        assertThat(x.facts().contains(q, DEKG.proposedBy, (org.apache.jena.rdf.model.RDFNode) null)).isFalse();
    }
}
