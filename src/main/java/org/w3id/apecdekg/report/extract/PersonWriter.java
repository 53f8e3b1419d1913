package org.w3id.apecdekg.report.extract;

import org.apache.jena.vocabulary.ORG;
import org.apache.jena.sparql.vocabulary.FOAF;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.apecdekg.report.lexicon.Cue;
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
    /** How far before a name (its title between) a word for the writer's own agency may stand. */
    static final int SELF_WINDOW = 8;

    private final ExtractionContext ctx;
    private final MeetingExtractor meetings;
    private final OrganizationNames orgNames;
    private final OrganizationWriter orgWriter;
    /** Person name key → the agency the document ties the person to (see {@link #learn}). */
    private final Map<String, Body> learned = new HashMap<>();
    private Body authorBody;
    private boolean authorRead;

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

    /**
     * A person who speaks for an organisation in no role the report names ("Project Overseer: Dr A,
     * Chief Engineer, X Department"): a membership with that organisation and no org:role.
     */
    void member(PersonNames.Found name, Resource org, Sentence s) {
        membership(name, null, org, s);
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
        if (role != null) {
            w.fact(ms, ORG.role, w.resource(Ids.role(role)), ev);
        }
        if (org != null) {
            w.fact(ms, ORG.organization, org, ev);
            if (org.getURI().startsWith(Ids.forum(""))) {
                // the forum's acronym, so that the membership says which body it is without the reference data
                w.add(org, SKOS.notation, org.getURI().substring(Ids.forum("").length()));
            }
        } else {
            w.issue("person-without-organization", display, s.line(), "no organisation, economy or forum for "
                    + (role == null ? "the person" : role));
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
        Body near = nearestBody(name, clause);
        if (near == null && selfWord(name, clause)) {
            near = authorBody();
        }
        if (near == null) {
            // an economy or the meeting's forum says less than the agency the document gave the person elsewhere
            near = learned.get(NameKeys.person(Text.squash(name.name())));
        }
        if (near != null) {
            return resource(near);
        }
        String economy = nearest(name, ctx.economies(clause));
        if (economy != null) {
            return ctx.writer().resource(Ids.economy(economy));
        }
        String forum = sectionForum != null ? sectionForum : meetings.mainForum();
        if ((forum == null || MeetingExtractor.UMBRELLA.equals(forum)) && Text.isCjk(name.name().codePointAt(0))) {
            // 政務次長周品言致詞 in a ministry's news release: no body, economy or working group named, so the
            // agency that issued the document (its author field) rather than APEC as a whole
            Body author = authorBody();
            if (author != null) {
                return resource(author);
            }
        }
        return forum == null ? null : ctx.writer().resource(Ids.forum(forum));
    }

    /**
     * Learns a person's agency where the document states it plainly, for the mentions that name only
     * an economy or none: the traveller list of a trip report's header (出國人員：組長X、科長Y；Z研究員W:
     * the agency named in the name's clause, else the author field's) and the writer's own agency
     * before a title and name (本處組長X).
     */
    void learn(PersonNames.Found name, Sentence s) {
        String sentence = s.text();
        String key = NameKeys.person(Text.squash(name.name()));
        if (key.isEmpty() || learned.containsKey(key)) {
            return;
        }
        for (int[] c : Clauses.split(sentence)) {
            if (name.from() < c[0] || name.to() > c[1]) {
                continue;
            }
            String clause = sentence.substring(c[0], c[1]);
            PersonNames.Found local = new PersonNames.Found(name.from() - c[0], name.to() - c[0], name.name());
            Body agency = selfWord(local, clause) ? authorBody()
                    : travellers(s, name.name()) ? orElse(nearestBody(local, clause), authorBody()) : null;
            if (agency != null) {
                learned.put(key, agency);
            }
            return;
        }
    }

    /**
     * The name stands in a header's traveller list: its source line starts with a travellers label
     * (header-fields.csv) and a colon ("- 出國人員：組長X、科長Y；Z研究員W").
     */
    private boolean travellers(Sentence s, String name) {
        for (int n = s.line(); n >= 1 && n <= Math.min(s.endLine(), ctx.lines().size()); n++) {
            String line = Text.nfkc(ctx.lines().get(n - 1).raw()).replaceFirst("^[\\s>*#+-]*", "");
            if (!line.contains(name)) {
                continue;
            }
            for (Cue c : ctx.dict().cues("header-fields")) {
                if (c.value().equals("travellers") && line.startsWith(c.text())
                        && line.substring(c.text().length()).strip().startsWith(":")) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    private static Body orElse(Body a, Body b) {
        return a != null ? a : b;
    }

    /** The first body of the report's author field (服務機關, 發布單位), read once; null when there is none. */
    private Body authorBody() {
        if (!authorRead) {
            authorRead = true;
            String author = ctx.info() == null ? null : ctx.info().author();
            List<Mention<Body>> bodies = author == null ? List.of() : bodies(author);
            authorBody = bodies.isEmpty() ? null : bodies.get(0).value();
        }
        return authorBody;
    }

    /**
     * "本處組長蕭凱文", "本部司長X": a word for the writer's own agency (organization-words.csv, kind
     * zh-self) just before the name and its title; it stands for the report's author field.
     */
    private boolean selfWord(PersonNames.Found name, String clause) {
        String before = clause.substring(Math.max(0, name.from() - SELF_WINDOW), name.from());
        return ctx.dict().organizationWords().stream().filter(w -> w.kind().equals("zh-self")).anyMatch(w -> {
            int at = before.lastIndexOf(w.word());
            return at >= 0 && !before.startsWith("議", at + w.word().length()); // 本會議 is "this meeting"
        });
    }

    /** The forum or organisation named last in a cue's context ("OECD 數位經濟政策委員會主席"). */
    private Resource lastBody(String text) {
        if (text.isEmpty()) {
            return null;
        }
        List<Mention<Body>> bodies = bodies(text);
        return bodies.isEmpty() ? null : resource(bodies.get(bodies.size() - 1).value());
    }

    private Body nearestBody(PersonNames.Found name, String clause) {
        Mention<Body> best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention<Body> m : bodies(clause)) {
            int d = distance(name, m);
            if (d >= 0 && d <= ORG_WINDOW && d < bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        if (best == null) {
            // "Rachel Tuhiwai-Brooks, a New Zealand member of ABAC, urged": the body that ends the appositive
            for (Mention<Body> m : bodies(clause)) {
                if (m.from() >= name.to() && APPOSITIVE_GAP.matcher(clause.substring(name.to(), m.from())).matches()) {
                    return m.value();
                }
            }
        }
        return best == null ? null : best.value();
    }

    /** What may stand between a name and the body its appositive names: ", a New Zealand member of ". */
    private static final java.util.regex.Pattern APPOSITIVE_GAP = java.util.regex.Pattern.compile(
            "\\s*,\\s*(?:an?|the)\\s[^,;:()\"“”]{0,60}?\\b(?:of|at|with|from)\\s+(?:the\\s+)?");

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

    /** A forum (its code) or an organisation named in the text; written to the graph only when chosen. */
    private record Body(String forum, OrganizationNames.Found org) {}

    /** The body's resource; an organisation not known by slug is typed and named as one. */
    private Resource resource(Body b) {
        FactWriter w = ctx.writer();
        if (b.forum() != null) {
            return w.resource(Ids.forum(b.forum()));
        }
        OrganizationNames.Found o = b.org();
        return o.slug() != null ? w.resource(orgWriter.iri(o))
                : orgWriter.write(new Affiliations.Affiliation(o.name(), o.acronym(), o.economy()));
    }

    /** Forums and organisations named in {@code text}, left to right (nothing written). */
    private List<Mention<Body>> bodies(String text) {
        List<Mention<Body>> out = new ArrayList<>();
        for (Mention<String> f : ctx.forums(text)) {
            out.add(new Mention<>(f.from(), f.to(), f.surface(), new Body(f.value(), null)));
        }
        for (OrganizationNames.Found o : orgNames.find(text)) {
            out.add(new Mention<>(o.from(), o.to(), o.name(), new Body(null, o)));
        }
        out.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return out;
    }
}
