package org.w3id.apecdekg.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.core.Quad;

/**
 * What the reviews mean for the store at one version: the latest review of each fact, the statements
 * withdrawn (rejected or corrected) in the graph that states them, the triples the curated default graph
 * leaves out (withdrawn in every graph that states them), and the reviews whose fact is gone.
 */
public record CurationState(long version, List<Review> reviews, Map<String, Review> latest, Set<Quad> withdrawn,
                            Set<Triple> hidden, Set<String> orphaned, StatementIndex hiddenIndex,
                            StatementIndex withdrawnIndex) {

    /** A state with its index built from {@code hidden} and {@code withdrawn}. */
    public CurationState(long version, List<Review> reviews, Map<String, Review> latest, Set<Quad> withdrawn,
                         Set<Triple> hidden, Set<String> orphaned) {
        this(version, reviews, latest, withdrawn, hidden, orphaned,
                StatementIndex.of(hidden.stream().map(t -> Quad.create(Quad.defaultGraphIRI, t)).toList()),
                StatementIndex.of(withdrawn));
    }

    static final CurationState EMPTY = new CurationState(-1, List.of(), Map.of(), Set.of(), Set.of(), Set.of());

    /**
     * Reads the reviews and works out their effect (inside the caller's read transaction): the reviews
     * graph is read in one pass and the graphs stating the reviewed statements with one query per 200
     * statements, so a remote store answers a handful of requests, not one per review.
     */
    static CurationState compute(DatasetGraph dsg, long version) {
        DatasetGraph records = DatasetGraphFactory.create();
        dsg.find(ReviewRecords.REVIEWS, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(records::add);
        List<Review> reviews = ReviewRecords.readAll(records);
        if (reviews.isEmpty()) {
            return new CurationState(version, List.of(), Map.of(), Set.of(), Set.of(), Set.of());
        }
        reviews.sort(Comparator.comparing(Review::at).thenComparing(Review::id));
        Map<String, Review> latest = new HashMap<>();
        for (Review r : reviews) {
            latest.put(r.factId(), r);
        }
        Map<Triple, Set<Node>> holders = holders(dsg, reviews.stream().map(Review::triple).distinct().toList());
        Set<Quad> withdrawn = new HashSet<>();
        Set<String> orphaned = new HashSet<>();
        for (Review r : reviews) {
            boolean present = holders.getOrDefault(r.triple(), Set.of()).contains(r.graph());
            if (!present) {
                orphaned.add(r.id());
            } else if (latest.get(r.factId()) == r && r.verdict().withdraws()) {
                withdrawn.add(r.quad());
            }
        }
        Set<Triple> hidden = new HashSet<>();
        for (Quad q : withdrawn) {
            Triple t = q.asTriple();
            boolean elsewhere = holders.getOrDefault(t, Set.of()).stream()
                    .anyMatch(g -> !withdrawn.contains(Quad.create(g, t)));
            if (!elsewhere) {
                hidden.add(t);
            }
        }
        return new CurationState(version, List.copyOf(reviews), Collections.unmodifiableMap(latest),
                Collections.unmodifiableSet(withdrawn), Collections.unmodifiableSet(hidden),
                Collections.unmodifiableSet(orphaned));
    }

    /** For each statement, the named graphs that state it: one SPARQL query per 200 statements. */
    private static Map<Triple, Set<Node>> holders(DatasetGraph dsg, List<Triple> triples) {
        Map<Triple, Set<Node>> out = new HashMap<>();
        Var g = Var.alloc("g");
        Var s = Var.alloc("s");
        Var p = Var.alloc("p");
        Var o = Var.alloc("o");
        for (int from = 0; from < triples.size(); from += 200) {
            List<Triple> chunk = triples.subList(from, Math.min(triples.size(), from + 200));
            List<Binding> rows = new ArrayList<>();
            for (Triple t : chunk) {
                rows.add(BindingFactory.binding(s, t.getSubject(), p, t.getPredicate(), o, t.getObject()));
            }
            ElementGroup where = new ElementGroup();
            where.addElement(new ElementData(List.of(s, p, o), rows));
            ElementPathBlock block = new ElementPathBlock();
            block.addTriple(Triple.create(s, p, o));
            where.addElement(new ElementNamedGraph(g, block));
            Query query = new Query();
            query.setQuerySelectType();
            query.addResultVar(g);
            query.addResultVar(s);
            query.addResultVar(p);
            query.addResultVar(o);
            query.setQueryPattern(where);
            QueryExec.dataset(dsg).query(query).select().forEachRemaining(b -> out
                    .computeIfAbsent(Triple.create(b.get(s), b.get(p), b.get(o)), k -> new HashSet<>()).add(b.get(g)));
        }
        return out;
    }

    /**
     * The hidden triples a triple pattern could match (as quads of the default graph): what
     * {@link CuratedQuery} needs to decide whether a pattern needs a filter.
     */
    List<Quad> hiddenMatching(Node s, Node p, Node o) {
        return hiddenIndex.matching(Node.ANY, s, p, o);
    }

    /** The withdrawn statements a quad pattern could match. */
    List<Quad> withdrawnMatching(Node g, Node s, Node p, Node o) {
        return withdrawnIndex.matching(g, s, p, o);
    }

    /** True when the statement, as {@code graph} states it, is withdrawn by a review. */
    public boolean isWithdrawn(Quad q) {
        return !withdrawn.isEmpty() && withdrawn.contains(q);
    }

    /** True when the curated default graph leaves this triple out. */
    public boolean isHidden(Triple t) {
        return !hidden.isEmpty() && hidden.contains(t);
    }

    /** The latest review of a fact, or null. */
    public Review reviewOf(String factId) {
        return latest.get(factId);
    }
}
