package org.w3id.apecdekg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C Web Annotation vocabulary terms used for evidence anchors ({@code http://www.w3.org/ns/oa#}). */
public final class OA {

    public static final String NS = "http://www.w3.org/ns/oa#";

    public static final Resource TextQuoteSelector    = resource("TextQuoteSelector");
    public static final Resource TextPositionSelector = resource("TextPositionSelector");
    public static final Property hasSelector          = property("hasSelector");
    public static final Property exact                = property("exact");
    public static final Property prefix               = property("prefix");
    public static final Property suffix               = property("suffix");
    public static final Property start                = property("start");
    public static final Property end                  = property("end");

    private OA() {}

    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
