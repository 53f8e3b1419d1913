package org.w3id.apecdekg.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.w3id.apecdekg.report.Extraction;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.apecdekg.report.Dictionaries;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;

/**
 * Turns an extraction (facts + metadata) into the fact tuples of the expected-facts format, with
 * SPARQL SELECTs over the union of both models. Project facts keep the project IRI as subject;
 * {@link Evaluation} keys them like the expectations.
 */
public final class FactProjector {

    private static final String PREFIXES = """
            PREFIX dekg: <%s>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """.formatted(DEKG.NS);

    /** A project as extracted: IRI, canonical number (or null), proposer code (or "-") and labels. */
    public record ExtractedProject(String iri, String number, String proposer, List<String> labels) {}

    private FactProjector() {}

    public static List<Fact> facts(Extraction x) {
        return facts(x, null);
    }

    /**
     * As {@link #facts(Extraction)}, an organisation known to {@code known} (the reference data and
     * organization-aliases.csv) also answering to its known names, as the store's union graph does.
     */
    public static List<Fact> facts(Extraction x, Dictionaries known) {
        Model m = union(x);
        if (known != null) {
            // organisations typed in the report, and those a membership names (ABAC, a reference body)
            java.util.Set<Resource> orgs = new java.util.LinkedHashSet<>(m.listSubjectsWithProperty(RDF.type, ORG.Organization).toList());
            m.listObjectsOfProperty(ORG.organization).filterKeep(RDFNode::isURIResource)
                    .forEach(o -> orgs.add(o.asResource()));
            for (Resource o : orgs) {
                for (String n : known.organizationNames(o.getURI())) {
                    m.add(o, SKOS.altLabel, n);
                }
            }
        }
        List<Fact> out = new ArrayList<>();
        select(m, "SELECT ?o WHERE { ?r a dekg:Report ; dekg:reportingEconomy ?o }",
                s -> out.add(new Fact("report-economy", "-", code(s.get("o")))));
        select(m, "SELECT ?o WHERE { ?r a dekg:Report ; dcterms:date ?o }",
                s -> out.add(new Fact("report-date", "-", s.get("o").asLiteral().getLexicalForm())));
        select(m, "SELECT ?o WHERE { ?r a dekg:Report ; dcterms:language ?o }",
                s -> out.add(new Fact("report-language", "-", s.get("o").asLiteral().getLexicalForm())));
        for (ExtractedProject p : projects(x)) {
            out.add(new Fact("project", p.iri(), p.proposer(), p.labels(), "", 0));
        }
        select(m, "SELECT DISTINCT ?p ?o WHERE { ?p a dekg:Project ; dekg:coSponsoredBy ?o }",
                s -> out.add(new Fact("cosponsor", s.get("p").asResource().getURI(), code(s.get("o")))));
        select(m, "SELECT DISTINCT ?p ?o WHERE { ?p a dekg:Project ; dekg:status ?o }",
                s -> out.add(new Fact("status", s.get("p").asResource().getURI(), code(s.get("o")))));
        select(m, "SELECT DISTINCT ?p ?o WHERE { ?p a dekg:Project ; dekg:addressesFocusArea ?o }",
                s -> out.add(new Fact("kfa", s.get("p").asResource().getURI(), code(s.get("o")))));
        // attendance by forum code; at a named event of no forum (a ministerial meeting) by "-"
        select(m, "SELECT DISTINCT ?f ?o WHERE { ?m dekg:attendedBy ?o OPTIONAL { ?m dekg:forum ?f } }",
                s -> out.add(new Fact("attendance", s.get("f") == null ? "-" : code(s.get("f")), attendee(s.get("o")))));
        Map<String, List<String>> policyLabels = new LinkedHashMap<>();
        Map<String, String> policyIssuer = new LinkedHashMap<>();
        select(m, "SELECT DISTINCT ?p ?e ?l WHERE { ?p a dekg:Policy ; dekg:issuedBy ?e . OPTIONAL { ?p skos:prefLabel|skos:altLabel ?l } } ORDER BY ?p ?l",
                s -> {
                    String p = s.get("p").asResource().getURI();
                    policyIssuer.put(p, code(s.get("e")));
                    List<String> labels = policyLabels.computeIfAbsent(p, k -> new ArrayList<>());
                    if (s.get("l") != null) {
                        labels.add(s.get("l").asLiteral().getLexicalForm());
                    }
                });
        for (Map.Entry<String, String> e : policyIssuer.entrySet()) {
            List<String> labels = policyLabels.get(e.getKey());
            out.add(new Fact("policy", e.getValue(), labels.isEmpty() ? e.getKey() : labels.get(0), labels, "", 0));
        }
        select(m, "SELECT DISTINCT ?a ?e WHERE { ?a dekg:party ?e }",
                s -> out.add(new Fact("agreement-party", code(s.get("a")), code(s.get("e")))));
        select(m, "SELECT DISTINCT ?a ?e WHERE { ?a dekg:accessionApplicant ?e }",
                s -> out.add(new Fact("agreement-applicant", code(s.get("a")), code(s.get("e")))));
        out.addAll(personRoles(m));
        // person-org: one fact per person and organisation, the organisation's names as alternatives
        grouped(m, """
                SELECT DISTINCT ?k ?n ?ol WHERE {
                  ?ms a org:Membership ; org:member ?p ; org:organization ?o .
                  ?p a foaf:Person ; foaf:name ?n . BIND(CONCAT(STR(?p), " ", STR(?o)) AS ?k)
                  OPTIONAL { ?o skos:prefLabel|skos:altLabel|rdfs:label|skos:notation ?ol }
                }""", "n", "ol", (n, names) -> new Fact("person-org", n, names.isEmpty() ? "" : names.get(0), names, "", 0), out);
        for (MeetingKeys.ExtractedMeeting mt : meetings(x)) {
            out.add(new Fact("meeting", mt.iri(), mt.forum(), mt.labels(), "", 0));
            if (mt.start() != null) {
                out.add(new Fact("meeting-date", mt.iri(), mt.start()));
            }
        }
        select(m, "SELECT DISTINCT ?e ?v WHERE { ?e a dekg:Event ; dekg:venue ?v }",
                s -> out.add(new Fact("meeting-place", s.get("e").asResource().getURI(),
                        s.get("v").isLiteral() ? s.get("v").asLiteral().getLexicalForm() : code(s.get("v")))));
        // organization: one fact per organisation typed in the report, its names as alternatives
        grouped(m, """
                SELECT DISTINCT ?k ?n ?l WHERE { ?o a org:Organization .
                  OPTIONAL { ?o dekg:economy ?e } BIND(COALESCE(STR(?e), "-") AS ?n) BIND(STR(?o) AS ?k)
                  OPTIONAL { ?o skos:prefLabel|skos:altLabel|rdfs:label ?l } }""", "n", "l",
                (economy, names) -> new Fact("organization", names.isEmpty() ? "" : names.get(0),
                        economy.equals("-") ? "-" : economy.substring(economy.lastIndexOf('/') + 1), names, "", 0), out);
        // policy years: one fact per policy and year, its names as alternatives
        grouped(m, """
                SELECT DISTINCT ?k ?n ?l WHERE { ?p a dekg:Policy ; dcterms:issued|dcterms:date ?y .
                  BIND(SUBSTR(STR(?y), 1, 4) AS ?n) BIND(CONCAT(STR(?p), " ", ?n) AS ?k)
                  OPTIONAL { ?p skos:prefLabel|skos:altLabel ?l } }""", "n", "l",
                (year, names) -> new Fact("policy-issued", names.isEmpty() ? "" : names.get(0), year, names, "", 0), out);
        grouped(m, """
                SELECT DISTINCT ?k ?n ?l WHERE { ?p a dekg:Policy ; dekg:targetYear ?y .
                  BIND(SUBSTR(STR(?y), 1, 4) AS ?n) BIND(CONCAT(STR(?p), " ", ?n) AS ?k)
                  OPTIONAL { ?p skos:prefLabel|skos:altLabel ?l } }""", "n", "l",
                (year, names) -> new Fact("policy-target", names.isEmpty() ? "" : names.get(0), year, names, "", 0), out);
        return out;
    }

    /**
     * Rows of {@code query} grouped by {@code ?k}: for each group, {@code fact} gets the value of
     * {@code first} and every value of {@code many} (sorted), in the order the groups appear.
     */
    private static void grouped(Model m, String query, String first, String many,
            java.util.function.BiFunction<String, List<String>, Fact> fact, List<Fact> out) {
        Map<String, String> firsts = new LinkedHashMap<>();
        Map<String, java.util.TreeSet<String>> all = new LinkedHashMap<>();
        select(m, query + " ORDER BY ?k", s -> {
            String k = s.get("k").toString();
            firsts.putIfAbsent(k, s.get(first) == null ? "" : s.get(first).toString());
            java.util.TreeSet<String> set = all.computeIfAbsent(k, key -> new java.util.TreeSet<>());
            if (s.get(many) != null) {
                set.add(s.get(many).asLiteral().getLexicalForm());
            }
        });
        firsts.forEach((k, f) -> out.add(fact.apply(f, new ArrayList<>(all.get(k)))));
    }

    /** Meetings and events as extracted: IRI, forum code ("-" for none), labels, start date. */
    static List<MeetingKeys.ExtractedMeeting> meetings(Extraction x) {
        Model m = union(x);
        Map<String, String> forum = new LinkedHashMap<>();
        Map<String, String> start = new LinkedHashMap<>();
        Map<String, List<String>> labels = new LinkedHashMap<>();
        select(m, """
                SELECT ?e ?f ?d ?l WHERE { ?e a dekg:Event .
                  OPTIONAL { ?e dekg:forum ?f } OPTIONAL { ?e dekg:startDate ?d }
                  OPTIONAL { ?e skos:prefLabel|skos:altLabel ?l } } ORDER BY ?e ?l""", s -> {
            String e = s.get("e").asResource().getURI();
            labels.computeIfAbsent(e, k -> new ArrayList<>());
            if (s.get("f") != null) {
                forum.put(e, code(s.get("f")));
            }
            if (s.get("d") != null) {
                start.put(e, s.get("d").asLiteral().getLexicalForm());
            }
            if (s.get("l") != null && !labels.get(e).contains(s.get("l").asLiteral().getLexicalForm())) {
                labels.get(e).add(s.get("l").asLiteral().getLexicalForm());
            }
        });
        List<MeetingKeys.ExtractedMeeting> out = new ArrayList<>();
        labels.forEach((e, l) -> out.add(new MeetingKeys.ExtractedMeeting(e, forum.getOrDefault(e, "-"), l, start.get(e))));
        return out;
    }

    /**
     * person-role tuples: a foaf:Person's foaf:name and the slug of the org:role of an org:Membership
     * of which it is the org:member; the note lists the memberships' organisations (skos:notation,
     * else a label, else the IRI's code), one tuple per name and role.
     */
    private static List<Fact> personRoles(Model m) {
        Map<String, List<String>> notes = new LinkedHashMap<>();
        select(m, """
                SELECT DISTINCT ?n ?r ?o ?on ?ol WHERE {
                  ?ms a org:Membership ; org:member ?p ; org:role ?r .
                  ?p a foaf:Person ; foaf:name ?n .
                  OPTIONAL { ?ms org:organization ?o
                    OPTIONAL { ?o skos:notation ?on } OPTIONAL { ?o skos:prefLabel|rdfs:label ?ol } }
                } ORDER BY ?n ?r ?o""", s -> {
            String key = s.get("n").asLiteral().getLexicalForm() + "\t" + code(s.get("r"));
            List<String> list = notes.computeIfAbsent(key, k -> new ArrayList<>());
            String org = s.get("on") != null ? s.get("on").asLiteral().getLexicalForm()
                    : s.get("ol") != null ? s.get("ol").asLiteral().getLexicalForm()
                    : s.get("o") != null ? code(s.get("o")) : null;
            if (org != null && !list.contains(org)) {
                list.add(org);
            }
        });
        List<Fact> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : notes.entrySet()) {
            String[] nr = e.getKey().split("\t", 2);
            out.add(new Fact("person-role", nr[0], nr[1], List.of(), String.join("; ", e.getValue()), 0));
        }
        return out;
    }

    public static List<ExtractedProject> projects(Extraction x) {
        Model m = union(x);
        Map<String, String> numbers = new LinkedHashMap<>();
        Map<String, String> proposers = new LinkedHashMap<>();
        Map<String, List<String>> labels = new LinkedHashMap<>();
        select(m, """
                SELECT ?p ?n ?e ?l WHERE { ?p a dekg:Project .
                  OPTIONAL { ?p dekg:projectNumber ?n } OPTIONAL { ?p dekg:proposedBy ?e }
                  OPTIONAL { ?p skos:prefLabel ?l } } ORDER BY ?p ?l""", s -> {
            String p = s.get("p").asResource().getURI();
            labels.computeIfAbsent(p, k -> new ArrayList<>());
            if (s.get("n") != null) {
                numbers.put(p, s.get("n").asLiteral().getLexicalForm());
            }
            if (s.get("e") != null) {
                proposers.put(p, code(s.get("e")));
            }
            if (s.get("l") != null && !labels.get(p).contains(s.get("l").asLiteral().getLexicalForm())) {
                labels.get(p).add(s.get("l").asLiteral().getLexicalForm());
            }
        });
        List<ExtractedProject> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : labels.entrySet()) {
            out.add(new ExtractedProject(e.getKey(), numbers.get(e.getKey()),
                    proposers.getOrDefault(e.getKey(), "-"), e.getValue()));
        }
        return out;
    }

    private static Model union(Extraction x) {
        Model m = ModelFactory.createDefaultModel();
        m.add(x.facts());
        m.add(x.metadata());
        return m;
    }

    /** The code an IRI stands for in the TSV: ISO2, org slug (lower case), forum acronym, KFA number, slug. */
    static String code(RDFNode n) {
        if (n == null) {
            return "-";
        }
        if (n.isLiteral()) {
            return n.asLiteral().getLexicalForm();
        }
        String iri = n.asResource().getURI();
        if (iri.startsWith(Ids.organization(""))) {
            return iri.substring(Ids.organization("").length()).toLowerCase(Locale.ROOT);
        }
        int slash = iri.lastIndexOf('/');
        return slash >= 0 ? iri.substring(slash + 1) : iri;
    }

    private static String attendee(RDFNode n) {
        String c = code(n);
        return n.isURIResource() && n.asResource().getURI().startsWith(Ids.economy("")) ? c : c.toLowerCase(Locale.ROOT);
    }

    /** Runs a SELECT (with this class's prefixes) over a report's facts, one call of {@code row} per solution. */
    static void select(Model m, String query, java.util.function.Consumer<QuerySolution> row) {
        try (QueryExecution qe = QueryExecution.create(PREFIXES + query, m)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                row.accept(rs.next());
            }
        }
    }
}
