package org.w3id.apecdekg.vocab;

/** IRIs of instances and named graphs, following the scheme in {@code ontology/README.md}. */
public final class Ids {

    public static final String BASE = "https://w3id.org/apec-dekg/";
    public static final String ID = BASE + "id/";
    public static final String GRAPH = BASE + "graph/";

    public static final String GRAPH_ONTOLOGY  = GRAPH + "ontology";
    public static final String GRAPH_REFERENCE = GRAPH + "reference";
    public static final String GRAPH_META      = GRAPH + "meta";

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

    /** Project IRI from a canonical number such as {@code "DESG 101 2024A"}. */
    public static String project(String canonicalNumber) {
        return ID + "project/" + canonicalNumber.replace(' ', '-');
    }
}
