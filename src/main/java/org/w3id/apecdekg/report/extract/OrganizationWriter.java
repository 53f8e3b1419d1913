package org.w3id.apecdekg.report.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.apecdekg.report.Dictionaries;
import org.w3id.apecdekg.report.lexicon.Mention;
import org.w3id.apecdekg.report.rdf.Evidence;
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

    /**
     * An organisation found in the text ({@link OrganizationNames}), typed with the evidence of the
     * sentence: a known one (its slug) under its reference IRI with the name as written as
     * {@code skos:altLabel}; any other as {@link #write(Affiliations.Affiliation)} does.
     */
    Resource write(OrganizationNames.Found f, Evidence ev) {
        FactWriter w = ctx.writer();
        Resource org;
        if (f.slug() != null) {
            org = w.resource(ctx.dict().organizationIri(f.slug()));
            String name = Text.squash(f.name());
            w.add(org, SKOS.altLabel, w.lang(name, name.codePoints().anyMatch(Text::isCjk) ? ctx.chineseTag() : "en"));
            if (f.economy() != null) {
                w.add(org, ECONOMY, w.resource(Ids.economy(f.economy())));
            }
        } else {
            org = write(new Affiliations.Affiliation(f.name(), f.acronym(), f.economy()));
        }
        w.fact(org, RDF.type, ORG.Organization, ev);
        return org;
    }

    /**
     * The IRI of an organisation found in the text: a known one's, else id/org/x-{hash of its name and
     * economy} (two economies' "Personal Information Protection Commission" are two organisations).
     */
    String iri(OrganizationNames.Found f) {
        if (f.slug() != null) {
            return ctx.dict().organizationIri(f.slug());
        }
        Base base = withoutEconomy(Text.squash(f.name()));
        return iri(base.name(), economy(f.economy(), base));
    }

    /** The economy stated with the mention, else in its name ("… of Viet Nam"), else elsewhere in the document. */
    private String economy(String stated, Base base) {
        if (stated != null) {
            return stated;
        }
        return base.economy() != null ? base.economy() : ctx.organizationNames().economyOf(base.name());
    }

    private static final Pattern OF_ECONOMY = Pattern.compile("(.*\\S)\\s+of\\s+(?:the\\s+)?(\\S.*)");

    /** A name without a trailing "of ECONOMY", and that economy (null when the name has none). */
    private record Base(String name, String economy) {}

    private Base withoutEconomy(String name) {
        Matcher m = OF_ECONOMY.matcher(name);
        if (!m.matches()) {
            return new Base(name, null);
        }
        String tail = m.group(2);
        List<Mention<String>> e = ctx.dict().economies().find(tail);
        boolean whole = e.size() == 1 && e.get(0).from() == 0 && e.get(0).to() == tail.length()
                && !Dictionaries.SELF.equals(e.get(0).value());
        return whole ? new Base(m.group(1), e.get(0).value()) : new Base(name, null);
    }

    private static String iri(String writtenName, String economy) {
        String key = Text.key(Text.squash(writtenName));
        return Ids.organization("x-" + Hashes.prefix(economy == null ? key : key + "|" + economy, 12));
    }

    Resource write(Affiliations.Affiliation a) {
        FactWriter w = ctx.writer();
        String written = Text.squash(a.name());
        // "Ministry of Science and Technology of Viet Nam" is the Ministry of Science and Technology, economy VN:
        // one IRI and one name whether a report writes the economy into the name or not
        Base base = withoutEconomy(written);
        String name = base.name();
        String economy = economy(a.economy(), base);
        Resource org = w.resource(iri(name, economy));
        w.add(org, RDF.type, ORG.Organization);
        boolean zh = name.codePoints().anyMatch(Text::isCjk);
        w.add(org, SKOS.prefLabel, w.lang(name, zh ? ctx.chineseTag() : "en"));
        if (!written.equals(name)) {
            w.add(org, SKOS.altLabel, w.lang(written, "en"));
        }
        if (a.acronym() != null) {
            w.add(org, SKOS.altLabel, w.lang(a.acronym(), "en"));
        }
        if (economy != null) {
            w.add(org, ECONOMY, w.resource(Ids.economy(economy)));
        }
        return org;
    }
}
