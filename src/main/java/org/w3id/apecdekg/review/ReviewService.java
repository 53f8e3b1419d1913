package org.w3id.apecdekg.review;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIs;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.w3id.apecdekg.store.DekgStore;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;

/**
 * Facts and their reviews: lists a subject's or a report's facts with evidence and review state, records
 * reviews (confirm, reject, correct) and additions, each in one write transaction, and exports and imports
 * the reviews as N-Quads. Reads happen in read transactions; {@link Curation} turns reviews into the
 * curated view.
 */
public final class ReviewService {

    public static final int MAX_PAGE_SIZE = 1000;
    private static final String REPORT_GRAPHS = Ids.GRAPH + "report/";
    private static final Node FACT = DEKG.fact.asNode();

    private final DekgStore store;
    private final Curation curation;

    public ReviewService(DekgStore store) {
        this.store = Objects.requireNonNull(store, "store");
        this.curation = Curation.of(store);
    }

    public Curation curation() {
        return curation;
    }

    /** True for graphs whose statements are facts: a report's graph, or the curation graph. */
    static boolean factGraph(Node g) {
        return g.isURI() && (g.getURI().startsWith(REPORT_GRAPHS) || g.equals(ReviewRecords.CURATION));
    }

    /** The report a report graph was extracted from, or null (curation graph). */
    static Node reportOf(Node graph) {
        String g = graph.getURI();
        return g.startsWith(REPORT_GRAPHS) ? NodeFactory.createURI(Ids.report(g.substring(REPORT_GRAPHS.length()))) : null;
    }

    /** The facts with {@code subject} as their subject, in every report graph and the curation graph. */
    public List<Fact> factsAbout(Node subject) {
        CurationState state = curation.current();
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            List<Fact> out = new ArrayList<>();
            for (Quad q : Iter.toList(dsg.find(Node.ANY, subject, Node.ANY, Node.ANY))) {
                if (factGraph(q.getGraph())) {
                    out.add(fact(dsg, state, q));
                }
            }
            out.sort(Comparator.comparing((Fact f) -> f.predicate().toString()).thenComparing(f -> f.object().toString())
                    .thenComparing(f -> f.graph().getURI()));
            return out;
        });
    }

    /** A page of the facts of one report (its report IRI or graph IRI): statements about entities, not evidence. */
    public Page<Fact> factsOfReport(String report, int page, int pageSize) {
        checkPage(page, pageSize);
        Node graph = graphOfReport(report);
        CurationState state = curation.current();
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            if (!dsg.containsGraph(graph)) {
                throw ReviewException.notFound("no report graph " + graph.getURI());
            }
            List<Quad> quads = new ArrayList<>();
            dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (aboutEntity(q.getSubject())) {
                    quads.add(q);
                }
            });
            quads.sort(Comparator.comparing((Quad q) -> q.getSubject().toString())
                    .thenComparing(q -> q.getPredicate().toString()).thenComparing(q -> q.getObject().toString()));
            int from = Math.min(quads.size(), (page - 1) * pageSize);
            int to = Math.min(quads.size(), from + pageSize);
            List<Fact> facts = new ArrayList<>();
            for (Quad q : quads.subList(from, to)) {
                facts.add(fact(dsg, state, q));
            }
            return new Page<>(facts, page, pageSize, quads.size());
        });
    }

    private static boolean aboutEntity(Node s) {
        if (!s.isURI()) {
            return false;
        }
        String iri = s.getURI();
        return !iri.startsWith(Ids.ID + "evidence/") && !iri.startsWith(Ids.ID + "issue/");
    }

    private static Node graphOfReport(String report) {
        if (report == null || report.isBlank()) {
            throw ReviewException.bad("report: give a report IRI or its graph IRI");
        }
        String r = report.strip();
        if (r.startsWith(REPORT_GRAPHS)) {
            return NodeFactory.createURI(r);
        }
        String reports = Ids.ID + "report/";
        if (r.startsWith(reports)) {
            return NodeFactory.createURI(Ids.reportGraph(r.substring(reports.length())));
        }
        if (!r.contains(":") && !r.contains("/")) {
            return NodeFactory.createURI(Ids.reportGraph(r));
        }
        throw ReviewException.bad("report: not a report IRI, graph IRI or slug: " + r);
    }

    /** One fact by its identifier; {@code subjectHint} narrows the search for facts that have no evidence node. */
    public Fact fact(String id, String subjectHint) {
        CurationState state = curation.current();
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            Quad q = locate(dsg, id, subjectHint);
            if (q == null) {
                throw ReviewException.notFound("no fact " + id + (subjectHint == null || subjectHint.isBlank()
                        ? " (a fact without evidence, such as a label, is found with its subject: ?subject=IRI)" : ""));
            }
            return fact(dsg, state, q);
        });
    }

    /** The quad a fact id names: through its evidence nodes, the reviews, or the statements of the subject given. */
    private static Quad locate(DatasetGraph dsg, String id, String subjectHint) {
        if (id == null || !id.matches("[0-9a-f]{20}")) {
            throw ReviewException.bad("not a fact id (20 hex digits): " + id);
        }
        Node factIri = NodeFactory.createURI(Ids.fact(id));
        var ev = dsg.find(Node.ANY, Node.ANY, FACT, factIri);
        try {
            while (ev.hasNext()) {
                Quad link = ev.next();
                Quad q = statementOf(dsg, link.getGraph(), link.getSubject());
                if (q != null && dsg.contains(q)) {
                    return q;
                }
            }
        } finally {
            Iter.close(ev);
        }
        for (Quad r : Iter.toList(dsg.find(ReviewRecords.REVIEWS, Node.ANY, DEKG.reviewedFact.asNode(), factIri))) {
            Review review = ReviewRecords.read(dsg, r.getSubject());
            if (review != null && dsg.contains(review.quad())) {
                return review.quad();
            }
        }
        for (Quad r : Iter.toList(dsg.find(ReviewRecords.REVIEWS, Node.ANY, DEKG.assertedFact.asNode(), factIri))) {
            Review review = ReviewRecords.read(dsg, r.getSubject());
            if (review != null && review.asserted() != null) {
                Quad q = Quad.create(ReviewRecords.CURATION, review.asserted());
                if (dsg.contains(q)) {
                    return q;
                }
            }
        }
        // a statement without evidence (a type, a label) is found through its subject; never by scanning the
        // whole store, which any caller could otherwise make the server do with a made-up id
        if (subjectHint == null || subjectHint.isBlank()) {
            return null;
        }
        var all = dsg.find(Node.ANY, NodeFactory.createURI(subjectHint.strip()), Node.ANY, Node.ANY);
        try {
            while (all.hasNext()) {
                Quad q = all.next();
                if (factGraph(q.getGraph()) && id.equals(Ids.factId(q.getSubject(), q.getPredicate(), q.getObject(), q.getGraph()))) {
                    return q;
                }
            }
        } finally {
            Iter.close(all);
        }
        return null;
    }

    private static Quad statementOf(DatasetGraph dsg, Node g, Node evidence) {
        Node s = one(dsg, g, evidence, RDF.subject.asNode());
        Node p = one(dsg, g, evidence, RDF.predicate.asNode());
        Node o = one(dsg, g, evidence, RDF.object.asNode());
        return s == null || p == null || o == null ? null : Quad.create(g, s, p, o);
    }

    private static Node one(DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            Iter.close(it);
        }
    }

    private static Fact fact(DatasetGraph dsg, CurationState state, Quad q) {
        String id = Ids.factId(q.getSubject(), q.getPredicate(), q.getObject(), q.getGraph());
        List<Fact.EvidenceView> evidence = new ArrayList<>();
        for (Quad link : Iter.toList(dsg.find(q.getGraph(), Node.ANY, FACT, NodeFactory.createURI(Ids.fact(id))))) {
            Node e = link.getSubject();
            Node quote = one(dsg, q.getGraph(), e, DEKG.quote.asNode());
            Node locator = one(dsg, q.getGraph(), e, DEKG.locator.asNode());
            Node section = one(dsg, q.getGraph(), e, DEKG.sectionPath.asNode());
            Node line = one(dsg, q.getGraph(), e, DEKG.lineNumber.asNode());
            evidence.add(new Fact.EvidenceView(e, lexical(quote), lexical(locator), lexical(section),
                    line == null ? null : Integer.valueOf(line.getLiteralLexicalForm())));
        }
        evidence.sort(Comparator.comparing(ev -> ev.line() == null ? 0 : ev.line()));
        Review assertedBy = null;
        if (q.getGraph().equals(ReviewRecords.CURATION)) {
            for (Review r : state.reviews()) {
                if (q.asTriple().equals(r.asserted())) {
                    assertedBy = r;
                }
            }
        }
        return new Fact(id, q.getSubject(), q.getPredicate(), q.getObject(), q.getGraph(), reportOf(q.getGraph()),
                List.copyOf(evidence), state.reviewOf(id), assertedBy);
    }

    private static String lexical(Node n) {
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    /** Records a verdict on a fact; a correction needs {@code newObject}, a rejection a note (the reason). */
    public Review review(String factId, Verdict verdict, ObjectSpec newObject, String note, String subjectHint, String user) {
        if (verdict == null || verdict == Verdict.ADD) {
            throw ReviewException.bad("verdict: one of confirm, reject, correct");
        }
        if (verdict == Verdict.REJECT && (note == null || note.isBlank())) {
            throw ReviewException.bad("a rejection needs a note saying why");
        }
        if (verdict != Verdict.CORRECT && newObject != null) {
            throw ReviewException.bad("object: only a correction takes a new object");
        }
        Fact f = fact(factId, subjectHint);
        Node corrected = null;
        if (verdict == Verdict.CORRECT) {
            if (newObject == null) {
                throw ReviewException.bad("a correction needs the new object");
            }
            corrected = newObject.toNode(f.object());
            if (corrected.equals(f.object())) {
                throw ReviewException.bad("the new object is the one the fact already has");
            }
        }
        Review r = new Review(newId(), verdict, f.id(), f.subject(), f.predicate(), f.object(), f.graph(), corrected,
                user, now(), note, null, null);
        commit(r);
        return r;
    }

    /** Adds a statement the extractor missed, with a note and optionally a quote from a loaded report. */
    public Review add(String subject, String predicate, ObjectSpec object, String note, String quote, String report,
            String user) {
        Node s = iri("subject", subject);
        Node p = iri("predicate", predicate);
        if (object == null) {
            throw ReviewException.bad("object: an IRI or a literal");
        }
        Node o = object.toNode(null);
        Node reportNode = null;
        if (report != null && !report.isBlank()) {
            Node graph = graphOfReport(report);
            reportNode = reportOf(graph);
            Node g = graph;
            if (!Txn.calculateRead(store.dataset(), () -> store.dataset().containsGraph(g))) {
                throw ReviewException.bad("report: no such report is loaded: " + report.strip());
            }
        }
        if (quote != null && !quote.isBlank() && reportNode == null) {
            throw ReviewException.bad("quote: say which report it is from (report)");
        }
        String id = Ids.factId(s, p, o, ReviewRecords.CURATION);
        Review r = new Review(newId(), Verdict.ADD, id, s, p, o, ReviewRecords.CURATION, null, user, now(), note,
                quote == null || quote.isBlank() ? null : quote.strip(), reportNode);
        commit(r);
        return r;
    }

    private static Node iri(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ReviewException.bad(field + ": an absolute IRI is required");
        }
        String v = value.strip();
        if (!ObjectSpec.looksLikeIri(v)) {
            throw ReviewException.bad(field + ": not an absolute IRI: " + v);
        }
        return NodeFactory.createURI(v);
    }

    /**
     * Writes a review in one transaction. The statement an earlier review of the same fact asserted (a
     * correction's or an addition's) leaves the curation graph unless another review still in force asserts it.
     */
    private void commit(Review r) {
        store.write(dsg -> {
            Review previous = latest(reviewsOf(dsg, DEKG.reviewedFact.asNode(), r.factId()));
            ReviewRecords.write(dsg, r);
            if (previous != null && previous.asserted() != null && !previous.asserted().equals(r.asserted())
                    && r.verdict() != Verdict.ADD) {
                Triple old = previous.asserted();
                String oldId = Ids.factId(old.getSubject(), old.getPredicate(), old.getObject(), ReviewRecords.CURATION);
                boolean stillAsserted = false;
                for (Review other : reviewsOf(dsg, DEKG.assertedFact.asNode(), oldId)) {
                    // another fact's latest review that asserts the same statement keeps it
                    Review inForce = latest(reviewsOf(dsg, DEKG.reviewedFact.asNode(), other.factId()));
                    if (!other.factId().equals(r.factId()) && inForce != null && inForce.id().equals(other.id())) {
                        stillAsserted = true;
                    }
                }
                if (!stillAsserted) {
                    dsg.delete(ReviewRecords.CURATION, old.getSubject(), old.getPredicate(), old.getObject());
                }
            }
        });
    }

    /** The reviews whose {@code property} (reviewedFact or assertedFact) names the fact {@code factId}. */
    private static List<Review> reviewsOf(DatasetGraph dsg, Node property, String factId) {
        List<Review> out = new ArrayList<>();
        for (Quad q : Iter.toList(dsg.find(ReviewRecords.REVIEWS, Node.ANY, property, NodeFactory.createURI(Ids.fact(factId))))) {
            Review x = ReviewRecords.read(dsg, q.getSubject());
            if (x != null) {
                out.add(x);
            }
        }
        return out;
    }

    /** The one in force: the latest by time, then by id (as {@link CurationState} orders them). */
    private static Review latest(List<Review> reviews) {
        return reviews.stream().max(Comparator.comparing(Review::at).thenComparing(Review::id)).orElse(null);
    }

    /** A page of reviews, newest first; {@code orphanedOnly} keeps those whose fact is gone. */
    public Page<ReviewView> reviews(int page, int pageSize, boolean orphanedOnly) {
        checkPage(page, pageSize);
        CurationState state = curation.current();
        List<Review> all = new ArrayList<>(state.reviews());
        all.sort(Comparator.comparing(Review::at).thenComparing(Review::id).reversed());
        List<ReviewView> views = new ArrayList<>();
        for (Review r : all) {
            boolean orphaned = state.orphaned().contains(r.id());
            boolean current = state.reviewOf(r.factId()) == r;
            if (!orphanedOnly || orphaned) {
                views.add(new ReviewView(r, orphaned, current));
            }
        }
        int from = Math.min(views.size(), (page - 1) * pageSize);
        int to = Math.min(views.size(), from + pageSize);
        return new Page<>(List.copyOf(views.subList(from, to)), page, pageSize, views.size());
    }

    /** A review as listed: {@code orphaned} when its fact is no longer in the store, {@code current} when it is the fact's latest. */
    public record ReviewView(Review review, boolean orphaned, boolean current) {}

    /** A page of results. */
    public record Page<T>(List<T> items, int page, int pageSize, long total) {
        public boolean hasMore() {
            return (long) page * pageSize < total;
        }
    }

    private static void checkPage(int page, int pageSize) {
        if (page < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw ReviewException.bad("page must be ≥ 1 and pageSize between 1 and " + MAX_PAGE_SIZE);
        }
    }

    /** The reviews and curation graphs as N-Quads, sorted (the same reviews give the same bytes). */
    public byte[] exportNQuads() {
        DatasetGraph dsg = store.dataset();
        List<Quad> quads = Txn.calculateRead(dsg, () -> ReviewRecords.quads(dsg));
        DatasetGraph out = DatasetGraphFactory.create();
        quads.forEach(out::add);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, out, Lang.NQUADS);
        List<String> lines = new ArrayList<>(List.of(bytes.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n")));
        lines.removeIf(String::isBlank);
        lines.sort(null);
        return (String.join("\n", lines) + (lines.isEmpty() ? "" : "\n")).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Adds reviews exported by {@link #exportNQuads} (e.g. to a store rebuilt from the reports), in one
     * transaction. Every quad must be in the reviews or the curation graph; otherwise nothing is written.
     *
     * @return the number of quads read
     */
    public long importNQuads(byte[] nquads) {
        DatasetGraph parsed = DatasetGraphFactory.create();
        try {
            RDFParser.create().source(new ByteArrayInputStream(nquads)).lang(Lang.NQUADS)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(parsed);
        } catch (RiotException e) {
            throw ReviewException.bad("reviews: not N-Quads: " + e.getMessage());
        }
        List<Quad> quads = Iter.toList(parsed.find());
        for (Quad q : quads) {
            if (!q.getGraph().equals(ReviewRecords.REVIEWS) && !q.getGraph().equals(ReviewRecords.CURATION)) {
                throw ReviewException.bad("reviews: a quad outside the reviews and curation graphs: "
                        + (q.isDefaultGraph() ? "(default graph)" : q.getGraph().getURI()));
            }
        }
        store.write(dsg -> quads.forEach(dsg::add));
        return quads.size();
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The new object of a correction or an addition, as a client gave it. */
    public record ObjectSpec(String value, String type, String datatype, String lang) {

        static boolean looksLikeIri(String v) {
            return v.matches("(?i)[a-z][a-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+") && IRIs.check(v);
        }

        /**
         * The RDF term: {@code type} {@code uri} or {@code literal} when given; otherwise an absolute IRI is
         * an IRI and anything else a literal, typed like {@code like} (the object it corrects) when that is a
         * literal and no datatype or language is given.
         */
        Node toNode(Node like) {
            if (value == null) {
                throw ReviewException.bad("object: a value is required");
            }
            String t = type == null ? "" : type.strip().toLowerCase(java.util.Locale.ROOT);
            boolean asIri = t.equals("uri") || t.equals("iri") || (t.isEmpty() && datatype == null && lang == null
                    && looksLikeIri(value.strip()) && (like == null || like.isURI()));
            if (asIri) {
                if (!looksLikeIri(value.strip())) {
                    throw ReviewException.bad("object: not an absolute IRI: " + value);
                }
                return NodeFactory.createURI(value.strip());
            }
            if (!t.isEmpty() && !t.equals("literal")) {
                throw ReviewException.bad("object type: uri or literal, not " + type);
            }
            if (lang != null && !lang.isBlank()) {
                return NodeFactory.createLiteralLang(value, lang.strip());
            }
            String dt = datatype != null && !datatype.isBlank() ? datatype.strip()
                    : like != null && like.isLiteral() && like.getLiteralLanguage().isEmpty() ? like.getLiteralDatatypeURI()
                    : null;
            if (dt == null && like != null && like.isLiteral() && !like.getLiteralLanguage().isEmpty()) {
                return NodeFactory.createLiteralLang(value, like.getLiteralLanguage());
            }
            if (dt == null) {
                return NodeFactory.createLiteralString(value);
            }
            RDFDatatype type = TypeMapper.getInstance().getSafeTypeByName(dt);
            if (!type.isValid(value)) {
                throw ReviewException.bad("object: \"" + value + "\" is not a valid " + dt);
            }
            return NodeFactory.createLiteralDT(value, type);
        }
    }
}
