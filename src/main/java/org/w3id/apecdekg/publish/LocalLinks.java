package org.w3id.apecdekg.publish;

import java.util.Objects;
import org.w3id.apecdekg.vocab.DEKG;

/**
 * Maps published IRIs to the paths this server answers and back: {@code {base}id/...} ↔
 * {@code /id/...}, {@code {base}ontology} and {@code {base}ontology#Term} ↔ {@code /ontology[#Term]}.
 * IRIs elsewhere are left as they are.
 */
public final class LocalLinks {

    private final String base;
    private final String ontologyIri;

    public LocalLinks(String base) {
        this.base = Objects.requireNonNull(base, "base");
        this.ontologyIri = DEKG.NS.substring(0, DEKG.NS.length() - 1);
    }

    String base() { return base; }

    /** The published IRI of a local path such as {@code /id/economy/TW}. */
    String iriOf(String localPath) {
        return base + localPath.substring(1);
    }

    /** The IRI of the ontology document, {@code https://w3id.org/apec-dekg/ontology}. */
    String ontologyIri() { return ontologyIri; }

    /** The local href of an IRI this server describes, or the IRI itself. */
    public String href(String iri) {
        if (iri.startsWith(base + "id/")) {
            return "/" + iri.substring(base.length());
        }
        if (iri.startsWith(DEKG.NS)) {
            return "/ontology#" + iri.substring(DEKG.NS.length());
        }
        if (iri.equals(ontologyIri)) {
            return "/ontology";
        }
        return iri;
    }

    /** True when {@link #href} points into this server. */
    boolean isLocal(String iri) {
        return !href(iri).equals(iri);
    }
}
