package org.w3id.apecdekg.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.apecdekg.report.Extraction;
import org.w3id.apecdekg.report.ExtractionWarning;
import org.w3id.apecdekg.report.lexicon.CsvFile;
import org.w3id.apecdekg.report.text.Hashes;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;
import org.w3id.apecdekg.vocab.PROV;

/**
 * One meeting IRI when several reports describe the same forum meeting (issue 19). Reports are
 * extracted one by one, each minting its forum meetings as {@code id/event/{forum}-{start date}};
 * before a report's graph is written, its forum meetings are compared with the forum meetings the
 * other report graphs of the store already hold:
 * <ol>
 * <li>a {@code same} row of {@code meeting-identities.csv} naming the minted key and the existing
 * meeting (or a key merged into it) — rule {@code meeting-identities};</li>
 * <li>else the same forum and a shared {@code dekg:meetingNumber} ("71", "SOM1 2025") — rule
 * {@code meeting-number};</li>
 * <li>else the same forum and overlapping date spans ({@code dekg:startDate}..{@code dekg:endDate}),
 * unless both give a number of the same kind and the numbers differ — rule {@code overlapping-dates}.</li>
 * </ol>
 * The first rule that finds candidates decides: exactly one candidate, and the report's meeting takes
 * its IRI (as subject and object, in evidence {@code rdf:subject}/{@code rdf:object} with the
 * evidence's {@code dekg:fact} recomputed, and in the report's metadata); the report's graph then
 * states {@code dekg:mintedAs} (the IRI it minted on its own) and {@code dekg:identityRule}. Several
 * candidates: no merge, an {@code ambiguous-meeting} extraction issue. Meetings of different fora are
 * never merged, and a {@code distinct} row of {@code meeting-identities.csv} keeps two keys apart.
 * Only forum meetings take part (named events keep their own IRIs).
 */
public final class MeetingIdentity {

    /** The file of decisions a person made, in the dictionaries folder. */
    public static final String FILE = "meeting-identities.csv";

    public static final String RULE_FILE = "meeting-identities";
    public static final String RULE_NUMBER = "meeting-number";
    public static final String RULE_DATES = "overlapping-dates";
    public static final String ISSUE_AMBIGUOUS = "ambiguous-meeting";

    private static final String REPORT_GRAPHS = Ids.GRAPH + "report/";
    private static final Pattern DATED = Pattern.compile("-\\d{4}-\\d{2}-\\d{2}$");

    /** A row of meeting-identities.csv: two meeting keys, the same meeting or distinct ones. */
    public record Decision(String a, String b, boolean same) {
        boolean pairs(Set<String> left, Set<String> right) {
            return left.contains(a) && right.contains(b) || left.contains(b) && right.contains(a);
        }
    }

    /** A meeting of the report that took another IRI, and why. */
    public record Merge(String minted, String iri, String rule) {}

    /** A report's extraction after resolution, with the merges made and the warnings they raised. */
    public record Resolved(Extraction extraction, List<Merge> merges, List<ExtractionWarning> warnings) {}

    private final List<Decision> decisions;

    private MeetingIdentity(List<Decision> decisions) {
        this.decisions = List.copyOf(decisions);
    }

    /** No decisions: the rules alone. */
    public static MeetingIdentity rulesOnly() {
        return new MeetingIdentity(List.of());
    }

    /** The rules with the decisions of {@code file} (a missing file has none). */
    public static MeetingIdentity load(Path file) {
        List<Decision> out = new ArrayList<>();
        int row = 1;
        for (Map<String, String> r : CsvFile.read(file)) {
            row++;
            String a = key(r.getOrDefault("meeting", ""));
            String b = key(r.getOrDefault("other", ""));
            String d = r.getOrDefault("decision", "").toLowerCase(Locale.ROOT);
            if (a.isEmpty() || b.isEmpty() || !(d.equals("same") || d.equals("distinct"))) {
                throw new IllegalArgumentException(file + ": row " + row
                        + ": expected meeting, other (meeting keys such as telwg-2025-05-11) and decision (same or distinct)");
            }
            out.add(new Decision(a, b, d.equals("same")));
        }
        return new MeetingIdentity(out);
    }

    /** The decisions read, in file order. */
    public List<Decision> decisions() {
        return decisions;
    }

    /** A meeting key: the part of an event IRI after {@code id/event/}, or the text as given (lower case). */
    public static String key(String iriOrKey) {
        String k = iriOrKey.strip();
        if (k.startsWith(Ids.event(""))) {
            k = k.substring(Ids.event("").length());
        }
        return k.toLowerCase(Locale.ROOT);
    }

    /** What is known of a forum meeting: its forum, date spans, numbers and the keys it was minted under. */
    private static final class Known {
        final String iri;
        final Set<String> forums = new LinkedHashSet<>();
        final List<LocalDate[]> spans = new ArrayList<>();
        final Set<String> numbers = new LinkedHashSet<>();
        final Set<String> keys = new LinkedHashSet<>();

        Known(String iri) {
            this.iri = iri;
            keys.add(key(iri));
        }
    }

    /**
     * Resolves the forum meetings of {@code x} against the report graphs of {@code dsg} other than
     * {@code x}'s own (call inside the transaction that writes {@code x}, before writing it).
     */
    public Resolved resolve(DatasetGraph dsg, Extraction x) {
        Map<String, Known> fresh = forumMeetings(x.facts().getGraph(), null);
        if (fresh.isEmpty()) {
            return new Resolved(x, List.of(), List.of());
        }
        Map<String, Known> stored = stored(dsg, x.graphIri());
        Map<Node, Node> rewrite = new LinkedHashMap<>();
        List<Merge> merges = new ArrayList<>();
        List<String[]> ambiguous = new ArrayList<>();
        for (Known n : fresh.values()) {
            if (stored.containsKey(n.iri)) {
                continue; // another report minted the same IRI: already one meeting
            }
            List<Known> sameForum = stored.values().stream()
                    .filter(e -> e.forums.equals(n.forums))
                    .filter(e -> decisions.stream().noneMatch(d -> !d.same() && d.pairs(n.keys, e.keys)))
                    .toList();
            String rule = RULE_FILE;
            List<Known> found = sameForum.stream()
                    .filter(e -> decisions.stream().anyMatch(d -> d.same() && d.pairs(n.keys, e.keys))).toList();
            if (found.isEmpty()) {
                rule = RULE_NUMBER;
                found = sameForum.stream().filter(e -> e.numbers.stream().anyMatch(n.numbers::contains)).toList();
            }
            if (found.isEmpty()) {
                rule = RULE_DATES;
                found = sameForum.stream().filter(e -> overlap(n.spans, e.spans) && !differentNumbers(n.numbers, e.numbers))
                        .toList();
            }
            if (found.size() == 1) {
                Known e = found.get(0);
                rewrite.put(NodeFactory.createURI(n.iri), NodeFactory.createURI(e.iri));
                merges.add(new Merge(n.iri, e.iri, rule));
            } else if (found.size() > 1) {
                ambiguous.add(new String[] {n.iri, rule, String.join(", ", found.stream().map(k -> "<" + k.iri + ">").toList())});
            }
        }
        if (merges.isEmpty() && ambiguous.isEmpty()) {
            return new Resolved(x, List.of(), List.of());
        }
        Node graph = NodeFactory.createURI(x.graphIri());
        Model facts = rewritten(x.facts(), rewrite, graph);
        Model metadata = rewritten(x.metadata(), rewrite, graph);
        for (Merge m : merges) {
            Resource meeting = facts.createResource(m.iri());
            meeting.addProperty(DEKG.mintedAs, facts.createResource(m.minted()));
            meeting.addProperty(DEKG.identityRule, m.rule());
        }
        List<ExtractionWarning> warnings = new ArrayList<>();
        for (String[] a : ambiguous) {
            String message = "meeting <" + a[0] + "> matches " + a[2] + " by rule " + a[1]
                    + "; not merged (decide in " + FILE + ")";
            Resource issue = facts.createResource(Ids.ID + "issue/" + slug(x) + "-"
                    + Hashes.prefix(ISSUE_AMBIGUOUS + "|" + a[0], 16));
            issue.addProperty(RDF.type, DEKG.ExtractionIssue);
            issue.addProperty(DEKG.issueKind, ISSUE_AMBIGUOUS);
            issue.addProperty(DEKG.mentionText, key(a[0]));
            issue.addProperty(RDFS.comment, message);
            issue.addProperty(PROV.wasDerivedFrom, facts.createResource(x.reportIri()));
            warnings.add(new ExtractionWarning(0, ISSUE_AMBIGUOUS, key(a[0]), message));
        }
        List<ExtractionWarning> all = new ArrayList<>(x.warnings());
        all.addAll(warnings);
        return new Resolved(new Extraction(x.reportIri(), x.graphIri(), facts, metadata, List.copyOf(all)),
                List.copyOf(merges), List.copyOf(warnings));
    }

    private static String slug(Extraction x) {
        return x.graphIri().substring(x.graphIri().lastIndexOf('/') + 1);
    }

    /** The forum meetings of the report graphs of {@code dsg} other than {@code own}, by IRI. */
    private static Map<String, Known> stored(DatasetGraph dsg, String own) {
        Map<String, Known> out = new LinkedHashMap<>();
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), DEKG.Meeting.asNode());
        Set<Node> graphs = new LinkedHashSet<>();
        while (it.hasNext()) {
            Node g = it.next().getGraph();
            if (g.isURI() && g.getURI().startsWith(REPORT_GRAPHS) && !g.getURI().equals(own)) {
                graphs.add(g);
            }
        }
        for (Node g : graphs) {
            forumMeetings(dsg.getGraph(g), out);
        }
        return out;
    }

    /** The forum meetings (typed, with a forum, minted as {forum}-{date} or …-{forum}) of a graph, added to {@code into}. */
    private static Map<String, Known> forumMeetings(org.apache.jena.graph.Graph g, Map<String, Known> into) {
        Map<String, Known> out = into == null ? new LinkedHashMap<>() : into;
        for (Triple t : g.find(Node.ANY, RDF.type.asNode(), DEKG.Meeting.asNode()).toList()) {
            Node s = t.getSubject();
            if (!s.isURI() || !s.getURI().startsWith(Ids.event(""))) {
                continue;
            }
            List<String> forums = g.find(s, DEKG.forum.asNode(), Node.ANY).mapWith(Triple::getObject)
                    .filterKeep(Node::isURI).mapWith(Node::getURI).toList();
            if (forums.size() != 1 || !forumMeeting(s.getURI(), forums.get(0))) {
                continue;
            }
            Known k = out.computeIfAbsent(s.getURI(), Known::new);
            k.forums.add(forums.get(0));
            LocalDate start = date(g, s, DEKG.startDate.asNode());
            LocalDate end = date(g, s, DEKG.endDate.asNode());
            if (start != null) {
                k.spans.add(new LocalDate[] {start, end != null && !end.isBefore(start) ? end : start});
            }
            g.find(s, DEKG.meetingNumber.asNode(), Node.ANY).forEachRemaining(n -> {
                if (n.getObject().isLiteral()) {
                    k.numbers.add(n.getObject().getLiteralLexicalForm());
                }
            });
            g.find(s, DEKG.mintedAs.asNode(), Node.ANY).forEachRemaining(n -> {
                if (n.getObject().isURI()) {
                    k.keys.add(key(n.getObject().getURI()));
                }
            });
        }
        return out;
    }

    /** True for the IRIs the extractor mints for a forum's meeting: {forum}-{yyyy-mm-dd} or {report}-{forum}. */
    static boolean forumMeeting(String iri, String forumIri) {
        if (!forumIri.startsWith(Ids.forum(""))) {
            return false;
        }
        String f = forumIri.substring(Ids.forum("").length()).toLowerCase(Locale.ROOT);
        String local = iri.substring(Ids.event("").length());
        return local.startsWith(f + "-") && DATED.matcher(local).find() && local.length() == f.length() + 11
                || local.endsWith("-" + f);
    }

    private static LocalDate date(org.apache.jena.graph.Graph g, Node s, Node p) {
        for (Triple t : g.find(s, p, Node.ANY).toList()) {
            if (t.getObject().isLiteral()) {
                try {
                    return LocalDate.parse(t.getObject().getLiteralLexicalForm());
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static boolean overlap(List<LocalDate[]> a, List<LocalDate[]> b) {
        for (LocalDate[] x : a) {
            for (LocalDate[] y : b) {
                if (!x[1].isBefore(y[0]) && !y[1].isBefore(x[0])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Both give a number of the same kind (the forum's count, or a SOM) and none is shared. */
    private static boolean differentNumbers(Set<String> a, Set<String> b) {
        for (boolean som : new boolean[] {false, true}) {
            Set<String> x = a.stream().filter(n -> n.startsWith("SOM") == som).collect(java.util.stream.Collectors.toSet());
            Set<String> y = b.stream().filter(n -> n.startsWith("SOM") == som).collect(java.util.stream.Collectors.toSet());
            if (!x.isEmpty() && !y.isEmpty() && x.stream().noneMatch(y::contains)) {
                return true;
            }
        }
        return false;
    }

    /** {@code m} with the nodes of {@code rewrite} replaced everywhere, and the fact ids of evidence about them recomputed. */
    private static Model rewritten(Model m, Map<Node, Node> rewrite, Node graph) {
        Model out = ModelFactory.createDefaultModel();
        out.setNsPrefixes(m.getNsPrefixMap());
        if (rewrite.isEmpty()) {
            out.add(m);
            return out;
        }
        Set<Node> touched = new LinkedHashSet<>();
        m.getGraph().find().forEachRemaining(t -> {
            Node s = rewrite.getOrDefault(t.getSubject(), t.getSubject());
            Node o = rewrite.getOrDefault(t.getObject(), t.getObject());
            if ((t.getPredicate().equals(RDF.subject.asNode()) || t.getPredicate().equals(RDF.object.asNode()))
                    && rewrite.containsKey(t.getObject())) {
                touched.add(t.getSubject());
            }
            out.getGraph().add(Triple.create(s, t.getPredicate(), o));
        });
        org.apache.jena.graph.Graph g = out.getGraph();
        for (Node e : touched) {
            Node s = one(g, e, RDF.subject.asNode());
            Node p = one(g, e, RDF.predicate.asNode());
            Node o = one(g, e, RDF.object.asNode());
            if (s == null || p == null || o == null) {
                continue;
            }
            g.remove(e, DEKG.fact.asNode(), Node.ANY);
            g.add(Triple.create(e, DEKG.fact.asNode(), NodeFactory.createURI(Ids.fact(Ids.factId(s, p, o, graph)))));
        }
        return out;
    }

    private static Node one(org.apache.jena.graph.Graph g, Node s, Node p) {
        List<Node> os = g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
        return os.size() == 1 ? os.get(0) : null;
    }
}
