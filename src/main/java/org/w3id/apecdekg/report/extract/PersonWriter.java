package org.w3id.apecdekg.report.extract;

import org.apache.jena.vocabulary.ORG;
import org.apache.jena.sparql.vocabulary.FOAF;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.apecdekg.report.lexicon.Mention;
import org.w3id.apecdekg.report.rdf.Evidence;
import org.w3id.apecdekg.report.rdf.FactWriter;
import org.w3id.apecdekg.report.Dictionaries;
import org.w3id.apecdekg.report.text.Hashes;
import org.w3id.apecdekg.report.text.NameKeys;
import org.w3id.apecdekg.report.text.Sentence;
import org.w3id.apecdekg.report.text.Text;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;

/**
 * Writes a person in a role: {@code foaf:Person} (IRI from the SHA-256 of the normalised name, see
 * {@link #personKey}) with
 * {@code foaf:name}, and an {@code org:Membership} with member, role, organisation and, when the
 * section names a forum whose meeting was found, {@code dekg:atEvent}. The organisation is the forum
 * or organisation named with the role's cue (DESG 主席), else the one named nearest the person in the
 * clause, else the economy named there, else the forum of the section or of the report (the body in
 * whose meeting the person took the role); nothing is made up beyond that.
 */
final class PersonWriter {

    /** How far from a name (or before a role cue) an organisation or economy may be named. */
    static final int ORG_WINDOW = 24;

    private final ExtractionContext ctx;
    private final MeetingExtractor meetings;
    private final OrganizationNames orgNames;
    private final OrganizationWriter orgWriter;

    PersonWriter(ExtractionContext ctx, MeetingExtractor meetings) {
        this.ctx = ctx;
        this.meetings = meetings;
        this.orgNames = ctx.organizationNames();
        this.orgWriter = new OrganizationWriter(ctx);
    }

    void write(PersonNames.Found name, String role, String roleContext, String clause, Sentence s) {
        write(name, role, roleContext, clause, s, null);
    }

    /**
     * As above; an organisation named in an appositive after the name ({@code affiliation}) takes the
     * place of the nearest body, economy or forum, and the body named with the role's cue (Chair of
     * the DESG) keeps a membership of its own.
     */
    void write(PersonNames.Found name, String role, String roleContext, String clause, Sentence s,
               Resource affiliation) {
        if (affiliation == null) {
            membership(name, role, organization(name, roleContext, clause, Sections.forum(ctx, s.path())), s);
            return;
        }
        membership(name, role, affiliation, s);
        Resource cued = lastBody(roleContext);
        if (cued != null && !cued.equals(affiliation)) {
            membership(name, role, cued, s);
        }
    }

    private void membership(PersonNames.Found name, String role, Resource org, Sentence s) {
        FactWriter w = ctx.writer();
        String display = Text.squash(name.name());
        String key = personKey(display, org);
        if (key.isEmpty()) {
            return;
        }
        Resource person = w.resource(Ids.person(Hashes.prefix(key, 12)));
        w.add(person, RDF.type, FOAF.Person);
        w.add(person, FOAF.name, display);
        String sectionForum = Sections.forum(ctx, s.path());
        Resource event = meetings.existing(sectionForum);
        String mkey = key + "|" + role + "|" + (org == null ? "" : org.getURI()) + "|"
                + (event == null ? "" : event.getURI());
        Resource ms = w.resource(Ids.ID + "membership/" + Hashes.prefix(mkey, 16));
        Evidence ev = Evidence.of(s);
        w.add(ms, RDF.type, ORG.Membership);
        w.fact(ms, ORG.member, person, ev);
        w.fact(ms, ORG.role, w.resource(Ids.role(role)), ev);
        if (org != null) {
            w.fact(ms, ORG.organization, org, ev);
            if (org.getURI().startsWith(Ids.forum(""))) {
                // the forum's acronym, so that the membership says which body it is without the reference data
                w.add(org, SKOS.notation, org.getURI().substring(Ids.forum("").length()));
            }
        } else {
            w.issue("person-without-organization", display, s.line(), "no organisation, economy or forum for " + role);
        }
        if (event != null) {
            w.fact(ms, DEKG.atEvent, event, ev);
        }
    }

    /**
     * The key of a person's IRI: the name's {@link NameKeys#person} key, or that of the name
     * person-aliases.csv gives the written form when the row's context is the body the person is
     * tied to here (the forum's acronym, the organisation's slug or the economy's ISO2).
     */
    private String personKey(String display, Resource org) {
        String own = NameKeys.person(display);
        if (org == null || org.getURI() == null) {
            return own;
        }
        String uri = org.getURI();
        String context = uri.substring(uri.lastIndexOf('/') + 1);
        for (Dictionaries.PersonAlias a : ctx.dict().personAliases(display)) {
            if (a.context().equalsIgnoreCase(context)) {
                return NameKeys.person(a.name());
            }
        }
        return own;
    }

    private Resource organization(PersonNames.Found name, String roleContext, String clause, String sectionForum) {
        Resource r = lastBody(roleContext);
        if (r != null) {
            return r;
        }
        r = nearestBody(name, clause);
        if (r != null) {
            return r;
        }
        String economy = nearest(name, ctx.economies(clause));
        if (economy != null) {
            return ctx.writer().resource(Ids.economy(economy));
        }
        String forum = sectionForum != null ? sectionForum : meetings.mainForum();
        return forum == null ? null : ctx.writer().resource(Ids.forum(forum));
    }

    /** The forum or organisation named last in a cue's context ("OECD 數位經濟政策委員會主席"). */
    private Resource lastBody(String text) {
        if (text.isEmpty()) {
            return null;
        }
        List<Mention<Resource>> bodies = bodies(text);
        return bodies.isEmpty() ? null : bodies.get(bodies.size() - 1).value();
    }

    private Resource nearestBody(PersonNames.Found name, String clause) {
        Mention<Resource> best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention<Resource> m : bodies(clause)) {
            int d = distance(name, m);
            if (d >= 0 && d <= ORG_WINDOW && d < bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        return best == null ? null : best.value();
    }

    private static <V> V nearest(PersonNames.Found name, List<Mention<V>> mentions) {
        V best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention<V> m : mentions) {
            int d = distance(name, m);
            if (d >= 0 && d <= ORG_WINDOW && d < bestDistance) {
                best = m.value();
                bestDistance = d;
            }
        }
        return best;
    }

    /** Characters between a name and a mention; -1 if they overlap. */
    private static int distance(PersonNames.Found name, Mention<?> m) {
        if (m.to() <= name.from()) {
            return name.from() - m.to();
        }
        if (m.from() >= name.to()) {
            return m.from() - name.to();
        }
        return -1;
    }

    /** Forums and organisations named in {@code text}, left to right; an organisation is typed as one. */
    private List<Mention<Resource>> bodies(String text) {
        FactWriter w = ctx.writer();
        List<Mention<Resource>> out = new ArrayList<>();
        for (Mention<String> f : ctx.forums(text)) {
            out.add(new Mention<>(f.from(), f.to(), f.surface(), w.resource(Ids.forum(f.value()))));
        }
        for (OrganizationNames.Found o : orgNames.find(text)) {
            Resource r = o.slug() != null ? w.resource(orgWriter.iri(o))
                    : orgWriter.write(new Affiliations.Affiliation(o.name(), o.acronym(), o.economy()));
            out.add(new Mention<>(o.from(), o.to(), o.name(), r));
        }
        out.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return out;
    }
}
