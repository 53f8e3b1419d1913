package org.w3id.apecdekg.review;

import java.time.Instant;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;

/**
 * One review record: who ({@code agent}) said what ({@code verdict}) of which fact ({@code factId}: the
 * statement {@code subject predicate object} in {@code graph}), when, and why ({@code note}).
 * {@code corrected} is the new object of a correction; {@code quote} and {@code quotedReport} the optional
 * quote an editor gave for an added fact.
 */
public record Review(String id, Verdict verdict, String factId, Node subject, Node predicate, Node object,
                     Node graph, Node corrected, String agent, Instant at, String note, String quote,
                     Node quotedReport) {

    public Quad quad() {
        return Quad.create(graph, subject, predicate, object);
    }

    public Triple triple() {
        return Triple.create(subject, predicate, object);
    }

    /** The statement this review asserts in the curation graph: the corrected one, or the added one; else null. */
    public Triple asserted() {
        return switch (verdict) {
            case CORRECT -> Triple.create(subject, predicate, corrected);
            case ADD -> triple();
            default -> null;
        };
    }
}
