package org.w3id.apecdekg.sparql;

/** Paths of the SPARQL protocol endpoints. */
public final class SparqlPaths {

    public static final String QUERY  = "/sparql";
    public static final String UPDATE = "/update";
    public static final String DATA   = "/data";

    private SparqlPaths() {}
}
