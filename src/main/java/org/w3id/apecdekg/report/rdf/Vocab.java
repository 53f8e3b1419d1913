package org.w3id.apecdekg.report.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of reused vocabularies (W3C ORG, FOAF, PROV) that Jena has no constants for. */
public final class Vocab {

    public static final String ORG  = "http://www.w3.org/ns/org#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String PROV = "http://www.w3.org/ns/prov#";

    public static final Resource Organization  = ResourceFactory.createResource(ORG + "Organization");
    public static final Resource Membership    = ResourceFactory.createResource(ORG + "Membership");
    public static final Property member        = ResourceFactory.createProperty(ORG + "member");
    public static final Property organization  = ResourceFactory.createProperty(ORG + "organization");
    public static final Property role          = ResourceFactory.createProperty(ORG + "role");
    public static final Resource Person        = ResourceFactory.createResource(FOAF + "Person");
    public static final Property name          = ResourceFactory.createProperty(FOAF + "name");
    public static final Resource Entity        = ResourceFactory.createResource(PROV + "Entity");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(PROV + "wasDerivedFrom");

    private Vocab() {}
}
