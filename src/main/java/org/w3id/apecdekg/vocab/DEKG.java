package org.w3id.apecdekg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the APEC Digital Economy ontology ({@code dekg:}); see {@code ontology/dekg.ttl}. */
public final class DEKG {

    public static final String NS = "https://w3id.org/apec-dekg/ontology#";

    public static String getURI() {
        return NS;
    }

    // Classes
    public static final Resource Economy          = resource("Economy");
    public static final Resource Forum            = resource("Forum");
    public static final Resource Project          = resource("Project");
    public static final Resource Event            = resource("Event");
    public static final Resource Meeting          = resource("Meeting");
    public static final Resource Workshop         = resource("Workshop");
    public static final Resource Policy           = resource("Policy");
    public static final Resource Agreement        = resource("Agreement");
    public static final Resource Plan             = resource("Plan");
    public static final Resource KeyFocusArea     = resource("KeyFocusArea");
    public static final Resource ProjectStatus    = resource("ProjectStatus");
    public static final Resource FundingSource    = resource("FundingSource");
    public static final Resource ProjectNumberCode = resource("ProjectNumberCode");
    public static final Resource PolicyType       = resource("PolicyType");
    public static final Resource PolicyTopic      = resource("PolicyTopic");
    public static final Resource Report           = resource("Report");
    public static final Resource Evidence         = resource("Evidence");
    public static final Resource ExtractionIssue  = resource("ExtractionIssue");
    public static final Resource LoadRun          = resource("LoadRun");
    public static final Resource Fact             = resource("Fact");
    public static final Resource Review           = resource("Review");
    public static final Resource ReviewVerdict    = resource("ReviewVerdict");

    // Object properties
    public static final Property proposedBy          = property("proposedBy");
    public static final Property coSponsoredBy       = property("coSponsoredBy");
    public static final Property forum               = property("forum");
    public static final Property status              = property("status");
    public static final Property fundingSource       = property("fundingSource");
    public static final Property designatesForum     = property("designatesForum");
    public static final Property addressesFocusArea  = property("addressesFocusArea");
    public static final Property hasEvent            = property("hasEvent");
    public static final Property attendedBy          = property("attendedBy");
    public static final Property hostEconomy         = property("hostEconomy");
    public static final Property issuedBy            = property("issuedBy");
    public static final Property policyType          = property("policyType");
    public static final Property topic               = property("topic");
    public static final Property party               = property("party");
    public static final Property accessionApplicant  = property("accessionApplicant");
    public static final Property focusAreaScheme     = property("focusAreaScheme");
    public static final Property observerOf          = property("observerOf");
    public static final Property economy             = property("economy");
    public static final Property reportingEconomy    = property("reportingEconomy");
    public static final Property reportingOrganization = property("reportingOrganization");
    public static final Property reportsOn           = property("reportsOn");
    public static final Property mintedAs            = property("mintedAs");
    public static final Property atEvent             = property("atEvent");
    public static final Property fact                = property("fact");
    public static final Property reviewedFact        = property("reviewedFact");
    public static final Property verdict             = property("verdict");
    public static final Property factGraph           = property("factGraph");
    public static final Property correctedObject     = property("correctedObject");
    public static final Property assertedFact        = property("assertedFact");

    // Datatype properties
    public static final Property joinedApec          = property("joinedApec");
    public static final Property projectNumber       = property("projectNumber");
    public static final Property startDate           = property("startDate");
    public static final Property endDate             = property("endDate");
    public static final Property venue               = property("venue");
    public static final Property attendanceCount     = property("attendanceCount");
    public static final Property quorum              = property("quorum");
    public static final Property quorumReached       = property("quorumReached");
    public static final Property meetingNumber       = property("meetingNumber");
    public static final Property identityRule        = property("identityRule");
    public static final Property sectionPath         = property("sectionPath");
    public static final Property lineNumber          = property("lineNumber");
    public static final Property endLineNumber       = property("endLineNumber");
    public static final Property quote               = property("quote");
    public static final Property mentionText         = property("mentionText");
    public static final Property issueKind           = property("issueKind");
    public static final Property sourceFile          = property("sourceFile");
    public static final Property sha256              = property("sha256");
    public static final Property softwareVersion     = property("softwareVersion");
    public static final Property tripleCount         = property("tripleCount");
    public static final Property locator             = property("locator");
    public static final Property pageNumber          = property("pageNumber");
    public static final Property pageLineNumber      = property("pageLineNumber");
    public static final Property paragraphNumber     = property("paragraphNumber");
    public static final Property tableNumber         = property("tableNumber");
    public static final Property rowNumber           = property("rowNumber");
    public static final Property sourceSha256        = property("sourceSha256");
    public static final Property targetYear          = property("targetYear");

    private DEKG() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
