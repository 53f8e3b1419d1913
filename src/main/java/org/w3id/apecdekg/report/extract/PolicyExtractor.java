package org.w3id.apecdekg.report.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.apecdekg.report.lexicon.Cue;
import org.w3id.apecdekg.report.lexicon.Mention;
import org.w3id.apecdekg.report.rdf.Evidence;
import org.w3id.apecdekg.report.rdf.FactWriter;
import org.w3id.apecdekg.report.text.DateParser;
import org.w3id.apecdekg.report.text.Hashes;
import org.w3id.apecdekg.report.text.Paragraph;
import org.w3id.apecdekg.report.text.Sentence;
import org.w3id.apecdekg.report.text.Text;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;

/**
 * Economy policies: names found by {@link PolicyNameFinder}, minus APEC-level and other bodies'
 * documents (policy-exclusions.csv) and project titles, issued by the economy that owns the name
 * ("Singapore's", the economy named nearest before it, an economy inside the name, or the economy
 * the section is labelled with). Spellings of one policy by one issuer are merged.
 */
public final class PolicyExtractor {

    private static final Pattern POSSESSIVE = Pattern.compile("([A-Z][A-Za-z.\\-]*(?: [A-Z][A-Za-z.\\-]*)*|it)'s\\s*$");
    /** A policy name must be at least this much shorter than a project title containing it to be taken as part of it. */
    static final double PART_OF_TITLE = 0.7;

    private final ExtractionContext ctx;
    private final PolicyNameFinder finder;
    private final List<Found> policies = new ArrayList<>();

    private static final class Found {
        final String issuer;
        final List<PolicyCandidate> names = new ArrayList<>();
        final List<Evidence> evidence = new ArrayList<>();
        final Set<Integer> years = new LinkedHashSet<>();

        Found(String issuer) {
            this.issuer = issuer;
        }

        boolean sameAs(PolicyCandidate c) {
            for (PolicyCandidate n : names) {
                if (TitleMatch.similar(n.zh(), c.zh()) || TitleMatch.similar(n.en(), c.en())) {
                    return true;
                }
            }
            return false;
        }
    }

    public PolicyExtractor(ExtractionContext ctx) {
        this.ctx = ctx;
        this.finder = new PolicyNameFinder(ctx.dict());
    }

    public void extract() {
        Set<String> projectTitles = projectTitles();
        for (Paragraph p : ctx.paragraphs()) {
            for (Sentence s : p.sentences()) {
                if (!ProjectNumber.find(s.text(), ctx.dict().forumAcronyms()).isEmpty()) {
                    continue;
                }
                for (PolicyCandidate c : finder.find(s.text())) {
                    if (excluded(c) || partOfProjectTitle(c, projectTitles)) {
                        continue;
                    }
                    String issuer = issuer(s, c);
                    if (issuer == null) {
                        continue;
                    }
                    add(issuer, c, s);
                }
            }
        }
        write();
    }

    private void add(String issuer, PolicyCandidate c, Sentence s) {
        Found f = null;
        for (Found x : policies) {
            if (x.issuer.equals(issuer) && x.sameAs(c)) {
                f = x;
                break;
            }
        }
        if (f == null) {
            f = new Found(issuer);
            policies.add(f);
        }
        f.names.add(c);
        f.evidence.add(Evidence.of(s));
        for (int y : DateParser.years(s.text())) {
            if (y >= 1990 && y <= 2100) {
                f.years.add(y);
                break;
            }
        }
    }

    private String issuer(Sentence s, PolicyCandidate c) {
        String text = s.text();
        Matcher pos = POSSESSIVE.matcher(text.substring(0, c.from()));
        if (pos.find()) {
            List<Mention<String>> owner = ctx.economies(pos.group(1));
            if (owner.isEmpty() && !pos.group(1).strip().equalsIgnoreCase("it")) {
                return null;
            }
            if (!owner.isEmpty()) {
                return owner.get(owner.size() - 1).value();
            }
        }
        String before = null;
        String inside = null;
        for (Mention<String> m : ctx.economies(text)) {
            if (m.from() >= c.from() && m.to() <= c.to()) {
                inside = inside == null ? m.value() : inside;
            } else if (m.to() <= c.from() && !locative(text, m.from())) {
                before = m.value();
            }
        }
        if (before != null) {
            return before;
        }
        if (inside != null) {
            return inside;
        }
        String label = Sections.economyLabel(ctx, s.path());
        if (label != null) {
            return label;
        }
        return ctx.economies(text).isEmpty() ? paragraphEconomy(s) : null;
    }

    private boolean locative(String text, int at) {
        String head = text.substring(0, at).stripTrailing().toLowerCase(Locale.ROOT);
        for (String w : finder.locatives()) {
            if (head.endsWith(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The economy the paragraph names most often (a unique maximum), or null. */
    private String paragraphEconomy(Sentence s) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (Mention<String> m : ctx.economies(s.paragraph().text())) {
            counts.merge(m.value(), 1, Integer::sum);
        }
        String best = null;
        boolean tie = false;
        for (var e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
                tie = false;
            } else if (e.getValue().equals(counts.get(best))) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static boolean partOfProjectTitle(PolicyCandidate c, Set<String> titles) {
        for (String name : new String[] {c.zh(), c.en()}) {
            if (name == null) {
                continue;
            }
            String k = Text.key(name);
            for (String t : titles) {
                if (t.equals(k) || t.contains(k) && k.length() < PART_OF_TITLE * t.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean excluded(PolicyCandidate c) {
        String names = ((c.zh() == null ? "" : c.zh()) + " | " + (c.en() == null ? "" : c.en())).toLowerCase(Locale.ROOT);
        for (Cue x : ctx.dict().cues("policy-exclusions")) {
            if (names.contains(x.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return Text.key(c.primary()).length() < 2;
    }

    private Set<String> projectTitles() {
        Set<String> out = new LinkedHashSet<>();
        for (Resource p : ctx.writer().model().listResourcesWithProperty(RDF.type, DEKG.Project).toList()) {
            p.listProperties(SKOS.prefLabel).forEach(st -> out.add(Text.key(st.getString())));
        }
        return out;
    }

    private void write() {
        FactWriter w = ctx.writer();
        for (Found f : policies) {
            PolicyCandidate first = f.names.get(0);
            String zh = null;
            String en = null;
            for (PolicyCandidate c : f.names) {
                zh = zh == null ? c.zh() : zh;
                en = en == null ? c.en() : en;
            }
            String key = zh != null ? zh : en;
            Resource r = w.resource(Ids.ID + "policy/" + f.issuer + "-" + Hashes.prefix(Text.key(key), 12));
            w.add(r, RDF.type, DEKG.Policy);
            if (zh != null) {
                w.add(r, SKOS.prefLabel, w.lang(zh, "zh-Hant"));
            }
            if (en != null) {
                w.add(r, SKOS.prefLabel, w.lang(en, "en"));
            }
            for (PolicyCandidate c : f.names) {
                if (c.zh() != null && !c.zh().equals(zh)) {
                    w.add(r, SKOS.altLabel, w.lang(c.zh(), "zh-Hant"));
                }
                if (c.en() != null && !c.en().equals(en)) {
                    w.add(r, SKOS.altLabel, w.lang(c.en(), "en"));
                }
            }
            w.add(r, DEKG.policyType, w.resource(Ids.policyType(first.type())));
            String allNames = (zh == null ? "" : zh) + " " + (en == null ? "" : en);
            Set<String> topics = new LinkedHashSet<>();
            String lower = allNames.toLowerCase(Locale.ROOT);
            for (Cue t : ctx.dict().cues("policy-topics")) {
                if (org.w3id.apecdekg.report.Dictionaries.containsWord(lower, t.text().toLowerCase(Locale.ROOT))) {
                    topics.add(t.value());
                }
            }
            for (String t : topics) {
                w.add(r, DEKG.topic, w.resource(Ids.policyTopic(t)));
            }
            if (!f.years.isEmpty()) {
                w.add(r, DCTerms.date, w.typed(String.valueOf(f.years.iterator().next()), XSDDatatype.XSDgYear));
            }
            for (Evidence ev : f.evidence) {
                w.fact(r, DEKG.issuedBy, w.resource(Ids.economy(f.issuer)), ev);
            }
        }
    }
}
