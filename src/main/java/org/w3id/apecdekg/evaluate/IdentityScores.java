package org.w3id.apecdekg.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.apecdekg.ingest.MeetingIdentity;
import org.w3id.apecdekg.report.Extraction;

/**
 * "One IRI per real-world thing, across reports" (issue 19), measured on a whole corpus loaded
 * together: for policies, meetings, people and organisations, how many gold entities got more than
 * one IRI (duplicates) and how many IRIs stand for more than one gold entity (wrong merges).
 *
 * <p>Gold entities are built from the {@code *.expected.tsv} files of every document: a gold
 * mention is one {@code policy} fact (issuer + its names), one {@code meeting} key (forum + key),
 * one person's name ({@code person-role}/{@code person-org} subjects) or one {@code organization}
 * fact (economy + names). Mentions of two documents are the same entity when they have the same
 * issuer / forum / economy and share a name once normalised ({@link Names#normalise}); a person is
 * the normalised name. The optional {@code identities.tsv} beside the manifest adds gold identities
 * the names cannot show (type, then names separated by " | ": the same entity under every one).
 *
 * <p>Extracted entities are mapped to the gold mentions of their own document the way the evaluation
 * matches facts: a policy by issuer and any name ({@link Names#sameName}), a meeting by
 * {@link MeetingKeys}, a person by normalised name (a name whose words are all in one gold name, such
 * as a surname alone, counts for that person), an organisation by economy and any name. An IRI that
 * several documents produce is one IRI.
 *
 * <p>Documents are added in order and each is resolved against those added before it by
 * {@link MeetingIdentity}, as the loader resolves a report against the store, so the figures are
 * those of the corpus loaded into one store in that order.
 */
public final class IdentityScores {

    /** The entity types measured, in print order. */
    public static final List<String> TYPES = List.of("policy", "meeting", "person", "organization");


    /** Counts for one type; details name each duplicate entity and each wrongly merged IRI. */
    public record TypeIdentity(String type, int goldEntities, int found, int iris, int duplicates,
                               int wrongMerges, List<String> duplicateDetails, List<String> wrongMergeDetails) {

        /** Duplicates over gold entities (0 when there are none). */
        public double duplicateRate() {
            return goldEntities == 0 ? 0 : (double) duplicates / goldEntities;
        }
    }

    /** A gold mention: its type, discriminator (issuer, forum, economy or "-"), normalised names, where. */
    private record Mention(String type, String scope, Set<String> names, String label, String document) {}

    private final List<Mention> mentions = new ArrayList<>();
    /** Mention index → the IRIs mapped to it. */
    private final Map<Integer, Set<String>> irisOf = new HashMap<>();
    private final Map<String, List<Set<String>>> identities = new HashMap<>();
    /** IRI → the documents that mapped it to a gold mention. */
    private final Map<String, Set<String>> documentsOf = new HashMap<>();
    private int documents;
    /** The documents added so far, one named graph each, as a store would hold them. */
    private final DatasetGraph loaded = DatasetGraphFactory.createGeneral();
    private MeetingIdentity meetingIdentity = MeetingIdentity.rulesOnly();
    private final List<MeetingIdentity.Merge> merges = new ArrayList<>();

    public IdentityScores() {}

    /** Resolves meetings with {@code identity} (the decisions of a meeting-identities.csv) instead of the rules alone. */
    public IdentityScores resolving(MeetingIdentity identity) {
        this.meetingIdentity = java.util.Objects.requireNonNull(identity, "identity");
        return this;
    }

    /** The meeting merges made while documents were added, in order. */
    public List<MeetingIdentity.Merge> merges() {
        return List.copyOf(merges);
    }

    /** With the gold identities of {@code identities.tsv} in {@code corpusDir}, when there is one. */
    public IdentityScores(Path corpusDir) {
        Path file = corpusDir.resolve("identities.tsv");
        if (!Files.isRegularFile(file)) {
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("type\t")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length < 2 || !TYPES.contains(c[0].strip())) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected type (" + String.join(", ", TYPES)
                        + ") and names separated by ' | '");
            }
            identities.computeIfAbsent(c[0].strip(), k -> new ArrayList<>()).add(normalisedNames(c[1]));
        }
    }

    /** Adds one document: its extraction and its gold facts. */
    public void add(String document, Extraction extracted, List<Fact> expected) {
        documents++;
        MeetingIdentity.Resolved resolved = meetingIdentity.resolve(loaded, extracted);
        merges.addAll(resolved.merges());
        Extraction x = resolved.extraction();
        var graph = NodeFactory.createURI(x.graphIri());
        x.facts().getGraph().find().forEachRemaining(t -> loaded.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        Model m = ModelFactory.createDefaultModel();
        m.add(x.facts());
        m.add(x.metadata());
        policies(document, m, expected);
        meetings(document, x, expected);
        people(document, m, expected);
        organizations(document, m, expected);
    }

    private void policies(String document, Model m, List<Fact> expected) {
        List<Integer> gold = new ArrayList<>();
        for (Fact f : expected) {
            if (f.type().equals("policy")) {
                gold.add(mention("policy", f.subject(), f.alternatives(), document));
            }
        }
        Map<String, String> issuer = new LinkedHashMap<>();
        Map<String, List<String>> labels = new LinkedHashMap<>();
        FactProjector.select(m, "SELECT ?p ?e ?l WHERE { ?p a dekg:Policy ; dekg:issuedBy ?e . OPTIONAL { ?p skos:prefLabel|skos:altLabel ?l } }",
                s -> {
                    String p = s.get("p").asResource().getURI();
                    issuer.put(p, FactProjector.code(s.get("e")));
                    List<String> l = labels.computeIfAbsent(p, k -> new ArrayList<>());
                    if (s.get("l") != null) {
                        l.add(s.get("l").asLiteral().getLexicalForm());
                    }
                });
        for (String p : issuer.keySet()) {
            for (int g : gold) {
                Mention gm = mentions.get(g);
                if (gm.scope().equals(issuer.get(p)) && anySameName(gm, labels.get(p))) {
                    link(g, p);
                }
            }
        }
    }

    /**
     * Meetings: an extracted meeting one of whose labels contains (or is contained in) a gold key takes
     * that key; then {@link MeetingKeys} maps the others (same forum, the same start date first), except
     * that a named event whose name is not the key's is never given a key by its forum alone.
     */
    private void meetings(String document, Extraction x, List<Fact> expected) {
        Map<String, Integer> gold = new LinkedHashMap<>();
        for (Fact f : expected) {
            if (f.type().equals("meeting")) {
                gold.put(f.subject(), mention("meeting", f.object(), List.of(f.subject()), document));
            }
        }
        Map<String, String> dateOf = new HashMap<>();
        expected.stream().filter(f -> f.type().equals("meeting-date")).forEach(f -> dateOf.put(f.subject(), f.object()));
        Map<String, String> keys = new LinkedHashMap<>();
        List<MeetingKeys.ExtractedMeeting> rest = new ArrayList<>();
        Set<String> taken = new LinkedHashSet<>();
        for (MeetingKeys.ExtractedMeeting m : FactProjector.meetings(x)) {
            String byName = gold.keySet().stream().filter(k -> !taken.contains(k))
                    .filter(k -> m.labels().stream().anyMatch(l -> Names.containsEither(l, k))).findFirst().orElse(null);
            if (byName != null) {
                keys.put(m.iri(), byName);
                taken.add(byName);
            } else {
                rest.add(m);
            }
        }
        List<Fact> left = expected.stream().filter(f -> !f.type().startsWith("meeting") || !taken.contains(f.subject())).toList();
        MeetingKeys.of(left, rest).forEach((iri, key) -> {
            MeetingKeys.ExtractedMeeting m = rest.stream().filter(r -> r.iri().equals(iri)).findFirst().orElseThrow();
            boolean sameDate = m.start() != null && m.start().equals(dateOf.get(key));
            if (gold.containsKey(key) && (sameDate || generic(m))) {
                keys.put(iri, key);
            }
        });
        keys.forEach((iri, key) -> link(gold.get(key), iri));
    }

    /** A forum's meeting as the extractor names it when the text gives no name ("DESG meeting 2026-02-04"). */
    private static boolean generic(MeetingKeys.ExtractedMeeting m) {
        return m.labels().isEmpty() || m.labels().stream().anyMatch(l -> l.startsWith(m.forum() + " meeting"));
    }

    private void people(String document, Model m, List<Fact> expected) {
        Map<String, Integer> gold = new LinkedHashMap<>();
        for (Fact f : expected) {
            if (f.type().equals("person-role") || f.type().equals("person-org")) {
                String n = Names.normalise(f.subject());
                if (!n.isEmpty() && !gold.containsKey(n)) {
                    gold.put(n, mention("person", "-", List.of(f.subject()), document));
                }
            }
        }
        FactProjector.select(m, "SELECT DISTINCT ?p ?n WHERE { ?p a foaf:Person ; foaf:name ?n }", s -> {
            String p = s.get("p").asResource().getURI();
            String name = s.get("n").asLiteral().getLexicalForm();
            Integer exact = gold.get(Names.normalise(name));
            if (exact != null) {
                link(exact, p);
                return;
            }
            Set<String> words = words(name);
            if (words.isEmpty()) {
                return;
            }
            for (int g : gold.values()) {
                if (words(mentions.get(g).label()).containsAll(words)) {
                    link(g, p);
                }
            }
        });
    }

    private void organizations(String document, Model m, List<Fact> expected) {
        List<Integer> gold = new ArrayList<>();
        for (Fact f : expected) {
            if (f.type().equals("organization")) {
                gold.add(mention("organization", f.object(),
                        f.alternatives().isEmpty() ? List.of(f.subject()) : f.alternatives(), document));
            }
        }
        Map<String, String> economy = new LinkedHashMap<>();
        Map<String, List<String>> labels = new LinkedHashMap<>();
        FactProjector.select(m, """
                SELECT ?o ?e ?l WHERE { ?o a org:Organization . OPTIONAL { ?o dekg:economy ?e }
                  OPTIONAL { ?o skos:prefLabel|skos:altLabel|rdfs:label ?l } }""", s -> {
            String o = s.get("o").asResource().getURI();
            economy.put(o, s.get("e") == null ? "-" : FactProjector.code(s.get("e")));
            List<String> l = labels.computeIfAbsent(o, k -> new ArrayList<>());
            if (s.get("l") != null) {
                l.add(s.get("l").asLiteral().getLexicalForm());
            }
        });
        // a gold organisation goes to the IRIs bearing exactly its name when there are any, else to those
        // whose name holds or is held in it: "工业和信息化部" is the ministry, not its 中小企业局, when both are found
        for (int g : gold) {
            Mention gm = mentions.get(g);
            List<String> exact = new ArrayList<>();
            List<String> near = new ArrayList<>();
            for (String o : economy.keySet()) {
                if (!gm.scope().equals(economy.get(o))) {
                    continue;
                }
                if (anyExactName(gm, labels.get(o))) {
                    exact.add(o);
                } else if (anySameName(gm, labels.get(o))) {
                    near.add(o);
                }
            }
            for (String o : exact.isEmpty() ? near : exact) {
                link(g, o);
            }
        }
    }

    private static boolean anyExactName(Mention gm, List<String> labels) {
        return labels.stream().map(Names::normalise).anyMatch(gm.names()::contains);
    }

    private void link(int mention, String iri) {
        irisOf.computeIfAbsent(mention, k -> new LinkedHashSet<>()).add(iri);
        documentsOf.computeIfAbsent(iri, k -> new TreeSet<>()).add(mentions.get(mention).document());
    }

    private int mention(String type, String scope, List<String> names, String document) {
        Set<String> n = new LinkedHashSet<>();
        for (String name : names) {
            String k = Names.normalise(name);
            if (!k.isEmpty()) {
                n.add(k);
            }
        }
        mentions.add(new Mention(type, scope, n, names.isEmpty() ? "" : names.get(0), document));
        return mentions.size() - 1;
    }

    private static boolean anySameName(Mention gm, List<String> labels) {
        for (String l : labels) {
            String k = Names.normalise(l);
            for (String g : gm.names()) {
                if (Names.sameName(g, k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words of a Latin-script name, lower case (empty for a Chinese name). */
    private static Set<String> words(String name) {
        Set<String> out = new TreeSet<>();
        for (String w : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && w.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                out.add(w);
            }
        }
        return out;
    }

    private static Set<String> normalisedNames(String names) {
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(names.split("\\|")).map(Names::normalise).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }

    /** The counts per type, gold mentions of all documents grouped into entities first. */
    public Map<String, TypeIdentity> scores() {
        int[] parent = new int[mentions.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstByName = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention mt = mentions.get(i);
            Set<String> names = new LinkedHashSet<>(mt.names());
            for (Set<String> same : identities.getOrDefault(mt.type(), List.of())) {
                if (names.stream().anyMatch(same::contains)) {
                    names.addAll(same);
                }
            }
            for (String n : names) {
                String k = mt.type() + "\t" + mt.scope() + "\t" + n;
                Integer j = firstByName.putIfAbsent(k, i);
                if (j != null) {
                    union(parent, i, j);
                }
            }
        }
        Map<String, TypeIdentity> out = new LinkedHashMap<>();
        for (String type : TYPES) {
            Map<Integer, Set<String>> entityIris = new TreeMap<>();
            Map<Integer, Set<String>> entityLabels = new TreeMap<>();
            for (int i = 0; i < mentions.size(); i++) {
                if (!mentions.get(i).type().equals(type)) {
                    continue;
                }
                int root = find(parent, i);
                entityIris.computeIfAbsent(root, k -> new TreeSet<>()).addAll(irisOf.getOrDefault(i, Set.of()));
                entityLabels.computeIfAbsent(root, k -> new TreeSet<>()).add(mentions.get(i).label()
                        + (mentions.get(i).scope().equals("-") ? "" : " (" + mentions.get(i).scope() + ")"));
            }
            Map<String, Set<Integer>> entitiesOfIri = new TreeMap<>();
            entityIris.forEach((e, iris) -> iris.forEach(iri -> entitiesOfIri.computeIfAbsent(iri, k -> new TreeSet<>()).add(e)));
            List<String> dup = new ArrayList<>();
            int found = 0;
            for (Map.Entry<Integer, Set<String>> e : entityIris.entrySet()) {
                if (!e.getValue().isEmpty()) {
                    found++;
                }
                if (e.getValue().size() > 1) {
                    dup.add(String.join(" = ", entityLabels.get(e.getKey())) + " -> " + String.join(", ",
                            e.getValue().stream().map(iri -> iri + " " + documentsOf.get(iri)).toList()));
                }
            }
            List<String> wrong = new ArrayList<>();
            entitiesOfIri.forEach((iri, es) -> {
                if (es.size() > 1) {
                    List<String> names = es.stream().map(e -> String.join(" = ", entityLabels.get(e))).toList();
                    wrong.add(iri + " " + documentsOf.get(iri) + " -> " + String.join(" / ", names));
                }
            });
            out.put(type, new TypeIdentity(type, entityIris.size(), found, entitiesOfIri.size(), dup.size(), wrong.size(),
                    List.copyOf(dup), List.copyOf(wrong)));
        }
        return out;
    }

    /** A table of the counts; with {@code details}, every duplicate, wrong merge and meeting merge on a line of its own. */
    public String format(String title, boolean details) {
        Map<String, TypeIdentity> s = scores();
        StringBuilder b = new StringBuilder(title).append(" (").append(documents).append(" documents loaded together)\n");
        b.append(String.format(Locale.ROOT, "%-14s %6s %6s %6s %10s %8s %12s%n",
                "type", "gold", "found", "IRIs", "duplicates", "dup-rate", "wrong-merges"));
        for (TypeIdentity t : s.values()) {
            b.append(String.format(Locale.ROOT, "%-14s %6d %6d %6d %10d %8.3f %12d%n", t.type(), t.goldEntities(),
                    t.found(), t.iris(), t.duplicates(), t.duplicateRate(), t.wrongMerges()));
        }
        if (details) {
            for (TypeIdentity t : s.values()) {
                t.duplicateDetails().forEach(d -> b.append("  duplicate ").append(t.type()).append(": ").append(d).append('\n'));
                t.wrongMergeDetails().forEach(d -> b.append("  wrong merge ").append(t.type()).append(": ").append(d).append('\n'));
            }
            merges.forEach(m -> b.append("  merged meeting: <").append(m.minted()).append("> -> <").append(m.iri())
                    .append("> (").append(m.rule()).append(")\n"));
        }
        return b.toString();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

}
