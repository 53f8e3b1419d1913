package org.w3id.apecdekg.report.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.apecdekg.evaluate.FactProjector;
import org.w3id.apecdekg.report.Extraction;
import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.TestDictionaries;

/** Parties and accession applicants of an agreement, each economy by the cue nearest to it (text of our own writing). */
class AgreementExtractorTests {

    private static List<String> facts(String text) {
        Extraction x = TestDictionaries.extractor().extract(ReportDocument.of("depa-note.en.md", text));
        return FactProjector.facts(x).stream().filter(f -> f.type().startsWith("agreement"))
                .map(f -> f.type() + " " + f.object()).sorted().toList();
    }

    @Test
    void partiesApplicantsAndChairsOfWorkingGroups() {
        assertThat(facts("""
                # A note on the DEPA

                Chile, New Zealand and Singapore signed the DEPA in 2020. It entered into force for Korea in 2024,
                making Korea its fourth party after a long accession procedure.

                A working group on Peru's accession, chaired by New Zealand, met twice. Canada requested accession in 2022.
                For Singapore, which hosted the talks, the accession process works.
                """)).containsExactly(
                "agreement-applicant CA", "agreement-applicant PE",
                "agreement-party CL", "agreement-party KR", "agreement-party NZ", "agreement-party SG");
    }
}
