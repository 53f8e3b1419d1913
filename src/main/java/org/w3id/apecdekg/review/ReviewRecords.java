package org.w3id.apecdekg.review;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;
import org.w3id.apecdekg.vocab.PROV;

/**
 * Reviews as RDF in the reviews graph, and the statements they assert in the curation graph.
 * A review is a {@code dekg:Review} ({@code prov:Activity}):
 * <pre>
 * &lt;id/review/R&gt; a dekg:Review, prov:Activity ;
 *     dekg:verdict &lt;id/review-verdict/rejected&gt; ;  # confirmed | rejected | corrected | added
 *     dekg:reviewedFact &lt;id/fact/F&gt; ;
 *     rdf:subject S ; rdf:predicate P ; rdf:object O ; dekg:factGraph &lt;graph/report/…&gt; ;
 *     dekg:correctedObject O2 ;                    # a correction's new object
 *     dekg:assertedFact &lt;id/fact/F2&gt; ;           # the statement it put in the curation graph
 *     rdfs:comment "why" ; prov:wasAssociatedWith &lt;id/agent/alice&gt; ; prov:endedAtTime "…"^^xsd:dateTime ;
 *     dekg:quote "…" ; prov:used &lt;id/report/…&gt; .  # an added fact's quote and its report
 * </pre>
 */
public final class ReviewRecords {

    public static final Node REVIEWS = NodeFactory.createURI(Ids.GRAPH_REVIEWS);
    public static final Node CURATION = NodeFactory.createURI(Ids.GRAPH_CURATION);

    private static final Node TYPE = RDF.type.asNode();

    private ReviewRecords() {}

    /** Adds a review's record, and the statement it asserts (if any) to the curation graph. */
    public static void write(DatasetGraph dsg, Review r) {
        Node n = NodeFactory.createURI(Ids.review(r.id()));
        add(dsg, n, TYPE, DEKG.Review.asNode());
        add(dsg, n, TYPE, PROV.Activity.asNode());
        add(dsg, n, DEKG.verdict.asNode(), r.verdict().term().asNode());
        add(dsg, n, DEKG.reviewedFact.asNode(), NodeFactory.createURI(Ids.fact(r.factId())));
        add(dsg, n, RDF.subject.asNode(), r.subject());
        add(dsg, n, RDF.predicate.asNode(), r.predicate());
        add(dsg, n, RDF.object.asNode(), r.object());
        add(dsg, n, DEKG.factGraph.asNode(), r.graph());
        if (r.corrected() != null) {
            add(dsg, n, DEKG.correctedObject.asNode(), r.corrected());
        }
        if (r.note() != null && !r.note().isBlank()) {
            add(dsg, n, RDFS.comment.asNode(), NodeFactory.createLiteralString(r.note()));
        }
        Node agent = NodeFactory.createURI(Ids.agent(r.agent()));
        add(dsg, n, PROV.wasAssociatedWith(), agent);
        add(dsg, agent, TYPE, NodeFactory.createURI(PROV.NS + "Agent"));
        add(dsg, agent, RDFS.label.asNode(), NodeFactory.createLiteralString(r.agent()));
        add(dsg, n, PROV.endedAtTime.asNode(), NodeFactory.createLiteralDT(r.at().toString(), XSDDatatype.XSDdateTime));
        if (r.quote() != null && !r.quote().isBlank()) {
            add(dsg, n, DEKG.quote.asNode(), NodeFactory.createLiteralString(r.quote()));
        }
        if (r.quotedReport() != null) {
            add(dsg, n, PROV.used.asNode(), r.quotedReport());
        }
        var asserted = r.asserted();
        if (asserted != null) {
            add(dsg, n, DEKG.assertedFact.asNode(), NodeFactory.createURI(Ids.fact(Ids.factId(asserted.getSubject(),
                    asserted.getPredicate(), asserted.getObject(), CURATION))));
            dsg.add(CURATION, asserted.getSubject(), asserted.getPredicate(), asserted.getObject());
        }
    }

    private static void add(DatasetGraph dsg, Node s, Node p, Node o) {
        dsg.add(REVIEWS, s, p, o);
    }

    /** Every review in the reviews graph (read inside the caller's transaction). */
    public static List<Review> readAll(DatasetGraph dsg) {
        List<Review> out = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        dsg.find(REVIEWS, Node.ANY, TYPE, DEKG.Review.asNode()).forEachRemaining(q -> nodes.add(q.getSubject()));
        for (Node n : nodes) {
            Review r = read(dsg, n);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** The review recorded at {@code n}, or null when its record is incomplete (e.g. edited by hand). */
    static Review read(DatasetGraph dsg, Node n) {
        Node verdict = one(dsg, n, DEKG.verdict.asNode());
        Node fact = one(dsg, n, DEKG.reviewedFact.asNode());
        Node s = one(dsg, n, RDF.subject.asNode());
        Node p = one(dsg, n, RDF.predicate.asNode());
        Node o = one(dsg, n, RDF.object.asNode());
        Node g = one(dsg, n, DEKG.factGraph.asNode());
        Node at = one(dsg, n, PROV.endedAtTime.asNode());
        Verdict v = verdict != null && verdict.isURI() ? Verdict.ofTerm(verdict.getURI()) : null;
        if (v == null || fact == null || !fact.isURI() || s == null || p == null || o == null || g == null || at == null) {
            return null;
        }
        Instant when;
        try {
            when = Instant.parse(at.getLiteralLexicalForm());
        } catch (DateTimeParseException | UnsupportedOperationException e) {
            return null;
        }
        Node agent = one(dsg, n, PROV.wasAssociatedWith());
        String agentName = agent == null ? "" : agent.isURI() ? label(dsg, agent) : agent.toString();
        Node note = one(dsg, n, RDFS.comment.asNode());
        Node quote = one(dsg, n, DEKG.quote.asNode());
        String id = n.getURI().substring(n.getURI().lastIndexOf('/') + 1);
        String factId = fact.getURI().substring(fact.getURI().lastIndexOf('/') + 1);
        return new Review(id, v, factId, s, p, o, g, one(dsg, n, DEKG.correctedObject.asNode()), agentName, when,
                note == null ? null : note.getLiteralLexicalForm(), quote == null ? null : quote.getLiteralLexicalForm(),
                one(dsg, n, PROV.used.asNode()));
    }

    private static String label(DatasetGraph dsg, Node agent) {
        Node l = one(dsg, agent, RDFS.label.asNode());
        if (l != null && l.isLiteral()) {
            return l.getLiteralLexicalForm();
        }
        String iri = agent.getURI();
        return java.net.URLDecoder.decode(iri.substring(iri.lastIndexOf('/') + 1), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Node one(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(REVIEWS, s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    /** The quads of the reviews and curation graphs (for the export). */
    public static List<Quad> quads(DatasetGraph dsg) {
        List<Quad> out = new ArrayList<>();
        dsg.find(REVIEWS, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
        dsg.find(CURATION, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
        return out;
    }
}
