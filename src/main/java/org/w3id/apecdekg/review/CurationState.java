package org.w3id.apecdekg.review;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * What the reviews mean for the store at one version: the latest review of each fact, the statements
 * withdrawn (rejected or corrected) in the graph that states them, the triples the curated default graph
 * leaves out (withdrawn in every graph that states them), and the reviews whose fact is gone.
 */
public record CurationState(long version, List<Review> reviews, Map<String, Review> latest, Set<Quad> withdrawn,
                            Set<Triple> hidden, Set<String> orphaned) {

    static final CurationState EMPTY = new CurationState(-1, List.of(), Map.of(), Set.of(), Set.of(), Set.of());

    /** Reads the reviews and works out their effect (inside the caller's read transaction). */
    static CurationState compute(DatasetGraph dsg, long version) {
        List<Review> reviews = ReviewRecords.readAll(dsg);
        if (reviews.isEmpty()) {
            return new CurationState(version, List.of(), Map.of(), Set.of(), Set.of(), Set.of());
        }
        reviews.sort(Comparator.comparing(Review::at).thenComparing(Review::id));
        Map<String, Review> latest = new HashMap<>();
        for (Review r : reviews) {
            latest.put(r.factId(), r);
        }
        Set<Quad> withdrawn = new HashSet<>();
        Set<String> orphaned = new HashSet<>();
        for (Review r : latest.values()) {
            boolean present = dsg.contains(r.quad());
            if (!present) {
                orphaned.add(r.id());
            } else if (r.verdict().withdraws()) {
                withdrawn.add(r.quad());
            }
        }
        // a review that is not the latest of its fact keeps its fact's orphan state for the listing
        for (Review r : reviews) {
            if (!latest.get(r.factId()).id().equals(r.id()) && !dsg.contains(r.quad())) {
                orphaned.add(r.id());
            }
        }
        Set<Triple> hidden = new HashSet<>();
        for (Quad q : withdrawn) {
            Triple t = q.asTriple();
            if (hidden.contains(t)) {
                continue;
            }
            boolean elsewhere = false;
            var it = dsg.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
            while (it.hasNext()) {
                Quad other = it.next();
                if (!withdrawn.contains(other)) {
                    elsewhere = true;
                    break;
                }
            }
            org.apache.jena.atlas.iterator.Iter.close(it);
            if (!elsewhere) {
                hidden.add(t);
            }
        }
        return new CurationState(version, List.copyOf(reviews), Collections.unmodifiableMap(latest),
                Collections.unmodifiableSet(withdrawn), Collections.unmodifiableSet(hidden),
                Collections.unmodifiableSet(orphaned));
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
