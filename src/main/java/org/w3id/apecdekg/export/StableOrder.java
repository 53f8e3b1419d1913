package org.w3id.apecdekg.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/**
 * A deterministic order of quads: blank nodes are relabelled from their surroundings (three rounds
 * of hashing their neighbourhood, ties broken by the stored label), then quads are sorted by
 * graph, subject, predicate and object in N-Quads form. The same data gives the same sequence.
 */
public final class StableOrder {

    private static final int ROUNDS = 3;

    private StableOrder() {}

    /** Distinct quads, relabelled and sorted. */
    public static List<Quad> sort(Collection<Quad> quads) {
        List<Quad> distinct = new ArrayList<>(new LinkedHashSet<>(quads));
        Map<Node, Node> labels = relabel(distinct);
        List<Quad> out = new ArrayList<>(distinct.size());
        for (Quad q : distinct) {
            out.add(labels.isEmpty() ? q : Quad.create(map(q.getGraph(), labels), map(q.getSubject(), labels),
                    q.getPredicate(), map(q.getObject(), labels)));
        }
        out.sort(Comparator.comparing(StableOrder::key));
        return out;
    }

    private static Map<Node, Node> relabel(List<Quad> quads) {
        Map<Node, List<Quad>> around = new HashMap<>();
        for (Quad q : quads) {
            for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getObject()}) {
                if (n.isBlank()) {
                    around.computeIfAbsent(n, k -> new ArrayList<>()).add(q);
                }
            }
        }
        if (around.isEmpty()) {
            return Map.of();
        }
        Map<Node, String> signature = new HashMap<>();
        around.keySet().forEach(b -> signature.put(b, ""));
        for (int round = 0; round < ROUNDS; round++) {
            Map<Node, String> next = new HashMap<>();
            around.forEach((b, qs) -> {
                List<String> parts = new ArrayList<>();
                for (Quad q : qs) {
                    parts.add(term(q.getGraph(), b, signature) + " " + term(q.getSubject(), b, signature) + " "
                            + term(q.getPredicate(), b, signature) + " " + term(q.getObject(), b, signature));
                }
                parts.sort(null);
                next.put(b, sha256(String.join("\n", parts)));
            });
            signature.putAll(next);
        }
        List<Node> blanks = new ArrayList<>(around.keySet());
        blanks.sort(Comparator.comparing((Node b) -> signature.get(b)).thenComparing(Node::getBlankNodeLabel));
        Map<Node, Node> labels = new HashMap<>();
        for (int i = 0; i < blanks.size(); i++) {
            labels.put(blanks.get(i), NodeFactory.createBlankNode("b" + signature.get(blanks.get(i)).substring(0, 12)
                    + (i > 0 && signature.get(blanks.get(i)).equals(signature.get(blanks.get(i - 1))) ? "x" + i : "")));
        }
        return labels;
    }

    private static String term(Node n, Node self, Map<Node, String> signature) {
        if (n.equals(self)) {
            return "@";
        }
        return n.isBlank() ? "_:" + signature.get(n) : NodeFmtLib.strNT(n);
    }

    private static Node map(Node n, Map<Node, Node> labels) {
        return n.isBlank() ? labels.getOrDefault(n, n) : n;
    }

    static String key(Quad q) {
        String g = q.isDefaultGraph() ? "" : NodeFmtLib.strNT(q.getGraph());
        return g + " " + NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " "
                + NodeFmtLib.strNT(q.getObject());
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
