package org.w3id.apecdekg.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TimeZone;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.w3id.apecdekg.ApecDekg;
import org.w3id.apecdekg.intake.Intake;
import org.w3id.apecdekg.intake.SourceLocation;
import org.w3id.apecdekg.report.Extraction;
import org.w3id.apecdekg.report.ExtractionWarning;
import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.ReportExtractor;
import org.w3id.apecdekg.store.DekgStore;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;
import org.w3id.apecdekg.vocab.OA;
import org.w3id.apecdekg.vocab.PROV;

/**
 * Loads one report: reads and extracts it outside any transaction, then in one write transaction
 * replaces the report's named graph and its entry in the metadata graph. A report that fails to
 * read or extract leaves the store exactly as it was; loading the same report again replaces it.
 */
public final class ReportLoader {

    private final ReportExtractor extractor;
    private final Intake intake;
    /** meeting-identities.csv (read at every commit, so an edit applies to the next load), or null. */
    private final Path meetingIdentities;

    public ReportLoader(ReportExtractor extractor, long maxBytes) {
        this(extractor, maxBytes, null);
    }

    /**
     * A loader that resolves forum meetings against the store ({@link MeetingIdentity}) with the
     * decisions of {@code meetingIdentities} ({@value MeetingIdentity#FILE}; null or missing: none).
     */
    public ReportLoader(ReportExtractor extractor, long maxBytes, Path meetingIdentities) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.intake = Intake.standard(maxBytes);
        this.meetingIdentities = meetingIdentities;
    }

    /**
     * What a load did: the report and its graph, triples written, the entities extracted counted by
     * type (local name of the class, e.g. {@code Project}, {@code Person}), and the warnings.
     */
    public record Outcome(String reportIri, String graphIri, long triples, Map<String, Long> entitiesByType,
            List<ExtractionWarning> warnings, ReportDocument document, List<MeetingIdentity.Merge> merges) {

        /** Where a line of the read text is in the source file: "page 3, line 12", "table 1, row 4", or "LINE". */
        public String where(int line) {
            SourceLocation at = document.location(line);
            return at == null || at.label().isEmpty() ? String.valueOf(line) : at.label();
        }
    }

    /** Loads a report file of any supported type (detected by content). */
    public Outcome load(DekgStore store, Path file) {
        return load(store, file, null);
    }

    /** Loads a report file; {@code encoding} names a text file's encoding (null: detect). */
    public Outcome load(DekgStore store, Path file, Charset encoding) {
        Instant started = Instant.now();
        return load(store, intake.read(file, encoding), started);
    }

    /** Loads a report received as bytes under a file name (an upload). */
    public Outcome load(DekgStore store, String name, byte[] bytes, Charset encoding) {
        Instant started = Instant.now();
        return load(store, intake.read(name, bytes, encoding), started);
    }

    /** Reads and extracts a file without loading it (parallel extraction; commit with {@link #commit}). */
    public Extracted extract(Path file, Charset encoding) {
        Instant started = Instant.now();
        ReportDocument document = intake.read(file, encoding);
        return new Extracted(document, extractor.extract(document), started);
    }

    /** A report read and extracted, not yet written. */
    public record Extracted(ReportDocument document, Extraction extraction, Instant started) {}

    private Outcome load(DekgStore store, ReportDocument document, Instant started) {
        return commit(store, new Extracted(document, extractor.extract(document), started));
    }

    /**
     * Writes an extracted report in one transaction: its forum meetings resolved against the meetings
     * other reports already put in the store ({@link MeetingIdentity}), then its graph replaced and its
     * metadata updated.
     */
    public Outcome commit(DekgStore store, Extracted extracted) {
        ReportDocument document = extracted.document();
        Instant started = extracted.started();
        MeetingIdentity identity = meetingIdentities == null ? MeetingIdentity.rulesOnly()
                : MeetingIdentity.load(meetingIdentities);
        MeetingIdentity.Resolved[] resolved = new MeetingIdentity.Resolved[1];
        store.write(dsg -> {
            resolved[0] = identity.resolve(dsg, extracted.extraction());
            Extraction extraction = resolved[0].extraction();
            Model provenance = provenance(document, extraction, started, Instant.now());
            Node graph = NodeFactory.createURI(extraction.graphIri());
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            addAll(dsg, graph, extraction.facts());
            Node meta = NodeFactory.createURI(Ids.GRAPH_META);
            for (String subject : List.of(extraction.reportIri(), extraction.graphIri(), loadRunIri(document))) {
                dsg.deleteAny(meta, NodeFactory.createURI(subject), Node.ANY, Node.ANY);
            }
            addAll(dsg, meta, extraction.metadata());
            addAll(dsg, meta, provenance);
        });
        Extraction extraction = resolved[0].extraction();
        return new Outcome(extraction.reportIri(), extraction.graphIri(), extraction.facts().size(),
                entitiesByType(extraction.facts()), extraction.warnings(), document, resolved[0].merges());
    }

    /** Subjects typed in the facts, by class local name (evidence, issue and selector nodes left out), sorted by name. */
    static Map<String, Long> entitiesByType(Model facts) {
        Map<String, Long> counts = new TreeMap<>();
        facts.listStatements(null, RDF.type, (org.apache.jena.rdf.model.RDFNode) null).forEach(st -> {
            if (st.getObject().isURIResource() && !st.getObject().equals(DEKG.Evidence)
                    && !st.getObject().equals(DEKG.ExtractionIssue)
                    && !st.getObject().asResource().getURI().startsWith(OA.NS) && st.getSubject().isURIResource()) {
                counts.merge(st.getObject().asResource().getLocalName(), 1L, Long::sum);
            }
        });
        return counts;
    }

    private static Model provenance(ReportDocument document, Extraction extraction, Instant start, Instant end) {
        Model m = ModelFactory.createDefaultModel();
        Resource run = m.createResource(loadRunIri(document))
                .addProperty(RDF.type, DEKG.LoadRun)
                .addProperty(RDF.type, PROV.Activity)
                .addLiteral(PROV.startedAtTime, m.createTypedLiteral(calendar(start)))
                .addLiteral(PROV.endedAtTime, m.createTypedLiteral(calendar(end)))
                .addProperty(DEKG.softwareVersion, "apec-dekg " + ApecDekg.VERSION)
                .addProperty(PROV.used, m.createResource(extraction.reportIri()));
        m.createResource(extraction.graphIri())
                .addProperty(PROV.wasGeneratedBy, run)
                .addProperty(PROV.wasDerivedFrom, m.createResource(extraction.reportIri()))
                .addLiteral(DEKG.tripleCount, (long) extraction.facts().size());
        return m;
    }

    private static String loadRunIri(ReportDocument document) {
        return Ids.ID + "load-run/" + document.slug();
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(instant.toEpochMilli());
        return c;
    }

    private static void addAll(DatasetGraph dsg, Node graph, Model model) {
        model.getGraph().find().forEachRemaining(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
    }
}
