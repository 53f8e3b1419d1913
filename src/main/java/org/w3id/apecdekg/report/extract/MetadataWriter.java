package org.w3id.apecdekg.report.extract;

import org.w3id.apecdekg.vocab.PROV;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;

/** The description of the report itself (a {@code dekg:Report}, {@code prov:Entity}), kept out of its graph. */
public final class MetadataWriter {

    private MetadataWriter() {}

    public static Model write(ExtractionContext ctx, Resource mainMeeting) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("dekg", DEKG.NS);
        m.setNsPrefix("dcterms", DCTerms.getURI());
        m.setNsPrefix("prov", PROV.NS);
        ReportInfo info = ctx.info();
        Resource r = m.createResource(Ids.report(ctx.doc().slug()));
        r.addProperty(RDF.type, DEKG.Report);
        r.addProperty(RDF.type, PROV.Entity);
        if (info.title() != null) {
            r.addProperty(DCTerms.title, m.createLiteral(info.title(), info.language()));
        }
        if (info.date() != null) {
            r.addProperty(DCTerms.date, m.createTypedLiteral(info.date().toString(), XSDDatatype.XSDdate));
        }
        r.addProperty(DCTerms.language, info.language());
        if (info.economy() != null) {
            r.addProperty(DEKG.reportingEconomy, m.createResource(Ids.economy(info.economy())));
        }
        if (info.orgSlug() != null) {
            r.addProperty(DEKG.reportingOrganization, m.createResource(Ids.organization(info.orgSlug())));
        }
        if (info.periodStart() != null) {
            r.addProperty(DEKG.startDate, m.createTypedLiteral(info.periodStart().toString(), XSDDatatype.XSDdate));
            r.addProperty(DEKG.endDate, m.createTypedLiteral(info.periodEnd().toString(), XSDDatatype.XSDdate));
        }
        if (info.venue() != null) {
            r.addProperty(DEKG.venue, info.venue());
        }
        r.addProperty(DEKG.sourceFile, ctx.doc().fileName());
        r.addProperty(DEKG.sha256, ctx.doc().sha256());
        r.addProperty(DCTerms.format, ctx.doc().format().mediaType());
        if (mainMeeting != null) {
            r.addProperty(DEKG.reportsOn, m.createResource(mainMeeting.getURI()));
        }
        return m;
    }
}
