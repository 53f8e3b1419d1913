package org.w3id.apecdekg.imports;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.apecdekg.vocab.DEKG;

/**
 * Names of reference entities: economies, fora, funding sources and project statuses, found by
 * {@code skos:notation}, {@code skos:prefLabel} or {@code skos:altLabel}, ignoring case, spacing and
 * punctuation; {@code "Digital Economy Steering Group (DESG)"} also matches by the part in parentheses.
 */
final class ReferenceIndex {

    private static final Pattern PARENTHESISED = Pattern.compile("^(.*?)\\s*[(（]([^()（）]+)[)）]\\s*$");

    /** Status names of the APEC project database and their {@code skos:notation} in our scheme. */
    private static final Map<String, String> STATUS_ALIASES = Map.of(
            "implementation", "ongoing", "active", "ongoing", "in progress", "ongoing",
            "project completed", "completed", "closed", "completed",
            "concept note", "proposed", "new proposal", "proposed");

    private final Map<String, Node> economies;
    private final Map<String, Node> fora;
    private final Map<String, Node> funding;
    private final Map<String, Node> statuses;
    private final Set<String> forumNotations;

    private ReferenceIndex(Graph reference) {
        this.economies = index(reference, DEKG.Economy.asNode());
        this.fora = index(reference, DEKG.Forum.asNode());
        this.funding = index(reference, DEKG.FundingSource.asNode());
        this.statuses = index(reference, DEKG.ProjectStatus.asNode());
        STATUS_ALIASES.forEach((alias, notation) -> {
            Node status = statuses.get(key(notation));
            if (status != null) {
                statuses.putIfAbsent(key(alias), status);
            }
        });
        this.forumNotations = new TreeSet<>();
        reference.find(Node.ANY, RDF.type.asNode(), DEKG.Forum.asNode()).forEachRemaining(t ->
                reference.find(t.getSubject(), SKOS.notation.asNode(), Node.ANY)
                        .forEachRemaining(n -> forumNotations.add(n.getObject().getLiteralLexicalForm())));
        // The register of project-number codes (TEL → TELWG, SME → SMEWG): data/reference/project-number-forums.ttl.
        reference.find(Node.ANY, RDF.type.asNode(), DEKG.ProjectNumberCode.asNode()).forEachRemaining(t -> {
            if (reference.find(t.getSubject(), DEKG.designatesForum.asNode(), Node.ANY).hasNext()) {
                reference.find(t.getSubject(), SKOS.notation.asNode(), Node.ANY).forEachRemaining(n -> {
                    if (n.getObject().isLiteral()) {
                        forumNotations.add(n.getObject().getLiteralLexicalForm().strip());
                    }
                });
            }
        });
    }

    static ReferenceIndex of(Graph reference) {
        return new ReferenceIndex(reference);
    }

    Optional<Node> economy(String name)       { return find(economies, name); }
    Optional<Node> forum(String name)         { return find(fora, name); }
    Optional<Node> fundingSource(String name) { return find(funding, name); }
    Optional<Node> status(String name)        { return find(statuses, name); }

    /**
     * The forum codes allowed in project numbers: acronyms of the APEC fora ({@code DESG}) and the
     * registered project-number codes ({@code TEL}, {@code SME}).
     */
    Set<String> forumNotations() { return forumNotations; }

    private static Optional<Node> find(Map<String, Node> index, String name) {
        Node hit = index.get(key(name));
        if (hit == null) {
            Matcher m = PARENTHESISED.matcher(name.strip());
            if (m.matches()) {
                hit = index.getOrDefault(key(m.group(2)), index.get(key(m.group(1))));
            }
        }
        return Optional.ofNullable(hit);
    }

    private static Map<String, Node> index(Graph g, Node type) {
        Map<String, Node> index = new HashMap<>();
        g.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
            Node s = t.getSubject();
            for (Node p : new Node[] {SKOS.notation.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode()}) {
                g.find(s, p, Node.ANY).forEachRemaining(l -> {
                    if (l.getObject().isLiteral()) {
                        index.putIfAbsent(key(l.getObject().getLiteralLexicalForm()), s);
                    }
                });
            }
        });
        return index;
    }

    static String key(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        if (n.startsWith("the ")) {
            n = n.substring(4);
        }
        return n.replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
