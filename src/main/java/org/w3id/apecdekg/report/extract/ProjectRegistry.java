package org.w3id.apecdekg.report.extract;

import org.w3id.apecdekg.report.rdf.Evidence;

import org.apache.jena.vocabulary.RDFS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.apecdekg.report.rdf.FactWriter;
import org.w3id.apecdekg.report.text.Hashes;
import org.w3id.apecdekg.report.text.Text;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;

/**
 * Merges project mentions into projects (same canonical number; else similar title with a
 * compatible proposer; a title in one language only with the single unmatched project of the same
 * proposer and status in the other language) and writes them with their evidence.
 */
public final class ProjectRegistry {

    private final ExtractionContext ctx;
    private final List<Project> projects = new ArrayList<>();

    public ProjectRegistry(ExtractionContext ctx) {
        this.ctx = ctx;
    }

    /** Adds mentions in order; creating mentions first, then those that may only add facts. */
    public void addAll(List<ProjectMention> mentions) {
        for (ProjectMention m : mentions) {
            if (m.creates) {
                add(m);
            }
        }
        for (ProjectMention m : mentions) {
            if (!m.creates) {
                Project p = find(m);
                if (p != null) {
                    p.add(m);
                }
            }
        }
    }

    private void add(ProjectMention m) {
        Project p = find(m);
        if (p == null) {
            projects.add(new Project(m));
        } else {
            p.add(m);
        }
    }

    private Project find(ProjectMention m) {
        if (m.number != null) {
            for (Project p : projects) {
                if (p.number != null && p.number.canonical().equals(m.number.canonical())) {
                    return p;
                }
            }
        }
        for (Project p : projects) {
            if (m.number != null && p.number != null) {
                continue;
            }
            if (p.proposerCompatible(m) && p.matchesTitle(m)) {
                return p;
            }
        }
        if (m.number == null) {
            List<Project> loose = new ArrayList<>();
            for (Project p : projects) {
                if (p.looselyMatches(m)) {
                    loose.add(p);
                }
            }
            if (loose.size() == 1) {
                return loose.get(0);
            }
        }
        return null;
    }

    /** Joins a project known only by an English title to the one project of the same proposer and status known only in Chinese. */
    private void joinAcrossLanguages() {
        for (Project a : new ArrayList<>(projects)) {
            if (!projects.contains(a) || a.number != null || a.zh != null || a.en == null) {
                continue;
            }
            List<Project> candidates = new ArrayList<>();
            for (Project b : projects) {
                if (b != a && b.number == null && b.en == null && b.zh != null
                        && a.proposer() != null && a.proposer().equals(b.proposer())
                        && statuses(a).equals(statuses(b))) {
                    candidates.add(b);
                }
            }
            if (candidates.size() == 1) {
                Project b = candidates.get(0);
                for (ProjectMention m : a.mentions) {
                    b.add(m);
                }
                projects.remove(a);
            }
        }
    }

    public void write() {
        joinAcrossLanguages();
        FactWriter w = ctx.writer();
        for (Project p : projects) {
            String proposer = p.proposer();
            Resource r = w.resource(iri(p, proposer));
            w.add(r, RDF.type, DEKG.Project);
            if (p.zh != null) {
                w.add(r, SKOS.prefLabel, w.lang(p.zh, "zh-Hant"));
            }
            if (p.en != null) {
                w.add(r, SKOS.prefLabel, w.lang(p.en, "en"));
            }
            if (p.number != null) {
                w.add(r, DEKG.forum, w.resource(ctx.dict().projectForumIri(p.number.forum())));
                String fs = p.number.fundingSource();
                if (fs != null) {
                    w.add(r, DEKG.fundingSource, w.resource(Ids.fundingSource(fs)));
                }
                w.add(r, SKOS.notation, w.typed(p.number.canonical(), XSDDatatype.XSDstring));
            }
            Set<String> structural = new LinkedHashSet<>();
            for (ProjectMention m : p.mentions) {
                if (m.status != null && m.structuralStatus) {
                    structural.add(m.status);
                }
            }
            if (p.number != null && p.number.conceptNote() && statuses(p).isEmpty()) {
                // a concept-note number (suffix of the proposal stage) is itself the evidence of "proposed"
                ProjectMention numbered = p.mentions.stream().filter(m -> m.number != null).findFirst()
                        .orElse(p.mentions.get(0));
                w.fact(r, DEKG.status, w.resource(Ids.projectStatus("proposed")), numbered.evidence);
            }
            Set<String> conflicts = new LinkedHashSet<>();
            for (ProjectMention m : p.mentions) {
                if (m.number != null) {
                    w.fact(r, DEKG.projectNumber, w.typed(m.number.canonical(), XSDDatatype.XSDstring), m.evidence);
                    if (!m.number.written().equals(m.number.canonical())) {
                        w.add(r, SKOS.altLabel, w.typed(m.number.written(), XSDDatatype.XSDstring));
                    }
                }
                if (m.proposer != null) {
                    if (m.proposer.equals(proposer)) {
                        w.fact(r, DEKG.proposedBy, w.resource(Ids.economy(m.proposer)), m.evidence);
                    } else {
                        conflicts.add(m.proposer);
                    }
                }
                for (String c : m.cosponsors) {
                    if (!c.equals(proposer)) {
                        w.fact(r, DEKG.coSponsoredBy, w.resource(Ids.economy(c)), m.evidence);
                    }
                }
                if (m.status != null && (m.structuralStatus || structural.isEmpty())) {
                    w.fact(r, DEKG.status, w.resource(Ids.projectStatus(m.status)), m.evidence);
                }
                for (int k : m.kfas) {
                    w.fact(r, DEKG.addressesFocusArea, w.resource(Ids.kfa(k)), m.evidence);
                }
                for (ProjectMention.EventInfo e : m.events) {
                    Resource named = namedEvent(w, e, m.evidence);
                    if (named != null) {
                        // 主辦「APEC 中小企業數位信任工作坊」…計畫 DESG 07 2025A: the event the sentence names is the project's
                        w.fact(r, DEKG.hasEvent, named, m.evidence);
                        continue;
                    }
                    Resource ev = w.resource(Ids.event(localKey(p, proposer) + "-" + e.kind() + "-" + e.start()));
                    w.add(ev, RDF.type, DEKG.Event);
                    if (e.kind().equals("workshop")) {
                        w.add(ev, RDF.type, DEKG.Workshop);
                    }
                    eventLabels(w, ev, p, e);
                    w.add(ev, DEKG.startDate, w.typed(e.start().toString(), XSDDatatype.XSDdate));
                    w.add(ev, DEKG.endDate, w.typed(e.end().toString(), XSDDatatype.XSDdate));
                    if (e.host() != null) {
                        w.add(ev, DEKG.hostEconomy, w.resource(Ids.economy(e.host())));
                    }
                    w.fact(r, DEKG.hasEvent, ev, m.evidence);
                }
            }
            for (String c : conflicts) {
                w.issue("conflicting-proposer", (p.number != null ? p.number.canonical() : p.zh != null ? p.zh : p.en)
                        + " / " + c, p.mentions.get(0).evidence.line(),
                        "project is also attributed to " + c + "; kept " + proposer);
            }
        }
    }

    /** A named event already extracted that starts that day and whose name the project's sentence holds, or null. */
    private static Resource namedEvent(FactWriter w, ProjectMention.EventInfo e, Evidence ev) {
        if (ev == null || ev.quote() == null) {
            return null;
        }
        String quote = Text.nfkc(ev.quote());
        for (Resource x : w.model().listSubjectsWithProperty(DEKG.startDate,
                w.typed(e.start().toString(), XSDDatatype.XSDdate)).toList()) {
            if (!x.hasProperty(RDF.type, DEKG.Event) || !x.hasProperty(RDFS.label)) {
                continue;
            }
            String label = Text.nfkc(x.getProperty(RDFS.label).getString());
            if (label.length() >= 4 && quote.contains(label)) {
                return x;
            }
        }
        return null;
    }

    /** skos:prefLabel of a project event: the project's title in each language, the event kind and date. */
    private static void eventLabels(FactWriter w, Resource ev, Project p, ProjectMention.EventInfo e) {
        String en = p.en != null ? p.en : p.number != null ? p.number.canonical() : null;
        if (en != null || p.zh == null) {
            w.add(ev, SKOS.prefLabel, w.lang((en == null ? "Project" : en) + " - " + e.kind() + " " + e.start(), "en"));
        }
        if (p.zh != null) {
            w.add(ev, SKOS.prefLabel, w.lang(p.zh + (e.kind().equals("workshop") ? " 工作坊 " : " 活動 ") + e.start(), "zh-Hant"));
        }
    }

    /** Projects as merged so far (for tests). */
    public Map<String, String> summary() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Project p : projects) {
            out.put(iri(p, p.proposer()), p.zh + " / " + p.en + " / " + p.proposer());
        }
        return out;
    }

    private static String iri(Project p, String proposer) {
        if (p.number != null) {
            return Ids.project(p.number.canonical());
        }
        return Ids.ID + "project/" + localKey(p, proposer);
    }

    private static String localKey(Project p, String proposer) {
        if (p.number != null) {
            return p.number.canonical().replace(' ', '-');
        }
        String title = p.mentions.get(0).title();
        return (proposer == null ? "XX" : proposer) + "-" + Hashes.prefix(Text.key(title), 12);
    }

    private static Set<String> statuses(Project p) {
        Set<String> s = new LinkedHashSet<>();
        for (ProjectMention m : p.mentions) {
            if (m.status != null) {
                s.add(m.status);
            }
        }
        return s;
    }
}
