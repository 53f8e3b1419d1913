package org.w3id.apecdekg.review;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * One statement as one source states it: {@code id} ({@link org.w3id.apecdekg.vocab.Ids#factId}), the
 * statement, the graph it is in and the report that graph was extracted from (null for the curation
 * graph), its evidence, and its latest review (null when unreviewed).
 */
public record Fact(String id, Node subject, Node predicate, Node object, Node graph, Node report,
                   List<EvidenceView> evidence, Review review, Review assertedBy) {

    /** Where one piece of evidence is: its node, quote, locator ("page 3, line 12"), section and line. */
    public record EvidenceView(Node node, String quote, String locator, String section, Integer line) {}

    public Quad quad() {
        return Quad.create(graph, subject, predicate, object);
    }

    /**
     * unreviewed, confirmed, rejected, corrected (the fact as extracted, replaced), added (asserted by an
     * editor), correction (the statement a correction put in its place).
     */
    public String state() {
        if (review != null) {
            return review.verdict().state();
        }
        if (assertedBy != null) {
            return assertedBy.verdict() == Verdict.ADD ? "added" : "correction";
        }
        return "unreviewed";
    }

    /** True when the curated graph counts this statement (as this source states it). */
    public boolean counts() {
        return review == null || !review.verdict().withdraws();
    }
}
