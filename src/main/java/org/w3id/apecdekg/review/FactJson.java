package org.w3id.apecdekg.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.apecdekg.vocab.Ids;

/**
 * Facts, reviews and queue entries as JSON maps. Terms are written as in SPARQL JSON results
 * ({@code {"type":"uri","value":…}}, literals with {@code datatype} or {@code xml:lang}) with a display
 * {@code label} where the store has one (English preferred).
 */
final class FactJson {

    private static final List<Node> LABELS = List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(),
            FOAF.name.asNode(), DCTerms.title.asNode());

    private final DatasetGraph dsg;
    private final Map<Node, String> labels = new HashMap<>();

    FactJson(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    Map<String, Object> fact(Fact f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("iri", Ids.fact(f.id()));
        m.put("subject", term(f.subject()));
        m.put("predicate", term(f.predicate()));
        m.put("object", term(f.object()));
        m.put("graph", f.graph().getURI());
        m.put("report", f.report() == null ? null : f.report().getURI());
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (Fact.EvidenceView e : f.evidence()) {
            Map<String, Object> ev = new LinkedHashMap<>();
            ev.put("iri", e.node().isURI() ? e.node().getURI() : null);
            ev.put("quote", e.quote());
            ev.put("locator", e.locator());
            ev.put("section", e.section());
            ev.put("line", e.line());
            evidence.add(ev);
        }
        m.put("evidence", evidence);
        m.put("state", f.state());
        m.put("counts", f.counts());
        m.put("review", f.review() == null ? null : review(f.review(), false, true));
        m.put("assertedBy", f.assertedBy() == null ? null : f.assertedBy().id());
        return m;
    }

    Map<String, Object> review(Review r, boolean orphaned, boolean current) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("iri", Ids.review(r.id()));
        m.put("verdict", switch (r.verdict()) {
            case CONFIRM -> "confirm";
            case REJECT -> "reject";
            case CORRECT -> "correct";
            case ADD -> "add";
        });
        m.put("fact", r.factId());
        m.put("subject", term(r.subject()));
        m.put("predicate", term(r.predicate()));
        m.put("object", term(r.object()));
        m.put("correctedObject", r.corrected() == null ? null : term(r.corrected()));
        m.put("graph", r.graph().getURI());
        Node report = ReviewService.reportOf(r.graph());
        m.put("report", report == null ? (r.quotedReport() == null ? null : r.quotedReport().getURI()) : report.getURI());
        m.put("by", r.agent());
        m.put("at", r.at().toString());
        m.put("note", r.note());
        m.put("quote", r.quote());
        m.put("orphaned", orphaned);
        m.put("current", current);
        return m;
    }

    Map<String, Object> entry(ReviewQueue.Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.factId());
        m.put("subject", term(e.quad().getSubject()));
        m.put("predicate", term(e.quad().getPredicate()));
        m.put("object", term(e.quad().getObject()));
        m.put("graph", e.quad().getGraph().getURI());
        Node report = ReviewService.reportOf(e.quad().getGraph());
        m.put("report", report == null ? null : report.getURI());
        m.put("reason", e.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        m.put("why", e.reason().text());
        m.put("otherValues", e.otherValues().stream().map(this::term).toList());
        m.put("line", e.line());
        return m;
    }

    Map<String, Object> count(ReviewQueue.ReportCount c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("report", c.report() == null ? null : c.report().getURI());
        m.put("label", c.report() == null ? null : label(c.report()));
        m.put("graph", c.graph().getURI());
        m.put("facts", c.facts());
        m.put("reviewed", c.reviewed());
        return m;
    }

    Map<String, Object> term(Node n) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (n.isURI()) {
            m.put("type", "uri");
            m.put("value", n.getURI());
            String l = label(n);
            if (l != null) {
                m.put("label", l);
            }
        } else if (n.isLiteral()) {
            m.put("type", "literal");
            m.put("value", n.getLiteralLexicalForm());
            if (!n.getLiteralLanguage().isEmpty()) {
                m.put("xml:lang", n.getLiteralLanguage());
            } else if (!n.getLiteralDatatypeURI().equals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDstring.getURI())) {
                m.put("datatype", n.getLiteralDatatypeURI());
            }
        } else {
            m.put("type", "bnode");
            m.put("value", n.toString());
        }
        return m;
    }

    /**
     * Reads the labels of many IRIs with one query (a remote store answers one request instead of one per
     * term); {@link #label} then finds them here.
     */
    FactJson prefetch(java.util.Collection<Node> nodes) {
        List<Node> iris = nodes.stream().filter(Node::isURI).filter(n -> !labels.containsKey(n)).distinct().toList();
        for (int from = 0; from < iris.size(); from += 300) {
            List<Node> chunk = iris.subList(from, Math.min(iris.size(), from + 300));
            StringBuilder q = new StringBuilder("SELECT ?s ?p ?l WHERE { VALUES ?s {");
            chunk.forEach(n -> q.append(' ').append(org.apache.jena.riot.out.NodeFmtLib.strNT(n)));
            q.append(" } VALUES ?p {");
            LABELS.forEach(n -> q.append(' ').append(org.apache.jena.riot.out.NodeFmtLib.strNT(n)));
            q.append(" } ?s ?p ?l FILTER(isLiteral(?l)) }");
            Map<Node, String[]> best = new HashMap<>(); // node -> {label, rank}
            Txn.executeRead(dsg, () -> org.apache.jena.sparql.exec.QueryExec.dataset(dsg).query(q.toString()).select()
                    .forEachRemaining(b -> {
                        Node l = b.get("l");
                        int rank = LABELS.indexOf(b.get("p")) * 2
                                + (l.getLiteralLanguage().isEmpty() || l.getLiteralLanguage().startsWith("en") ? 0 : 1);
                        String[] seen = best.get(b.get("s"));
                        if (seen == null || rank < Integer.parseInt(seen[1])
                                || (rank == Integer.parseInt(seen[1]) && l.getLiteralLexicalForm().compareTo(seen[0]) < 0)) {
                            best.put(b.get("s"), new String[] {l.getLiteralLexicalForm(), String.valueOf(rank)});
                        }
                    }));
            for (Node n : chunk) {
                String[] b = best.get(n);
                labels.put(n, b == null ? NO_LABEL : b[0]);
            }
        }
        return this;
    }

    /** Nodes whose labels a fact's JSON shows. */
    static List<Node> nodesOf(Fact f) {
        List<Node> out = new java.util.ArrayList<>(List.of(f.subject(), f.predicate(), f.object()));
        if (f.report() != null) {
            out.add(f.report());
        }
        return out;
    }

    private static final String NO_LABEL = "\u0000none";

    private String label(Node n) {
        String known = labels.get(n);
        if (known != null) {
            return known.equals(NO_LABEL) ? null : known;
        }
        return lookup(n);
    }

    private String lookup(Node n) {
        return labels.computeIfAbsent(n, k -> Txn.calculateRead(dsg, () -> {
            String any = null;
            for (Node p : LABELS) {
                var it = dsg.find(Node.ANY, k, p, Node.ANY);
                while (it.hasNext()) {
                    Node o = it.next().getObject();
                    if (o.isLiteral()) {
                        if (o.getLiteralLanguage().isEmpty() || o.getLiteralLanguage().startsWith("en")) {
                            return o.getLiteralLexicalForm();
                        }
                        any = any == null ? o.getLiteralLexicalForm() : any;
                    }
                }
                if (any != null) {
                    return any;
                }
            }
            return null;
        }));
    }
}
