package org.w3id.apecdekg.report.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.ReportReader;
import org.w3id.apecdekg.report.TestDictionaries;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.OA;

/**
 * Every evidence node of every fixture re-anchors in its report's text: the code points
 * [oa:start, oa:end) are oa:exact, preceded by oa:prefix and followed by oa:suffix, and the
 * evidence names the file's SHA-256 and a locator.
 */
class EvidenceAnchorsTests {

    static Stream<Path> fixtures() throws Exception {
        try (Stream<Path> files = Files.list(TestDictionaries.FIXTURES)) {
            return files.filter(p -> p.toString().endsWith(".md") && !p.endsWith("README.md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyEvidenceReanchors(Path report) {
        ReportDocument doc = ReportReader.read(report, 20L * 1024 * 1024);
        Model m = TestDictionaries.extractor().extract(doc).facts();
        int[] cps = doc.text().codePoints().toArray();
        List<Resource> evidence = m.listSubjectsWithProperty(RDF.type, DEKG.Evidence).toList();
        assertThat(evidence).isNotEmpty();
        for (Resource e : evidence) {
            assertThat(e.getProperty(DEKG.sourceSha256).getString()).isEqualTo(doc.sha256());
            assertThat(e.getProperty(DEKG.locator).getString())
                    .isEqualTo("line " + e.getProperty(DEKG.lineNumber).getInt());
            Resource quote = m.createResource(e.getURI() + "#quote");
            Resource position = m.createResource(e.getURI() + "#position");
            assertThat(m.contains(e, OA.hasSelector, quote)).as(e.getURI()).isTrue();
            int start = position.getProperty(OA.start).getInt();
            int end = position.getProperty(OA.end).getInt();
            String exact = quote.getProperty(OA.exact).getString();
            assertThat(new String(cps, start, end - start)).isEqualTo(exact);
            String prefix = quote.getProperty(OA.prefix).getString();
            String suffix = quote.getProperty(OA.suffix).getString();
            int prefixCps = prefix.codePointCount(0, prefix.length());
            int suffixCps = suffix.codePointCount(0, suffix.length());
            assertThat(new String(cps, start - prefixCps, prefixCps)).isEqualTo(prefix);
            assertThat(new String(cps, end, suffixCps)).isEqualTo(suffix);
            assertThat(prefixCps).isEqualTo(Math.min(TextAnchors.CONTEXT, start));
            assertThat(suffixCps).isEqualTo(Math.min(TextAnchors.CONTEXT, cps.length - end));
        }
    }
}
