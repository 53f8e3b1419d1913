package org.w3id.apecdekg.report.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.w3id.apecdekg.report.lexicon.Gazetteer;
import org.w3id.apecdekg.report.lexicon.Mention;
import org.w3id.apecdekg.report.rdf.Evidence;
import org.w3id.apecdekg.report.text.Paragraph;
import org.w3id.apecdekg.report.text.ReportLine;
import org.w3id.apecdekg.report.text.Sentence;
import org.w3id.apecdekg.report.text.Text;

/**
 * People and their roles. A name found by {@link PersonNames} gets a role from a role cue
 * (role-cues.csv) right before it in its clause (講者 X, DESG 主席 X, the DESG Vice-Chair, X), in a
 * parenthesis after it ((現任 DESG 副主席)), or from a clause that ends in a cue and introduces a list
 * (四位主席候選人，包含 A、B 及 C; "the candidates ...:" followed by list items); a speech verb right
 * after the name (X 表示, Name presented, X，他分享) makes a speaker, and so does a list of names
 * that ends in one. Each role is written by {@link PersonWriter}.
 */
public final class PeopleExtractor {

    /** Largest distance (characters) between a role cue and the name it introduces. */
    static final int CUE_WINDOW = 60;

    /** person-cues.csv kind of a verb that is a chair's duty when the person chairs (opened, welcomed). */
    private static final String DUTY = "duty-verb";
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+•●○▪]|[(（]\\s*\\d{1,2}\\s*[)）]|\\d{1,2}[)）])");
    /** "Ms. Anna Smith of OECD presented": an affiliation between a name and its verb. */
    private static final Pattern AFFILIATION = Pattern.compile("^(?:of|from|at)\\s+(?:the\\s+)?");
    /** ", Chair of", "(Vice-Chair": how an appositive role opens. */
    private static final Pattern APPOSITIVE_ROLE = Pattern.compile("^\\s*[,(（]\\s*(?:the\\s+)?");
    /** ", who": a relative clause after a name, which may open with a role ("who chairs"). */
    /** The comma that closes a relative clause after a name (", who heads …, walked"): the first after "who". */
    private static final Pattern RELATIVE_END = Pattern.compile("(?<=\\S),\\s+(?=\\p{Ll})");
    private static final Pattern WHO = Pattern.compile("^\\s*,\\s*who\\b");
    /** 在開幕式上, 於 AI 治理議程中, 致詞時: where or when, between a name and its verb. */
    private static final Pattern LOCATIVE = Pattern.compile("^(?:(?:在|於|于)[^，。；,;：:「」《》]{1,20}?(?:中|上|時|时)|[^，。；,;：:\\s]{1,4}(?:時|时))");
    /** What may open a clause before the next name of a list split by semicolons: "and", an honorific. */
    private static final Pattern NEXT_IN_LIST = Pattern.compile("^\\s*(?:and\\s+|及|和|與)?(?:(?:Mr|Ms|Mrs|Dr|Prof|Professor|H\\.?E\\.?)\\.?\\s+)?$");
    /** The end of one item of a semicolon list of people, before the next name. */
    private static final Pattern SEMICOLON_ITEM = Pattern.compile("[;；]\\s*(?:and\\s+|及|和|與)?(?:(?:Mr|Ms|Mrs|Dr|Prof|Professor)\\.?\\s+)?$");
    /** What ends the gap between two people of one list: a comma or "and" (the next name opening with an honorific). */
    private static final Pattern COMMA_ITEM = Pattern.compile("(?:,|\\band)\\s*(?:and\\s+)?$");
    private static final Pattern HONORIFIC_FIRST = Pattern.compile("(?:Mr|Ms|Mrs|Dr|Prof|Professor|Engr|Atty)\\.?\\s");
    /** A parenthesis right after a name ("Professor Kim Hye-won (Korea), Lead Shepherd of …"). */
    private static final Pattern PARENTHESIS_FIRST = Pattern.compile("^\\s*[(（][^()（）]{1,40}[)）]");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("^\\s*(?:[、,;/]|及|和|與|以及|and|&)?\\s*$");

    private final ExtractionContext ctx;
    private final MeetingExtractor meetings;
    private final PersonNames names;
    private final Affiliations affiliations;
    private final OrganizationWriter organizations;
    private final Gazetteer<String> roles = new Gazetteer<>();
    private final Gazetteer<String> verbs;
    private final Gazetteer<String> fillers;
    private final Gazetteer<String> honorifics;
    /** Full names that already have a role in this report. */
    private final Set<String> withRole = new java.util.HashSet<>();

    public PeopleExtractor(ExtractionContext ctx, MeetingExtractor meetings) {
        this.ctx = ctx;
        this.meetings = meetings;
        this.names = new PersonNames(ctx);
        this.affiliations = new Affiliations(ctx);
        this.organizations = new OrganizationWriter(ctx);
        for (var c : ctx.dict().cues("role-cues")) {
            roles.add(c.text(), c.value());
        }
        this.verbs = PersonNames.words(ctx, "verb");
        for (var c : ctx.dict().cues("person-cues")) {
            if (c.value().equals(DUTY)) {
                verbs.add(c.text(), DUTY);
            }
        }
        this.fillers = PersonNames.words(ctx, "filler");
        this.honorifics = PersonNames.words(ctx, "honorific");
    }

    /** One name in a clause and what the clause says about it. */
    private static final class Person {
        final PersonNames.Found name;
        final Set<String> roles = new LinkedHashSet<>();
        Mention<String> cue;
        /** A role cue opening the appositive after the name (", Chair of the DESG") and its text. */
        String appositiveRole;
        String appositiveContext;
        boolean speaks;
        /** Speaks only by a chair's duty ("opened the meeting, welcomed delegates"): no speaker when chairing. */
        boolean dutyOnly;

        Person(PersonNames.Found name) {
            this.name = name;
        }
    }

    public void extract() {
        if (roles.isEmpty()) {
            return;
        }
        // full names first, so that a later "Morimoto said" / "Mr Villaluz" is that person
        PersonWriter writer = new PersonWriter(ctx, meetings);
        new FieldPeople(ctx).extract(writer);
        for (Paragraph p : ctx.paragraphs()) {
            for (Sentence s : p.sentences()) {
                for (PersonNames.Found f : names.find(s.text())) {
                    names.learn(f);
                    writer.learn(f, s);
                }
            }
        }
        Lead listLead = null;
        for (Paragraph p : ctx.paragraphs()) {
            boolean item = isListItem(p);
            if (!item) {
                listLead = null;
            }
            List<Sentence> sentences = p.sentences();
            for (int si = 0; si < sentences.size(); si++) {
                Sentence s = sentences.get(si);
                Lead lead = sentence(s, item ? listLead : null, writer);
                boolean last = si == sentences.size() - 1;
                if (last && lead != null && s.text().matches("(?s).*[:：]\\s*$")) {
                    listLead = lead;
                }
            }
        }
    }

    /**
     * The appositive after a name: a role cue opening it (", Chair of the APEC Digital Economy Steering
     * Group") gives that role; a speech verb right after it (", Dean of X, argued") makes a speaker; so
     * does a quote verb right before the name ("said Ms X") when nothing else gives a role.
     */
    private void appositive(Person person, String text, int clauseFrom) {
        int nameEnd = clauseFrom + person.name.to();
        int limit = nextName(text, nameEnd);
        int end = affiliations.appositiveEnd(text, nameEnd, limit);
        String opening = text.substring(nameEnd, end < 0 ? Math.min(limit, nameEnd + Affiliations.WINDOW) : end);
        if (WHO.matcher(text.substring(nameEnd)).find()) {
            // ", who chairs the X, …": the relative clause is the appositive
            opening = text.substring(nameEnd, Math.min(limit, nameEnd + Affiliations.WINDOW));
        }
        var paren = PARENTHESIS_FIRST.matcher(opening);
        if (paren.find() && opening.substring(paren.end()).matches("(?s)\\s*,.*")) {
            opening = opening.substring(paren.end());
        }
        var head = APPOSITIVE_ROLE.matcher(opening);
        if (head.find()) {
            String rest = opening.substring(head.end());
            List<Mention<String>> cues = roles.find(rest);
            if (!cues.isEmpty() && cues.get(0).from() == 0 && !cues.get(0).value().equals("-")) {
                person.roles.add(cues.get(0).value());
                person.appositiveRole = cues.get(0).value();
                int stop = rest.indexOf(',', cues.get(0).to());
                person.appositiveContext = stop < 0 ? rest : rest.substring(0, stop);
            }
        }
        if (WHO.matcher(text.substring(nameEnd)).find()) {
            // "Park Seo-yeon, who heads the team at X (PIPC), walked participants through": the verb after the clause
            String rel = text.substring(nameEnd, Math.min(limit, nameEnd + Affiliations.WINDOW));
            Matcher comma = RELATIVE_END.matcher(rel);
            if (comma.find() && comma.start() > 0 && startsWithVerb(rel.substring(comma.end()))) {
                person.dutyOnly = DUTY.equals(verbAt(rel.substring(comma.end())));
                person.speaks = true;
                person.roles.add("speaker");
            }
        }
        if (end >= 0 && startsWithVerb(text.substring(end))) {
            person.dutyOnly = DUTY.equals(verbAt(text.substring(end)));
            person.speaks = true;
            person.roles.add("speaker");
        }
        if (person.roles.isEmpty()) {
            String before = text.substring(Math.max(0, clauseFrom + person.name.from() - CUE_WINDOW),
                    clauseFrom + person.name.from());
            List<Mention<String>> v = verbs.find(before);
            if (!v.isEmpty() && before.substring(v.get(v.size() - 1).to()).isBlank()
                    && (v.get(v.size() - 1).from() == 0 || !Character.isLetter(before.charAt(v.get(v.size() - 1).from() - 1)))) {
                person.speaks = true;
                person.roles.add("speaker");
            }
        }
    }

    /**
     * A person named with no role but with the organisation they speak for, written next to the name:
     * an English appositive ("Winnie Lau, an assistant privacy commissioner at Hong Kong's Office of …")
     * or a Chinese organisation and title right before it (國家發展委員會副主任委員高明哲): a membership
     * without a role.
     */
    private void member(Person person, String text, int from, String clause, Sentence s, PersonWriter writer) {
        // only organisations the finder reads in the sentence anyway: a role-less mention adds no organisation
        List<OrganizationNames.Found> known = ctx.organizationNames().find(text);
        for (Affiliations.Affiliation a : affiliations.findAll(text, from + person.name.to(),
                nextName(text, from + person.name.to()))) {
            known.stream().filter(o -> o.name().equals(a.name())).findFirst()
                    .ifPresent(o -> writer.member(person.name, organizations.write(o, Evidence.of(s)), s));
        }
        if (!Text.isCjk(person.name.name().codePointAt(0))) {
            return;
        }
        for (OrganizationNames.Found o : ctx.organizationNames().find(clause)) {
            int gap = person.name.from() - o.to();
            if (gap >= 0 && gap <= ZH_TITLE_GAP && clause.substring(o.to(), person.name.from()).codePoints().allMatch(Text::isCjk)) {
                writer.member(person.name, organizations.write(o, Evidence.of(s)), s);
            }
        }
    }

    /** Most characters of a job title between a Chinese organisation's name and a person's (副主任委員). */
    static final int ZH_TITLE_GAP = 8;

    /** Where the next name in the sentence starts after {@code at}, or the sentence's end. */
    private int nextName(String text, int at) {
        for (PersonNames.Found f : names.find(text)) {
            if (f.from() >= at && !affiliations.continuesWithHead(text.substring(f.to()))
                    && !affiliations.continuesWithHead(" " + f.name().substring(f.name().lastIndexOf(' ') + 1))) {
                return f.from();
            }
        }
        return text.length();
    }

    /** A clause ending in a role cue (and no name after it): the role of the names that follow. */
    record Lead(String role, String context) {}

    private Lead sentence(Sentence s, Lead inherited, PersonWriter writer) {
        String text = s.text();
        List<int[]> clauses = Clauses.split(text);
        Lead lead = inherited;
        Mention<String> listCue = null;
        for (int ci = 0; ci < clauses.size(); ci++) {
            int from = clauses.get(ci)[0];
            int to = clauses.get(ci)[1];
            String clause = text.substring(from, to);
            List<PersonNames.Found> found = dropOrganizations(clause, names.find(clause));
            List<Mention<String>> cues = roles.find(clause);
            List<Person> people = new ArrayList<>();
            int prevEnd = 0;
            for (PersonNames.Found f : found) {
                Person person = new Person(f);
                before(person, clause, cues, prevEnd);
                Person prev = people.isEmpty() ? null : people.get(people.size() - 1);
                if (person.roles.isEmpty() && prev != null && prev.cue != null
                        && SEMICOLON_ITEM.matcher(clause.substring(prev.name.to(), f.from())).find()) {
                    // "remarks were given by Ms A, Deputy Secretary, …; and Dr B, Head of …": B is in A's list
                    person.roles.add(prev.cue.value());
                    person.cue = prev.cue;
                } else if (person.roles.isEmpty() && prev != null && prev.cue != null && prev.cue.value().equals("speaker")
                        && COMMA_ITEM.matcher(clause.substring(prev.name.to(), f.from())).find()
                        && HONORIFIC_FIRST.matcher(clause.substring(f.from())).lookingAt()) {
                    // "Speakers included Dr A of X (Chile), Mr B of Y (Korea) and Ms C of Z": B and C are in A's list
                    person.roles.add(prev.cue.value());
                    person.cue = prev.cue;
                } else if (person.roles.isEmpty() && people.isEmpty() && listCue != null
                        && NEXT_IN_LIST.matcher(clause.substring(0, f.from())).matches()) {
                    // the same list split into clauses at a Chinese semicolon
                    person.roles.add(listCue.value());
                    person.cue = listCue;
                }
                after(person, clause, cues, found, ci + 1 < clauses.size()
                        ? text.substring(clauses.get(ci + 1)[0], clauses.get(ci + 1)[1]) : "");
                if (lead != null && (lead != inherited || (ci == 0 && people.isEmpty()))) {
                    // a list item ("- Mr X, Harbour Bay Port Authority;") names one person: its first name
                    person.roles.add(lead.role());
                }
                appositive(person, text, from);
                people.add(person);
                prevEnd = f.to();
            }
            spreadSpeechOverLists(clause, people);
            for (Person person : people) {
                if (person.dutyOnly && (person.roles.contains("chair") || person.roles.contains("vice-chair"))) {
                    person.roles.remove("speaker");
                }
            }
            for (Person person : people) {
                if (person.name.shortForm() && withRole.contains(person.name.name())) {
                    continue; // "Morimoto said" after "Kenji Morimoto, Chair of …": the same person, nothing new
                }
                if (!person.roles.isEmpty()) {
                    withRole.add(person.name.name());
                } else if (!person.name.shortForm()) {
                    member(person, text, from, clause, s, writer);
                    continue;
                }
                Resource affiliation = null;
                List<Resource> parts = new ArrayList<>();
                if (!person.roles.isEmpty()) {
                    List<Affiliations.Affiliation> all = affiliations.findAll(text, from + person.name.to(),
                            nextName(text, from + person.name.to()));
                    for (Affiliations.Affiliation a : all) {
                        parts.add(organizations.write(a));
                    }
                    affiliation = parts.isEmpty() ? null : parts.remove(parts.size() - 1);
                }
                for (String role : person.roles) {
                    writer.write(person.name, role, roleContext(person, role, clause, lead), clause, s, affiliation);
                    for (Resource part : parts) {
                        // the department named before its ministry in the same appositive
                        writer.write(person.name, role, "", clause, s, part);
                    }
                }
            }
            listCue = people.isEmpty() || people.get(0).cue == null || !clause.endsWith(";") && !clause.endsWith("；")
                    ? null : people.get(0).cue;
            Lead own = leadOf(clause, cues, found);
            if (own != null) {
                lead = own;
            }
        }
        return lead;
    }

    /**
     * The role cues before the name, within its clause, after the previous name and after the last
     * non-role cue ("第一位講者係 OECD ... 委員會主席 X": speaker and chair); the nearest gives the organisation.
     */
    private void before(Person person, String clause, List<Mention<String>> cues, int prevEnd) {
        List<Mention<String>> found = new ArrayList<>();
        for (Mention<String> c : cues) {
            if (c.from() >= prevEnd && c.to() <= person.name.from() && person.name.from() - c.to() <= CUE_WINDOW) {
                if (c.value().equals("-")) {
                    found.clear();
                } else {
                    found.add(c);
                }
            }
        }
        for (Mention<String> c : found) {
            person.roles.add(c.value());
            person.cue = c;
        }
    }

    /** Roles in a parenthesis after the name, and a speech verb right after it (or opening the next clause). */
    private void after(Person person, String clause, List<Mention<String>> cues, List<PersonNames.Found> all,
                       String nextClause) {
        int end = clause.length();
        for (PersonNames.Found other : all) {
            if (other.from() >= person.name.to()) {
                end = other.from();
                break;
            }
        }
        String tail = clause.substring(person.name.to(), end);
        for (Mention<String> c : cues) {
            if (c.from() >= person.name.to() && c.to() <= end && !c.value().equals("-")
                    && insideParenthesis(clause, c.from(), person.name.to())) {
                person.roles.add(c.value());
                person.cue = person.cue == null ? c : person.cue;
            }
        }
        String rest = skipParenthesisAndHonorific(tail);
        if (startsWithVerb(rest) || (end == clause.length() && rest.isBlank() && startsWithVerb(nextClause))) {
            person.dutyOnly = DUTY.equals(verbAt(startsWithVerb(rest) ? rest : nextClause));
            person.speaks = true;
            person.roles.add("speaker");
        }
    }

    /**
     * 「Mercado Libre」商務法律資深分析師 Gabriela Casanovas: a capitalised run followed, with no list
     * separator or verb in between, by another name is the organisation the person works for.
     */
    private List<PersonNames.Found> dropOrganizations(String clause, List<PersonNames.Found> found) {
        List<PersonNames.Found> out = new ArrayList<>();
        List<OrganizationNames.Found> orgs = ctx.organizationNames().find(clause);
        for (int i = 0; i < found.size(); i++) {
            PersonNames.Found f = found.get(i);
            if (orgs.stream().anyMatch(o -> o.from() <= f.from() && f.to() <= o.to())) {
                continue; // "the Singapore software firm Kopi Ledger": a name the organisation finder reads as a body
            }
            if (i + 1 < found.size()) {
                String gap = clause.substring(found.get(i).to(), found.get(i + 1).from());
                boolean listed = gap.matches("(?s).*(?:[、,;/]|及|和|與|\\band\\b).*");
                if (!listed && !startsWithVerb(gap) && !gap.contains("(") && !gap.contains(")")) {
                    continue;
                }
            }
            out.add(found.get(i));
        }
        return out;
    }

    /** 莊司長盈志及高制度工程師瑜澤於會中分享: names listed before a speaker also spoke. */
    private void spreadSpeechOverLists(String clause, List<Person> people) {
        for (int i = people.size() - 2; i >= 0; i--) {
            Person a = people.get(i);
            Person b = people.get(i + 1);
            if (b.speaks && !a.speaks && LIST_SEPARATOR.matcher(clause.substring(a.name.to(), b.name.from())).matches()) {
                a.speaks = true;
                a.roles.add("speaker");
            }
        }
    }

    /** A clause whose last role cue has no name after it introduces the names that follow. */
    private static Lead leadOf(String clause, List<Mention<String>> cues, List<PersonNames.Found> found) {
        List<Mention<String>> real = cues.stream().filter(c -> !c.value().equals("-")).toList();
        if (real.isEmpty()) {
            return null;
        }
        Mention<String> last = real.get(real.size() - 1);
        if (found.stream().anyMatch(f -> f.from() >= last.to())) {
            return null;
        }
        String role = real.stream().anyMatch(c -> c.value().equals("candidate")) ? "candidate" : last.value();
        return new Lead(role, clause);
    }

    /** Text in which to look for the body a role belongs to: around its cue, else the list's lead-in. */
    private static String roleContext(Person person, String role, String clause, Lead lead) {
        if (role.equals(person.appositiveRole)) {
            return person.appositiveContext;
        }
        if (person.cue != null && person.cue.value().equals(role)) {
            int from = Math.max(0, person.cue.from() - PersonWriter.ORG_WINDOW);
            return clause.substring(from, person.cue.to());
        }
        if (lead != null && lead.role().equals(role)) {
            return lead.context();
        }
        return "";
    }

    private String skipParenthesisAndHonorific(String tail) {
        String rest = tail.stripLeading();
        if (rest.startsWith("(") || rest.startsWith("（")) {
            int close = rest.indexOf(')');
            rest = close < 0 ? rest : rest.substring(close + 1).stripLeading();
        }
        List<Mention<String>> h = honorifics.find(rest);
        if (!h.isEmpty() && h.get(0).from() == 0) {
            rest = rest.substring(h.get(0).to()).stripLeading();
        }
        var affiliation = AFFILIATION.matcher(rest);
        if (affiliation.find()) {
            String named = rest.substring(affiliation.end());
            for (List<Mention<String>> ms : List.of(ctx.organizations(named), ctx.forums(named), ctx.economies(named))) {
                if (!ms.isEmpty() && ms.get(0).from() == 0) {
                    return named.substring(ms.get(0).to()).replaceFirst("^\\s*(?:\\([^)]*\\))?", "").stripLeading();
                }
            }
        }
        return rest;
    }

    private boolean startsWithVerb(String text) {
        return verbAt(text) != null;
    }

    /** The kind of the speech verb {@code text} starts with (after fillers and where-phrases), or null. */
    private String verbAt(String text) {
        String rest = text.stripLeading();
        for (int guard = 0; guard < 6; guard++) {
            List<Mention<String>> v = verbs.find(rest);
            if (!v.isEmpty() && v.get(0).from() == 0) {
                return v.get(0).value();
            }
            List<Mention<String>> f = fillers.find(rest);
            if (f.isEmpty() || f.get(0).from() != 0) {
                var where = LOCATIVE.matcher(rest);
                if (!where.find()) {
                    return null;
                }
                rest = rest.substring(where.end()).stripLeading();
                continue;
            }
            rest = rest.substring(f.get(0).to()).stripLeading();
        }
        return null;
    }

    private static boolean insideParenthesis(String clause, int at, int notBefore) {
        int open = Math.max(clause.lastIndexOf('(', at), clause.lastIndexOf('（', at));
        int close = Math.max(clause.lastIndexOf(')', at), clause.lastIndexOf('）', at));
        return open >= notBefore && open > close;
    }

    /** A bullet or (n) item: the kind of paragraph a list lead-in ending in a colon introduces. */
    private boolean isListItem(Paragraph p) {
        int first = p.firstLine();
        if (first < 1 || first > ctx.lines().size()) {
            return false;
        }
        ReportLine l = ctx.lines().get(first - 1);
        return LIST_ITEM.matcher(l.raw()).find();
    }
}
