package org.w3id.apecdekg.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.apecdekg.store.DekgStore;
import org.w3id.apecdekg.vocab.DEKG;

/**
 * The facts most worth an editor's look, first: facts that two reports disagree on (a property with one
 * value per thing — proposer, status, forum, dates, host, venue, issue date — given different values by
 * different reports), facts drawn from a line where the extractor also recorded an extraction issue, then
 * facts that rest on a single piece of evidence in a single report. Reviewed facts leave the queue. Worked
 * out from the evidence nodes once per store version. Also counts, per report, its facts and how many
 * have been reviewed.
 */
public final class ReviewQueue {

    /** Properties with one value per thing, so two reports giving two values disagree. */
    static final Set<Node> SINGLE_VALUED = Set.of(DEKG.proposedBy.asNode(), DEKG.status.asNode(), DEKG.forum.asNode(),
            DEKG.startDate.asNode(), DEKG.endDate.asNode(), DEKG.hostEconomy.asNode(), DEKG.venue.asNode(),
            DEKG.issuedBy.asNode(), DCTerms.issued.asNode(), DEKG.fundingSource.asNode());

    /** Why a fact is in the queue, most pressing first. */
    public enum Reason {
        DISAGREEMENT("reports disagree"), EXTRACTION_ISSUE("an extraction issue on the same line"),
        SINGLE_SOURCE("one piece of evidence in one report");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** A queued fact: the statement in its graph, why, and (for a disagreement) the other values. */
    public record Entry(String factId, Quad quad, Reason reason, List<Node> otherValues, int line) {}

    /** Per report: its facts and how many of them have a review. */
    public record ReportCount(Node report, Node graph, int facts, int reviewed) {}

    private static final String PREFIXES = "PREFIX dekg: <" + DEKG.NS + "> PREFIX rdf: <" + RDF.getURI() + "> ";
    private static final String EVIDENCE = PREFIXES + "SELECT ?g ?f ?s ?p ?o ?line WHERE { GRAPH ?g { ?e dekg:fact ?f ; "
            + "rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . OPTIONAL { ?e dekg:lineNumber ?line } } }";
    private static final String ISSUES = PREFIXES + "SELECT ?g ?line WHERE { GRAPH ?g { ?i a dekg:ExtractionIssue ; "
            + "dekg:lineNumber ?line } }";

    private record Computed(long version, List<Entry> entries, List<ReportCount> counts) {}

    private final DekgStore store;
    private final Curation curation;
    private volatile Computed computed = new Computed(-1, List.of(), List.of());

    public ReviewQueue(DekgStore store, Curation curation) {
        this.store = Objects.requireNonNull(store, "store");
        this.curation = Objects.requireNonNull(curation, "curation");
    }

    /** Up to {@code limit} unreviewed facts, from the given offset, most pressing first; and the total. */
    public ReviewService.Page<Entry> entries(int page, int pageSize) {
        if (page < 1 || pageSize < 1 || pageSize > ReviewService.MAX_PAGE_SIZE) {
            throw ReviewException.bad("page must be ≥ 1 and pageSize between 1 and " + ReviewService.MAX_PAGE_SIZE);
        }
        List<Entry> all = current().entries();
        int from = Math.min(all.size(), (page - 1) * pageSize);
        int to = Math.min(all.size(), from + pageSize);
        return new ReviewService.Page<>(List.copyOf(all.subList(from, to)), page, pageSize, all.size());
    }

    public List<ReportCount> reportCounts() {
        return current().counts();
    }

    private Computed current() {
        long v = store.version();
        Computed c = computed;
        if (c.version() == v) {
            return c;
        }
        synchronized (this) {
            c = computed;
            if (c.version() != v) {
                CurationState state = curation.current();
                c = Txn.calculateRead(store.dataset(), () -> compute(store.dataset(), state, v));
                computed = c;
            }
            return c;
        }
    }

    private static Computed compute(DatasetGraph dsg, CurationState state, long version) {
        // every evidenced fact: its quad, first line, and how many evidence nodes it has (one query)
        Map<Quad, int[]> facts = new LinkedHashMap<>(); // quad -> {evidence count, first line}
        Map<Quad, String> ids = new HashMap<>();
        QueryExec.dataset(dsg).query(EVIDENCE).select().forEachRemaining(b -> {
            Quad q = Quad.create(b.get("g"), b.get("s"), b.get("p"), b.get("o"));
            Node line = b.get("line");
            int l = line == null ? 0 : Integer.parseInt(line.getLiteralLexicalForm());
            int[] seen = facts.computeIfAbsent(q, k -> new int[] {0, Integer.MAX_VALUE});
            seen[0]++;
            seen[1] = Math.min(seen[1], l);
            String iri = b.get("f").getURI();
            ids.put(q, iri.substring(iri.lastIndexOf('/') + 1));
        });
        // values per (subject, single-valued property) across reports
        Map<List<Node>, Map<Node, Set<Node>>> values = new HashMap<>();
        for (Quad q : facts.keySet()) {
            if (SINGLE_VALUED.contains(q.getPredicate())) {
                values.computeIfAbsent(List.of(q.getSubject(), q.getPredicate()), k -> new HashMap<>())
                        .computeIfAbsent(q.getObject(), k -> new HashSet<>()).add(q.getGraph());
            }
        }
        // lines with an extraction issue, per graph (one query)
        Map<Node, Set<Integer>> issueLines = new HashMap<>();
        QueryExec.dataset(dsg).query(ISSUES).select().forEachRemaining(b -> issueLines
                .computeIfAbsent(b.get("g"), k -> new HashSet<>()).add(Integer.parseInt(b.get("line").getLiteralLexicalForm())));
        // how many graphs state each triple
        Map<org.apache.jena.graph.Triple, Integer> sources = new HashMap<>();
        facts.keySet().forEach(q -> sources.merge(q.asTriple(), 1, Integer::sum));

        List<Entry> entries = new ArrayList<>();
        Map<Node, int[]> perGraph = new TreeMap<>(Comparator.comparing(Node::getURI));
        for (Map.Entry<Quad, int[]> f : facts.entrySet()) {
            Quad q = f.getKey();
            String id = ids.get(q);
            Review r = state.reviewOf(id);
            int[] count = perGraph.computeIfAbsent(q.getGraph(), k -> new int[2]);
            count[0]++;
            if (r != null) {
                count[1]++;
                continue;
            }
            int line = f.getValue()[1] == Integer.MAX_VALUE ? 0 : f.getValue()[1];
            Map<Node, Set<Node>> vs = values.get(List.of(q.getSubject(), q.getPredicate()));
            if (vs != null && vs.size() > 1 && disagree(vs, q)) {
                List<Node> others = vs.keySet().stream().filter(o -> !o.equals(q.getObject()))
                        .sorted(Comparator.comparing(Node::toString)).toList();
                entries.add(new Entry(id, q, Reason.DISAGREEMENT, others, line));
            } else if (issueLines.getOrDefault(q.getGraph(), Set.of()).contains(line)) {
                entries.add(new Entry(id, q, Reason.EXTRACTION_ISSUE, List.of(), line));
            } else if (f.getValue()[0] == 1 && sources.get(q.asTriple()) == 1) {
                entries.add(new Entry(id, q, Reason.SINGLE_SOURCE, List.of(), line));
            }
        }
        entries.sort(Comparator.comparing(Entry::reason).thenComparing(e -> e.quad().getGraph().getURI())
                .thenComparingInt(Entry::line).thenComparing(Entry::factId));
        List<ReportCount> counts = new ArrayList<>();
        perGraph.forEach((g, c) -> counts.add(new ReportCount(ReviewService.reportOf(g), g, c[0], c[1])));
        return new Computed(version, List.copyOf(entries), List.copyOf(counts));
    }

    /** Two values given by different reports (not one report giving both). */
    private static boolean disagree(Map<Node, Set<Node>> values, Quad q) {
        Set<Node> mine = values.get(q.getObject());
        for (Map.Entry<Node, Set<Node>> other : values.entrySet()) {
            if (!other.getKey().equals(q.getObject())) {
                for (Node g : other.getValue()) {
                    if (!mine.contains(g)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

}
