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
import org.w3id.apecdekg.report.Dictionaries;
import org.w3id.apecdekg.report.lexicon.Cue;
import org.w3id.apecdekg.report.lexicon.Mention;
import org.w3id.apecdekg.report.rdf.Evidence;
import org.w3id.apecdekg.report.rdf.FactWriter;
import org.w3id.apecdekg.report.text.Hashes;
import org.w3id.apecdekg.report.text.NameKeys;
import org.w3id.apecdekg.report.text.Paragraph;
import org.w3id.apecdekg.report.text.Sentence;
import org.w3id.apecdekg.report.text.Text;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;

/**
 * Economy policies: names found by {@link PolicyNameFinder}, minus APEC-level and other bodies'
 * documents (policy-exclusions.csv) and project titles, issued by the economy that owns the name
 * ("Singapore's", the economy named nearest before it, an economy inside the name, or the economy
 * the section is labelled with). Spellings of one policy by one issuer are merged, and so are the
 * short names the text defines in parentheses after a name and the names policy-aliases.csv maps to
 * one canonical name. The IRI is {@code id/policy/{issuer}-{hash of the key of one name}} (see
 * {@link #identityName}, {@link NameKeys#policy}): the same in every report that names the policy
 * so, whatever its language.
 */
public final class PolicyExtractor {

    private static final Pattern POSSESSIVE = Pattern.compile("([A-Z][A-Za-z.\\-]*(?: [A-Z][A-Za-z.\\-]*)*|it)'s\\s*$");
    /** A policy name must be at least this much shorter than a project title containing it to be taken as part of it. */
    static final double PART_OF_TITLE = 0.7;

    private final ExtractionContext ctx;
    private final PolicyNameFinder finder;
    private final List<Found> policies = new ArrayList<>();

    /**
     * A short name the text defines right after a policy's name, in parentheses: "(MyDIGITAL)",
     * "(the “AI Basic Act”)", "(hereinafter PDPA)", "「…藍圖」（MyDIGITAL）". Latin script, at most 6 words.
     * Group 1 is the rest of an English name that the name finder cut at "and" ("… Industries and
     * Building of Trust (the "Data Trust Act")"): a name with a short name defined after it is one name.
     */
    private static final Pattern DEFINED_SHORT_NAME = Pattern.compile(
            "^((?:\\s+(?:[A-Z][\\w'’\\-]*|of|for|on|the|and|to|in|with|&))*)"
            + "\\s*[(（]\\s*(?:(?:hereinafter|hereafter|also known as|known as|or)\\s+)?(?:the\\s+)?[\"“'‘]?"
            + "([A-Za-z][A-Za-z0-9./\\- ]{1,48}?)[\"”'’]?\\s*[)）]");

    private final class Found {
        final String issuer;
        final List<PolicyCandidate> names = new ArrayList<>();
        /** Short names the text defines for the policy (see {@link #DEFINED_SHORT_NAME}). */
        final Set<String> shortNames = new LinkedHashSet<>();
        final List<Evidence> evidence = new ArrayList<>();
        /** Issue years (the first given wins) and target years, as {@link PolicyYears} reads them. */
        final Set<Integer> years = new LinkedHashSet<>();
        final Set<Integer> targets = new LinkedHashSet<>();

        Found(String issuer) {
            this.issuer = issuer;
        }

        boolean sameAs(PolicyCandidate c) {
            for (PolicyCandidate n : names) {
                if (TitleMatch.similar(n.zh(), c.zh()) || TitleMatch.similar(n.en(), c.en())) {
                    return true;
                }
            }
            Set<String> mine = keys();
            for (String name : new String[] {c.zh(), c.en()}) {
                if (name != null && (mine.contains(NameKeys.policy(name))
                        || mine.contains(canonicalKey(ctx.dict().policyCanonical(issuer, name))))) {
                    return true;
                }
            }
            return false;
        }

        /** Policy keys of every written name and short name, and of their canonical names in policy-aliases.csv. */
        Set<String> keys() {
            Set<String> out = new LinkedHashSet<>();
            for (String name : written()) {
                out.add(NameKeys.policy(name));
                String canonical = ctx.dict().policyCanonical(issuer, name);
                if (canonical != null) {
                    out.add(NameKeys.policy(canonical));
                }
            }
            out.remove("");
            return out;
        }

        /** Every name as written: Chinese and English names of each mention, then the short names. */
        List<String> written() {
            List<String> out = new ArrayList<>();
            for (PolicyCandidate n : names) {
                if (n.zh() != null && !out.contains(n.zh())) {
                    out.add(n.zh());
                }
                if (n.en() != null && !out.contains(n.en())) {
                    out.add(n.en());
                }
            }
            for (String a : shortNames) {
                if (!out.contains(a)) {
                    out.add(a);
                }
            }
            return out;
        }
    }

    private static String canonicalKey(String canonical) {
        return canonical == null ? "\u0000" : NameKeys.policy(canonical);
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
                int definedUntil = -1;
                List<PolicyCandidate> found = new ArrayList<>(finder.find(s.text()));
                found.sort(java.util.Comparator.comparingInt(PolicyCandidate::from));
                for (PolicyCandidate c : found) {
                    if (c.from() < definedUntil) {
                        continue; // the short name defined in parentheses after the previous policy
                    }
                    if (excluded(c) || partOfProjectTitle(c, projectTitles)) {
                        continue;
                    }
                    Matcher d = DEFINED_SHORT_NAME.matcher(s.text().substring(Math.min(c.to(), s.text().length())));
                    String shortName = null;
                    if (d.find() && (c.en() != null || d.group(1).isBlank()) && shortName(d.group(2))) {
                        shortName = d.group(2).strip();
                        if (!d.group(1).isBlank()) {
                            c = new PolicyCandidate(c.zh(), c.en() + d.group(1), c.from(), c.to() + d.group(1).length(), c.type());
                        }
                    }
                    String issuer = issuer(s, c);
                    if (issuer == null) {
                        continue;
                    }
                    Found f = add(issuer, c, s, found);
                    if (shortName != null) {
                        if (c.en() == null || !NameKeys.policy(shortName).equals(NameKeys.policy(c.en()))) {
                            f.shortNames.add(shortName);
                        }
                        definedUntil = c.to() + d.end() - d.group(1).length();
                    }
                }
            }
        }
        write();
    }

    /** A parenthesis after a name defines a short name: at most 6 words, not a year, not an economy's name. */
    private boolean shortName(String text) {
        String t = text.strip();
        if (t.split("\\s+").length > 6 || t.matches("(?:19|20)\\d{2}.*")) {
            return false;
        }
        List<Mention<String>> economies = ctx.economies(t);
        return economies.isEmpty() || economies.get(0).to() - economies.get(0).from() < t.length();
    }

    private Found add(String issuer, PolicyCandidate c, Sentence s, List<PolicyCandidate> inSentence) {
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
        List<int[]> names = new ArrayList<>();
        for (PolicyCandidate o : inSentence) {
            names.add(new int[] {o.from(), o.to()});
        }
        List<String> written = new ArrayList<>();
        written.add(c.en());
        written.add(c.zh());
        PolicyYears.Years y = PolicyYears.of(s.text(), c.from(), c.to(), written, names);
        if (y.issued() != null && y.issued() >= 1900 && y.issued() <= 2100) {
            f.years.add(y.issued());
        }
        y.targets().stream().filter(t -> t >= 1990 && t <= 2100).forEach(f.targets::add);
        return f;
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
        boolean startsWithEconomy = false;
        for (Mention<String> m : ctx.economies(text)) {
            if (m.from() >= c.from() && m.to() <= c.to()) {
                if (inside == null) {
                    inside = m.value();
                    startsWithEconomy = m.from() == c.from();
                }
            } else if (m.to() <= c.from() && !locative(text, m.from())) {
                before = m.value();
            }
        }
        if (startsWithEconomy && !Dictionaries.SELF.equals(inside)) {
            return inside; // "the Malaysia Digital Economy Blueprint": the economy its name begins with
        }
        if (before != null) {
            return before;
        }
        if (inside != null) {
            return inside;
        }
        String body = bodyBefore(text, c.from());
        if (body != null) {
            return body; // 立法院三讀通過《人工智慧基本法》: the economy of the body that passed it
        }
        String label = Sections.economyLabel(ctx, s.path());
        if (label != null) {
            return label;
        }
        return ctx.economies(text).isEmpty() ? paragraphEconomy(s) : null;
    }

    /**
     * The economy of the last organisation of one economy named before {@code at}: a government body
     * (agencies.csv, known-organizations.csv) or any name the organisation finder gives an economy, a
     * short name the report defined included (數位發展部（數位部） … 數位部去年公布的「…方案」).
     */
    private String bodyBefore(String text, int at) {
        String economy = null;
        for (OrganizationNames.Found f : ctx.organizationNames().find(text)) {
            if (f.to() <= at && f.economy() != null) {
                economy = f.economy();
            }
        }
        return economy;
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
        if (c.zh() != null && c.en() == null) {
            String zh = Text.key(c.zh());
            if (zh.codePointCount(0, zh.length()) < 3) {
                return true; // 「母法」: a two-character word in quotes is a figure of speech, not a name
            }
            for (Dictionaries.OrganizationWord w : ctx.dict().organizationWords()) {
                if (w.kind().equals("zh-suffix") && w.word().length() >= 2 && zh.endsWith(w.word())) {
                    return true; // 「臺灣演算法問責協會」: an organisation's name
                }
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

    /**
     * The name whose key makes a policy's IRI: the canonical name policy-aliases.csv gives any of its
     * names, else its first English name that is not a short form, else its first Chinese name, else
     * its first name. So a report that writes a policy in Chinese with the English name beside it
     * and a report that writes it in English mint the same IRI.
     */
    private String identityName(Found f) {
        List<String> written = f.written();
        for (String n : written) {
            String canonical = ctx.dict().policyCanonical(f.issuer, n);
            if (canonical != null) {
                return canonical;
            }
        }
        for (PolicyCandidate c : f.names) {
            if (c.en() != null && !NameKeys.abbreviation(c.en())) {
                return c.en();
            }
        }
        for (PolicyCandidate c : f.names) {
            if (c.zh() != null) {
                return c.zh();
            }
        }
        return written.get(0);
    }

    private void write() {
        FactWriter w = ctx.writer();
        for (Found f : policies) {
            PolicyCandidate first = f.names.get(0);
            String identity = identityName(f);
            boolean identityZh = identity.codePoints().anyMatch(Text::isCjk);
            String zh = identityZh ? identity : null;
            String en = identityZh ? null : identity;
            for (PolicyCandidate c : f.names) {
                zh = zh == null ? c.zh() : zh;
                en = en == null ? c.en() : en;
            }
            Resource r = w.resource(Ids.ID + "policy/" + f.issuer + "-" + Hashes.prefix(NameKeys.policy(identity), 12));
            w.add(r, RDF.type, DEKG.Policy);
            if (zh != null) {
                w.add(r, SKOS.prefLabel, w.lang(zh, "zh-Hant"));
            }
            if (en != null) {
                w.add(r, SKOS.prefLabel, w.lang(en, "en"));
            }
            for (String name : f.written()) {
                if (!name.equals(zh) && !name.equals(en)) {
                    w.add(r, SKOS.altLabel, w.lang(name, name.codePoints().anyMatch(Text::isCjk) ? "zh-Hant" : "en"));
                }
            }
            w.add(r, DEKG.policyType, w.resource(Ids.policyType(first.type())));
            String allNames = (zh == null ? "" : zh) + " " + (en == null ? "" : en);
            Set<String> topics = new LinkedHashSet<>();
            String lower = allNames.toLowerCase(Locale.ROOT);
            for (Cue t : ctx.dict().cues("policy-topics")) {
                if (Dictionaries.containsWord(lower, t.text().toLowerCase(Locale.ROOT))) {
                    topics.add(t.value());
                }
            }
            for (String t : topics) {
                w.add(r, DEKG.topic, w.resource(Ids.policyTopic(t)));
            }
            if (!f.years.isEmpty()) {
                w.add(r, DCTerms.issued, w.typed(String.valueOf(f.years.iterator().next()), XSDDatatype.XSDgYear));
            }
            for (int t : f.targets) {
                if (!f.years.contains(t)) {
                    w.add(r, DEKG.targetYear, w.typed(String.valueOf(t), XSDDatatype.XSDgYear));
                }
            }
            for (Evidence ev : f.evidence) {
                w.fact(r, DEKG.issuedBy, w.resource(Ids.economy(f.issuer)), ev);
            }
        }
    }
}
