package org.w3id.apecdekg.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.apecdekg.review.CurationState;
import org.w3id.apecdekg.vocab.DEKG;

/**
 * What the server says about one IRI, read with index lookups ({@code find}) in one read
 * transaction: the quads with it as subject in every graph, the {@code dekg:Evidence} nodes about
 * it (and their quads, with their Web Annotation selectors), the quads pointing at it ("referenced by"), and display labels of every
 * IRI involved. {@link #rdf()} is the entity's RDF: its description plus its evidence.
 */
record EntityDescription(Node iri, List<Quad> about, List<Quad> evidence, List<Quad> inbound, int inboundTotal,
                         Map<Node, Labels> labels) {

    static final int MAX_INBOUND = 500;

    private static final Node RDF_SUBJECT = RDF.subject.asNode();
    private static final Node RDF_OBJECT = RDF.object.asNode();
    private static final Node EVIDENCE = DEKG.Evidence.asNode();
    private static final Node HAS_SELECTOR = org.w3id.apecdekg.vocab.OA.hasSelector.asNode();
    private static final List<Node> LABEL_PROPERTIES = List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(),
            org.apache.jena.sparql.vocabulary.FOAF.name.asNode(), DCTerms.title.asNode());

    /** Display labels of an IRI: by language tag ("" for none). */
    record Labels(Map<String, String> byLanguage) {
        String best(String... languages) {
            for (String lang : languages) {
                String v = byLanguage.get(lang);
                if (v != null) {
                    return v;
                }
            }
            return byLanguage.isEmpty() ? null : byLanguage.values().iterator().next();
        }
    }

    boolean exists() {
        return !about.isEmpty();
    }

    /** The entity's RDF: description and evidence. */
    List<Quad> rdf() {
        List<Quad> all = new ArrayList<>(about);
        all.addAll(evidence);
        return all;
    }

    /** The evidence nodes in the evidence quads. */
    Map<Node, List<Quad>> evidenceNodes() {
        Map<Node, List<Quad>> byNode = new HashMap<>();
        evidence.forEach(q -> byNode.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(q));
        return byNode;
    }

    static EntityDescription of(DatasetGraph dsg, Node iri, CurationState curation) {
        return of(dsg, iri, true, curation);
    }

    /**
     * {@code withInbound} false skips the "referenced by" lookup (ontology terms have thousands). Statements
     * withdrawn by reviews ({@code curation}) are left out, with their evidence: the page shows the curated graph.
     */
    static EntityDescription of(DatasetGraph dsg, Node iri, boolean withInbound, CurationState curation) {
        return Txn.calculateRead(dsg, () -> {
            List<Quad> about = new ArrayList<>(Iter.toList(dsg.find(Node.ANY, iri, Node.ANY, Node.ANY)));
            about.removeIf(curation::isWithdrawn);
            List<Quad> evidence = new ArrayList<>();
            if (!about.isEmpty()) {
                for (Quad link : Iter.toList(dsg.find(Node.ANY, Node.ANY, RDF_SUBJECT, iri))) {
                    Node e = link.getSubject();
                    if (dsg.contains(link.getGraph(), e, RDF.type.asNode(), EVIDENCE)) {
                        List<Quad> ofEvidence = Iter.toList(dsg.find(link.getGraph(), e, Node.ANY, Node.ANY));
                        if (withdrawn(curation, link.getGraph(), iri, ofEvidence)) {
                            continue;
                        }
                        evidence.addAll(ofEvidence);
                        for (Quad q : ofEvidence) {
                            if (q.getPredicate().equals(HAS_SELECTOR) && q.getObject().isURI()) {
                                evidence.addAll(Iter.toList(dsg.find(link.getGraph(), q.getObject(), Node.ANY, Node.ANY)));
                            }
                        }
                    }
                }
            }
            List<Quad> inbound = new ArrayList<>();
            int total = 0;
            var it = withInbound ? dsg.find(Node.ANY, Node.ANY, Node.ANY, iri)
                    : java.util.Collections.<Quad>emptyIterator();
            while (it.hasNext()) {
                Quad q = it.next();
                if (q.getPredicate().equals(RDF_OBJECT) || q.getPredicate().equals(RDF_SUBJECT)
                        || curation.isWithdrawn(q)) {
                    continue;
                }
                total++;
                if (inbound.size() < MAX_INBOUND) {
                    inbound.add(q);
                }
            }
            Set<Node> named = new LinkedHashSet<>();
            named.add(iri);
            for (Quad q : about) {
                named.add(q.getPredicate());
                named.add(q.getObject());
            }
            for (Quad q : evidence) {
                named.add(q.getObject());
            }
            for (Quad q : inbound) {
                named.add(q.getSubject());
                named.add(q.getPredicate());
            }
            Map<Node, Labels> labels = new HashMap<>();
            for (Node n : named) {
                if (n.isURI()) {
                    Labels l = labelsOf(dsg, n);
                    if (!l.byLanguage().isEmpty()) {
                        labels.put(n, l);
                    }
                }
            }
            return new EntityDescription(iri, about, evidence, inbound, total, labels);
        });
    }

    /** True when the statement an evidence node is about is withdrawn by a review. */
    private static boolean withdrawn(CurationState curation, Node graph, Node subject, List<Quad> ofEvidence) {
        if (curation.withdrawn().isEmpty()) {
            return false;
        }
        Node p = null;
        Node o = null;
        for (Quad q : ofEvidence) {
            if (q.getPredicate().equals(RDF.predicate.asNode())) {
                p = q.getObject();
            } else if (q.getPredicate().equals(RDF_OBJECT)) {
                o = q.getObject();
            }
        }
        return p != null && o != null && curation.isWithdrawn(Quad.create(graph, subject, p, o));
    }

    private static Labels labelsOf(DatasetGraph dsg, Node n) {
        Map<String, String> byLang = new java.util.TreeMap<>();
        for (Node p : LABEL_PROPERTIES) {
            dsg.find(Node.ANY, n, p, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral()) {
                    byLang.putIfAbsent(q.getObject().getLiteralLanguage(), q.getObject().getLiteralLexicalForm());
                }
            });
            if (!byLang.isEmpty()) {
                break;
            }
        }
        return new Labels(byLang);
    }
}
