package org.w3id.apecdekg.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * Statements indexed by subject, predicate and object, so that a query pattern is checked against them by
 * lookup instead of a scan: which of them a pattern (its variables match anything) could match.
 */
record StatementIndex(Collection<Quad> all, Map<Node, List<Quad>> bySubject, Map<Node, List<Quad>> byPredicate,
                      Map<Node, List<Quad>> byObject) {

    static StatementIndex of(Collection<Quad> statements) {
        Map<Node, List<Quad>> s = new HashMap<>();
        Map<Node, List<Quad>> p = new HashMap<>();
        Map<Node, List<Quad>> o = new HashMap<>();
        for (Quad q : statements) {
            s.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(q);
            p.computeIfAbsent(q.getPredicate(), k -> new ArrayList<>()).add(q);
            o.computeIfAbsent(q.getObject(), k -> new ArrayList<>()).add(q);
        }
        return new StatementIndex(List.copyOf(statements), s, p, o);
    }

    /** The statements the pattern could match; {@code g} is {@link Node#ANY} or a variable to match any graph. */
    List<Quad> matching(Node g, Node s, Node p, Node o) {
        if (all.isEmpty()) {
            return List.of();
        }
        Collection<Quad> base = s.isConcrete() ? bySubject.getOrDefault(s, List.of())
                : o.isConcrete() ? byObject.getOrDefault(o, List.of())
                : p.isConcrete() ? byPredicate.getOrDefault(p, List.of()) : all;
        List<Quad> out = new ArrayList<>();
        for (Quad q : base) {
            if (fits(g, q.getGraph()) && fits(s, q.getSubject()) && fits(p, q.getPredicate()) && fits(o, q.getObject())) {
                out.add(q);
            }
        }
        return out;
    }

    private static boolean fits(Node patternTerm, Node value) {
        return !patternTerm.isConcrete() || patternTerm.equals(value);
    }
}
