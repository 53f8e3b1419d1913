package org.w3id.apecdekg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.apecdekg.report.TestDictionaries;
import org.w3id.apecdekg.store.DekgStore;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;

/**
 * Two reports of one forum meeting loaded one after the other into a TDB2 store share one meeting
 * IRI, each with its own evidence; a "distinct" row in meeting-identities.csv and a reload separate them.
 */
class MeetingIdentityLoaderTests {

    @TempDir
    Path dir;

    private ReportLoader.Outcome load(ReportLoader loader, DekgStore store, String name, String text) {
        return loader.load(store, name, text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    /** DESG meetings in the store: IRI → the report graphs whose evidence has it as subject. */
    private static Map<String, Set<String>> desgMeetings(DekgStore store) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            Map<String, Set<String>> out = new TreeMap<>();
            dsg.find(Node.ANY, Node.ANY, DEKG.forum.asNode(), org.apache.jena.graph.NodeFactory.createURI(Ids.forum("DESG")))
                    .forEachRemaining(q -> {
                        Set<String> graphs = out.computeIfAbsent(q.getSubject().getURI(), k -> new TreeSet<>());
                        dsg.find(Node.ANY, Node.ANY, RDF.subject.asNode(), q.getSubject())
                                .forEachRemaining(e -> graphs.add(e.getGraph().getURI()));
                    });
            return out;
        });
    }

    @Test
    void twoReportsOfOneMeetingShareItsIriUntilAPersonSaysTheyAreDistinct() throws IOException {
        Path csv = dir.resolve("dictionaries").resolve(MeetingIdentity.FILE);
        Files.createDirectories(csv.getParent());
        Files.writeString(csv, "meeting,other,decision,note\n", StandardCharsets.UTF_8);
        ReportLoader loader = new ReportLoader(TestDictionaries.extractor(), 1 << 20, csv);
        String news = Ids.reportGraph("desg-news");
        String chair = Ids.reportGraph("desg-chair-summary");
        try (DekgStore store = DekgStore.open(dir.resolve("tdb2"))) {
            load(loader, store, "desg-news.md", MeetingIdentityTests.NEWS);
            ReportLoader.Outcome second = load(loader, store, "desg-chair-summary.md", MeetingIdentityTests.CHAIR);
            assertThat(second.merges()).extracting(MeetingIdentity.Merge::rule).containsExactly("overlapping-dates");
            assertThat(desgMeetings(store)).isEqualTo(Map.of(Ids.event("desg-2026-03-03"), Set.of(news, chair)));

            // loading the first report again changes nothing: the meeting keeps its one IRI
            load(loader, store, "desg-news.md", MeetingIdentityTests.NEWS);
            assertThat(desgMeetings(store)).isEqualTo(Map.of(Ids.event("desg-2026-03-03"), Set.of(news, chair)));

            Files.writeString(csv, "meeting,other,decision,note\n"
                    + "desg-2026-03-05,desg-2026-03-03,distinct,the plenary and the news release's week are not one meeting\n",
                    StandardCharsets.UTF_8);
            ReportLoader.Outcome again = load(loader, store, "desg-chair-summary.md", MeetingIdentityTests.CHAIR);
            assertThat(again.merges()).isEmpty();
            assertThat(desgMeetings(store)).isEqualTo(Map.of(
                    Ids.event("desg-2026-03-03"), Set.of(news),
                    Ids.event("desg-2026-03-05"), Set.of(chair)));
            DatasetGraph dsg = store.dataset();
            assertThat(Txn.calculateRead(dsg, () -> dsg.find(Node.ANY, Node.ANY, DEKG.mintedAs.asNode(), Node.ANY).hasNext()))
                    .isFalse();
        }
    }
}
