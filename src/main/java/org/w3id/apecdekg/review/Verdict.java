package org.w3id.apecdekg.review;

import java.util.Locale;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.w3id.apecdekg.vocab.Ids;

/** What a review says of a fact; {@code ADD} is the review that asserts a fact the extractor missed. */
public enum Verdict {
    CONFIRM("confirmed"),
    REJECT("rejected"),
    CORRECT("corrected"),
    ADD("added");

    private final Resource term;
    private final String state;

    /** The verdict's concept in the reference data: {@code id/review-verdict/{state}} ({@code dekg:ReviewVerdict}). */
    Verdict(String state) {
        this.term = ResourceFactory.createResource(Ids.ID + "review-verdict/" + state);
        this.state = state;
    }

    public Resource term() {
        return term;
    }

    /** The fact's review state after this verdict: confirmed, rejected, corrected, added. */
    public String state() {
        return state;
    }

    /** True when the fact reviewed no longer counts in the curated graph. */
    public boolean withdraws() {
        return this == REJECT || this == CORRECT;
    }

    /** The verdict named in an API request ({@code confirm}, {@code reject}, {@code correct}); null if none. */
    public static Verdict ofRequest(String name) {
        if (name == null) {
            return null;
        }
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "confirm" -> CONFIRM;
            case "reject" -> REJECT;
            case "correct" -> CORRECT;
            default -> null;
        };
    }

    public static Verdict ofTerm(String iri) {
        for (Verdict v : values()) {
            if (v.term.getURI().equals(iri)) {
                return v;
            }
        }
        return null;
    }
}
