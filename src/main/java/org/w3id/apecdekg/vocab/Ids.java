package org.w3id.apecdekg.vocab;

/** IRIs of instances and named graphs, following the scheme in {@code ontology/README.md}. */
public final class Ids {

    public static final String BASE = "https://w3id.org/apec-dekg/";
    public static final String ID = BASE + "id/";
    public static final String GRAPH = BASE + "graph/";

    public static final String GRAPH_ONTOLOGY  = GRAPH + "ontology";
    public static final String GRAPH_REFERENCE = GRAPH + "reference";
    public static final String GRAPH_META      = GRAPH + "meta";
    /** Review records (who confirmed, rejected, corrected or added which fact, when, why). */
    public static final String GRAPH_REVIEWS   = GRAPH + "reviews";
    /** Statements editors asserted: added facts and corrected objects. */
    public static final String GRAPH_CURATION  = GRAPH + "curation";

    private Ids() {}

    public static String economy(String iso2)       { return ID + "economy/" + iso2; }
    public static String forum(String acronym)      { return ID + "forum/" + acronym; }
    public static String organization(String slug)  { return ID + "org/" + slug; }
    public static String kfa(int n)                 { return ID + "aider-kfa/" + n; }
    public static String projectStatus(String s)    { return ID + "project-status/" + s; }
    public static String fundingSource(String slug) { return ID + "funding-source/" + slug; }
    public static String policyType(String slug)    { return ID + "policy-type/" + slug; }
    public static String policyTopic(String slug)   { return ID + "policy-topic/" + slug; }
    public static String agreement(String slug)     { return ID + "agreement/" + slug; }
    public static String plan(String slug)          { return ID + "plan/" + slug; }
    public static String event(String slug)         { return ID + "event/" + slug; }
    public static String person(String key)         { return ID + "person/" + key; }
    public static String role(String slug)          { return ID + "role/" + slug; }
    public static String report(String slug)        { return ID + "report/" + slug; }
    public static String reportGraph(String slug)   { return GRAPH + "report/" + slug; }
    public static String fact(String id)            { return ID + "fact/" + id; }

    /**
     * The identifier of a statement as one source states it: the first 20 hex digits of the SHA-256 of
     * its four terms in N-Triples form (subject, predicate, object, graph), separated by spaces. It depends
     * on nothing but the statement and the graph it is in (a report's graph, or the curation graph), so
     * loading the same report again gives its facts the same identifiers.
     */
    public static String factId(org.apache.jena.graph.Node s, org.apache.jena.graph.Node p,
            org.apache.jena.graph.Node o, org.apache.jena.graph.Node graph) {
        String key = org.apache.jena.riot.out.NodeFmtLib.strNT(s) + " " + org.apache.jena.riot.out.NodeFmtLib.strNT(p)
                + " " + org.apache.jena.riot.out.NodeFmtLib.strNT(o) + " " + org.apache.jena.riot.out.NodeFmtLib.strNT(graph);
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d).substring(0, 20);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
    public static String review(String id)          { return ID + "review/" + id; }
    public static String agent(String name) {
        return ID + "agent/" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Project IRI from a canonical number such as {@code "DESG 101 2024A"}. */
    public static String project(String canonicalNumber) {
        return ID + "project/" + canonicalNumber.replace(' ', '-');
    }
}
