package org.w3id.apecdekg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.apecdekg.report.Extraction;
import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.TestDictionaries;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;

/**
 * One meeting IRI when two reports describe the same forum meeting (issue 19): the resolution of a
 * report's forum meetings against the report graphs already stored. The texts are our own, written
 * in the style of an APEC news release and of a chair's summary.
 */
class MeetingIdentityTests {

    /** A news release dating the meeting by its whole week in Lima. */
    static final String NEWS = """
            # APEC digital economy officials advance work on trusted data flows

            Officials of the APEC Digital Economy Steering Group (DESG) met in Lima on 3-6 March 2026 to take \
            stock of the group's work on cross-border data flows and digital identity.

            Delegates from Australia, Chile, Japan, Peru and Viet Nam attended the meeting.
            """;

    /** A chair's summary dating the plenary itself, two days into that week. */
    static final String CHAIR = """
            # Chair's Summary of the Digital Economy Steering Group Plenary

            1. The Digital Economy Steering Group (DESG) plenary meeting was held in Lima, Peru on 5 March 2026.

            2. Canada, Mexico, New Zealand and Singapore attended the meeting.
            """;

    /** The same forum two weeks later: another meeting. */
    static final String LATER = """
            # Chair's Summary of the Digital Economy Steering Group Intersessional Meeting

            1. The Digital Economy Steering Group (DESG) intersessional meeting was held virtually on 20 March 2026.

            2. Canada, Mexico, New Zealand and Singapore attended the meeting.
            """;

    /** Another forum meeting in the same week: never the same meeting. */
    static final String OTHER_FORUM = """
            # Chair's Summary of the Data Privacy Subgroup Meeting

            1. The Data Privacy Subgroup (DPS) meeting was held in Lima, Peru on 5 March 2026.

            2. Canada, Mexico, New Zealand and Singapore attended the meeting.
            """;

    /** A news release naming the meeting by its number, dated by the first day of the meeting week. */
    static final String NUMBERED_NEWS = """
            # TELWG 71 opens in Jeju with a focus on rural connectivity

            The 71st meeting of the APEC Telecommunications and Information Working Group (TELWG) opened in \
            Jeju on 11 May 2025, as the first of a week of related meetings.
            """;

    /** A chair's summary of the same meeting dated by its own plenary day, later that week. */
    static final String NUMBERED_CHAIR = """
            # Chair's Summary: TELWG 71 Plenary

            1. The TELWG 71 plenary meeting took place in Jeju, Korea on 16 May 2025.

            2. Chile, Japan, Peru and Thailand attended the meeting.
            """;

    private final DatasetGraph store = DatasetGraphFactory.createGeneral();

    static Extraction extract(String name, String text) {
        return TestDictionaries.extractor().extract(ReportDocument.of(name, text));
    }

    /** Resolves {@code x} against what is stored and stores it, as the loader does. */
    private MeetingIdentity.Resolved load(MeetingIdentity identity, Extraction x) {
        MeetingIdentity.Resolved r = identity.resolve(store, x);
        Node g = NodeFactory.createURI(r.extraction().graphIri());
        store.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        r.extraction().facts().getGraph().find().forEachRemaining(t -> store.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        return r;
    }

    private MeetingIdentity.Resolved load(Extraction x) {
        return load(MeetingIdentity.rulesOnly(), x);
    }

    static Set<String> meetings(Model facts, String forum) {
        Set<String> out = new TreeSet<>();
        facts.listSubjectsWithProperty(DEKG.forum, facts.createResource(Ids.forum(forum)))
                .forEachRemaining(r -> out.add(r.getURI()));
        return out;
    }

    @Test
    void eachReportMintsItsOwnMeetingFromItsOwnDate() {
        assertThat(meetings(extract("news.md", NEWS).facts(), "DESG")).containsExactly(Ids.event("desg-2026-03-03"));
        assertThat(meetings(extract("chair.md", CHAIR).facts(), "DESG")).containsExactly(Ids.event("desg-2026-03-05"));
        assertThat(extract("numbered.md", NUMBERED_NEWS).facts().listObjectsOfProperty(DEKG.meetingNumber).toList())
                .extracting(n -> n.asLiteral().getLexicalForm()).containsExactly("71");
        assertThat(extract("numbered-chair.md", NUMBERED_CHAIR).facts().listObjectsOfProperty(DEKG.meetingNumber).toList())
                .extracting(n -> n.asLiteral().getLexicalForm()).containsExactly("71");
    }

    @Test
    void overlappingDatesOfOneForumAreOneMeeting() {
        load(extract("news.md", NEWS));
        MeetingIdentity.Resolved chair = load(extract("chair.md", CHAIR));
        String merged = Ids.event("desg-2026-03-03");
        assertThat(chair.merges()).containsExactly(new MeetingIdentity.Merge(Ids.event("desg-2026-03-05"), merged,
                MeetingIdentity.RULE_DATES));
        Model facts = chair.extraction().facts();
        assertThat(meetings(facts, "DESG")).containsExactly(merged);
        Resource m = facts.getResource(merged);
        assertThat(m.getPropertyResourceValue(DEKG.mintedAs).getURI()).isEqualTo(Ids.event("desg-2026-03-05"));
        assertThat(m.getProperty(DEKG.identityRule).getString()).isEqualTo("overlapping-dates");
        // the minted IRI is named nowhere else; evidence points at the merged meeting with its fact id recomputed
        assertThat(facts.listStatements(facts.getResource(Ids.event("desg-2026-03-05")), null, (org.apache.jena.rdf.model.RDFNode) null).toList()).isEmpty();
        List<Statement> evidence = facts.listStatements(null, RDF.subject, m).toList();
        assertThat(evidence).isNotEmpty();
        for (Statement e : evidence) {
            Resource ev = e.getSubject();
            String id = Ids.fact(Ids.factId(m.asNode(), ev.getPropertyResourceValue(RDF.predicate).asNode(),
                    ev.getProperty(RDF.object).getObject().asNode(), NodeFactory.createURI(chair.extraction().graphIri())));
            assertThat(ev.getPropertyResourceValue(DEKG.fact).getURI()).isEqualTo(id);
        }
        assertThat(chair.extraction().metadata().listObjectsOfProperty(DEKG.reportsOn).toList())
                .extracting(n -> n.asResource().getURI()).containsExactly(merged);
        assertThat(chair.warnings()).isEmpty();
        assertConforms(chair.extraction());
    }

    /** The resolved graph (merge records and issues included), with reference data and ontology, conforms to shapes.ttl. */
    static void assertConforms(Extraction x) {
        Model data = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        data.add(TestDictionaries.reference());
        org.apache.jena.riot.RDFDataMgr.read(data, "ontology/dekg.ttl");
        data.add(x.facts());
        data.add(x.metadata());
        org.apache.jena.shacl.ValidationReport report = org.apache.jena.shacl.ShaclValidator.get().validate(
                org.apache.jena.shacl.Shapes.parse(org.apache.jena.riot.RDFDataMgr.loadGraph("ontology/shapes.ttl")), data.getGraph());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.apache.jena.shacl.lib.ShLib.printReport(out, report);
        assertThat(report.conforms()).as(out.toString(StandardCharsets.UTF_8)).isTrue();
    }

    @Test
    void datesThatDoNotOverlapAreTwoMeetings() {
        load(extract("news.md", NEWS));
        MeetingIdentity.Resolved later = load(extract("later.md", LATER));
        assertThat(later.merges()).isEmpty();
        assertThat(meetings(later.extraction().facts(), "DESG")).containsExactly(Ids.event("desg-2026-03-20"));
    }

    @Test
    void meetingsOfDifferentForaAreNeverMerged() {
        load(extract("news.md", NEWS));
        MeetingIdentity.Resolved dps = load(extract("dps.md", OTHER_FORUM));
        assertThat(dps.merges()).isEmpty();
        assertThat(meetings(dps.extraction().facts(), "DPS")).containsExactly(Ids.event("dps-2026-03-05"));
    }

    @Test
    void theSameMeetingNumberOfOneForumIsOneMeeting() {
        load(extract("numbered.md", NUMBERED_NEWS));
        MeetingIdentity.Resolved chair = load(extract("numbered-chair.md", NUMBERED_CHAIR));
        assertThat(chair.merges()).containsExactly(new MeetingIdentity.Merge(Ids.event("telwg-2025-05-16"),
                Ids.event("telwg-2025-05-11"), MeetingIdentity.RULE_NUMBER));
        assertThat(meetings(chair.extraction().facts(), "TELWG")).containsExactly(Ids.event("telwg-2025-05-11"));
    }

    @Test
    void aMeetingOverlappingTwoStoredOnesIsNotMergedAndSaysSo() {
        load(extract("chair.md", CHAIR));
        load(extract("later.md", LATER.replace("20 March", "4 March")));
        MeetingIdentity.Resolved news = load(extract("news.md", NEWS));
        assertThat(news.merges()).isEmpty();
        assertThat(meetings(news.extraction().facts(), "DESG")).containsExactly(Ids.event("desg-2026-03-03"));
        assertThat(news.warnings()).extracting(w -> w.kind()).containsExactly(MeetingIdentity.ISSUE_AMBIGUOUS);
        Model facts = news.extraction().facts();
        assertThat(facts.listSubjectsWithProperty(DEKG.issueKind, MeetingIdentity.ISSUE_AMBIGUOUS).toList()).hasSize(1);
        assertConforms(news.extraction());
    }

    @Test
    void meetingIdentitiesCsvKeepsTwoMeetingsApartOrJoinsThem(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve(MeetingIdentity.FILE);
        Files.writeString(csv, """
                meeting,other,decision,note
                # the chair's summary and the news release are about different meetings
                desg-2026-03-05,https://w3id.org/apec-dekg/id/event/desg-2026-03-03,distinct,test
                """, StandardCharsets.UTF_8);
        MeetingIdentity distinct = MeetingIdentity.load(csv);
        load(distinct, extract("news.md", NEWS));
        MeetingIdentity.Resolved chair = load(distinct, extract("chair.md", CHAIR));
        assertThat(chair.merges()).isEmpty();
        assertThat(meetings(chair.extraction().facts(), "DESG")).containsExactly(Ids.event("desg-2026-03-05"));

        Files.writeString(csv, """
                meeting,other,decision,note
                desg-2026-03-20,desg-2026-03-03,same,the intersessional is the news release's meeting
                """, StandardCharsets.UTF_8);
        MeetingIdentity.Resolved later = load(MeetingIdentity.load(csv), extract("later.md", LATER));
        assertThat(later.merges()).containsExactly(new MeetingIdentity.Merge(Ids.event("desg-2026-03-20"),
                Ids.event("desg-2026-03-03"), MeetingIdentity.RULE_FILE));
    }

    @Test
    void aRowThatIsNotADecisionIsRefused(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve(MeetingIdentity.FILE);
        Files.writeString(csv, "meeting,other,decision,note\ndesg-2026-03-05,desg-2026-03-03,maybe,\n", StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MeetingIdentity.load(csv))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 2");
    }

    @Test
    void theDictionariesFileIsReadable() {
        MeetingIdentity.load(TestDictionaries.DICTIONARIES.resolve(MeetingIdentity.FILE));
    }
}
