package org.w3id.apecdekg.report.extract;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.apecdekg.report.rdf.FactWriter;
import org.w3id.apecdekg.report.text.Hashes;
import org.w3id.apecdekg.report.text.Text;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;

/**
 * Writes an organisation named in the text ({@link Affiliations}) as {@code org:Organization}
 * (IRI id/org/x-{hash of the name}) with {@code skos:prefLabel} as written, {@code skos:altLabel} its
 * acronym when written in parentheses after it, and {@code dekg:economy} only when the text states it.
 */
final class OrganizationWriter {

    static final Property ECONOMY = ResourceFactory.createProperty(DEKG.NS + "economy");

    private final ExtractionContext ctx;

    OrganizationWriter(ExtractionContext ctx) {
        this.ctx = ctx;
    }

    Resource write(Affiliations.Affiliation a) {
        FactWriter w = ctx.writer();
        String name = Text.squash(a.name());
        String key = Text.key(name);
        Resource org = w.resource(Ids.organization("x-" + Hashes.prefix(key, 12)));
        w.add(org, RDF.type, ORG.Organization);
        boolean zh = name.codePoints().anyMatch(Text::isCjk);
        w.add(org, SKOS.prefLabel, w.lang(name, zh ? "zh-Hant" : "en"));
        if (a.acronym() != null) {
            w.add(org, SKOS.altLabel, w.lang(a.acronym(), "en"));
        }
        if (a.economy() != null) {
            w.add(org, ECONOMY, w.resource(Ids.economy(a.economy())));
        }
        return org;
    }
}
