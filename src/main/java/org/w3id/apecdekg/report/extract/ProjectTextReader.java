package org.w3id.apecdekg.report.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3id.apecdekg.report.lexicon.Cue;
import org.w3id.apecdekg.report.lexicon.Mention;
import org.w3id.apecdekg.report.rdf.Evidence;
import org.w3id.apecdekg.report.text.Paragraph;
import org.w3id.apecdekg.report.text.Sentence;
import org.w3id.apecdekg.report.text.Text;

/**
 * Project mentions in running text: numbered projects, quoted titles introduced by a proposal
 * word (project-cues.csv), bullets listed under an economy label in a status section, and quoted
 * titles that may only add facts to a project found elsewhere. Co-sponsor, KFA and event
 * statements in the same sentence (or the next sentences of the paragraph) attach to them.
 */
public final class ProjectTextReader {

    /** Longest bullet text taken as a project title. */
    static final int MAX_BULLET_TITLE = 220;

    private final ExtractionContext ctx;
    private final CoSponsorParser cosponsors;
    private final KfaParser kfas;
    private final EventParser events;
    private final ProseProjects prose;

    public ProjectTextReader(ExtractionContext ctx) {
        this.ctx = ctx;
        this.cosponsors = new CoSponsorParser(ctx);
        this.kfas = new KfaParser(ctx.dict());
        this.events = new EventParser(ctx);
        this.prose = new ProseProjects(ctx);
    }

    public List<ProjectMention> read(List<Paragraph> paragraphs) {
        List<ProjectMention> out = new ArrayList<>(new ProjectFieldReader(ctx).read(ctx.lines()));
        ProjectNumber single = singleNumber(paragraphs, out);
        for (Paragraph p : paragraphs) {
            List<ProjectMention> previous = List.of();
            leadStatus = p.sentences().isEmpty() ? null : leadStatus(rawLine(p.sentences().get(0).line()));
            for (Sentence s : p.sentences()) {
                List<ProjectMention> found = sentence(s);
                if (found.isEmpty() && previous.isEmpty() && single != null) {
                    found = anaphor(s, single);
                    out.addAll(found);
                    previous = found;
                    continue;
                }
                if (found.isEmpty() && !previous.isEmpty()) {
                    found = followUp(s, previous);
                    out.addAll(found);
                    continue;
                }
                out.addAll(found);
                if (!found.isEmpty()) {
                    previous = found;
                }
            }
        }
        return out;
    }

    private String rawLine(int number) {
        for (org.w3id.apecdekg.report.text.ReportLine l : ctx.lines()) {
            if (l.number() == number) {
                return l.raw() == null ? "" : Text.nfkc(l.raw());
            }
        }
        return "";
    }

    /** The one project number a document names (in fields or text), or null when it names none or several. */
    private ProjectNumber singleNumber(List<Paragraph> paragraphs, List<ProjectMention> fields) {
        java.util.Map<String, ProjectNumber> seen = new java.util.LinkedHashMap<>();
        for (ProjectMention m : fields) {
            if (m.number != null) {
                seen.putIfAbsent(m.number.canonical(), m.number);
            }
        }
        for (org.w3id.apecdekg.report.table.Table t : ctx.tables()) {
            for (org.w3id.apecdekg.report.table.TableRow r : t.rows()) {
                for (ProjectNumber n : ProjectNumber.find(r.quote(), ctx.dict().forumAcronyms())) {
                    seen.putIfAbsent(n.canonical(), n);
                }
            }
        }
        for (Paragraph p : paragraphs) {
            for (Sentence s : p.sentences()) {
                for (ProjectNumber n : ProjectNumber.find(s.text(), ctx.dict().forumAcronyms())) {
                    seen.putIfAbsent(n.canonical(), n);
                }
            }
        }
        return seen.size() == 1 ? seen.values().iterator().next() : null;
    }

    /**
     * A sentence without project number that speaks of "this project" (project-cues kind
     * {@code anaphor}) in a document about one numbered project: its proposer and co-sponsors.
     */
    private List<ProjectMention> anaphor(Sentence s, ProjectNumber single) {
        String text = s.text();
        if (!ctx.hasCue("project-cues", "anaphor", text)) {
            return List.of();
        }
        EconomyList.Result co = cosponsors.parse(text);
        String prop = followUpProposer(text, co);
        if (prop == null && co.isEmpty()) {
            return List.of();
        }
        ProjectMention m = new ProjectMention(Evidence.of(s));
        m.number = single;
        m.proposer = prop;
        attach(m, s, co);
        return List.of(m);
    }

    /** Status given by the bold lead-in of the paragraph being read ("**Completed.** Korea …"). */
    private String leadStatus;

    /** Longest lead-in ("**Under implementation.**") read as a status heading. */
    static final int MAX_LEAD = 40;

    private static final java.util.regex.Pattern LEAD = java.util.regex.Pattern.compile(
            "^\\s*(?:\\d{1,2}[.)]\\s+)?(?:\\*\\*|__)([^*_]{2," + MAX_LEAD + "}?)[.:：]?(?:\\*\\*|__)");

    /** The status of a paragraph's bold lead-in when the lead-in is only a status word (section-cues.csv). */
    String leadStatus(String first) {
        java.util.regex.Matcher m = LEAD.matcher(first);
        if (!m.find()) {
            return null;
        }
        String lead = m.group(1).strip().replaceAll("[.:：]+$", "");
        String v = ctx.dict().firstCueValue("section-cues", lead);
        return v != null && Text.key(lead).length() <= MAX_LEAD ? v : null;
    }

    private List<ProjectMention> sentence(Sentence s) {
        String text = s.text();
        List<ProjectMention> found = new ArrayList<>();
        List<ProjectNumber> numbers = ProjectNumber.find(text, ctx.dict().forumAcronyms());
        // a number written in quotes (“CTI 08 2024S”) is no title
        List<TitleParts.Title> titles = TitleParts.find(text).stream()
                .filter(t -> numbers.stream().noneMatch(n -> n.from() >= t.from() && n.to() <= t.to())).toList();
        String pathStatus = Sections.status(ctx, s.path());
        if (pathStatus == null) {
            pathStatus = leadStatus;
        }
        String label = Sections.economyLabel(ctx, s.path());
        EconomyList.Result co = cosponsors.parse(text);
        List<TitleParts.Title> usedTitles = new ArrayList<>();
        for (ProjectNumber n : numbers) {
            ProjectMention m = new ProjectMention(Evidence.of(s));
            m.number = n;
            TitleParts.Title t = titleBefore(titles, n.from(), text);
            if (t == null) {
                t = titleRightAfter(titles, n.to(), text, usedTitles);
            }
            if (t == null && numbers.size() == 1 && titles.size() == 1 && isProjectTitle(titles.get(0), text)) {
                t = titles.get(0);
            }
            if (t != null) {
                m.zh = t.zh();
                m.en = t.en();
                usedTitles.add(t);
            } else if (numbers.size() == 1 && titles.isEmpty()) {
                String before = Text.squash(text.substring(0, n.from()).replaceAll("[(\\[]\\s*$", ""));
                if (before.length() >= 3 && before.length() <= MAX_BULLET_TITLE && !before.contains("。")) {
                    if (TitleParts.isLatin(before)) {
                        m.en = before.replaceAll("[\\s:,-]+$", "");
                    }
                }
                if (m.en == null) {
                    m.en = englishTitleAfter(text.substring(n.to()));
                }
            }
            int next = numbers.indexOf(n) + 1 < numbers.size() ? numbers.get(numbers.indexOf(n) + 1).from() : text.length();
            String prop = byProposer(text, n.to(), next);
            if (prop == null) {
                prop = ledAppositive(text, n.to(), next);
            }
            if (prop == null) {
                prop = nearestEconomyBefore(text, n.from(), titles, co);
            }
            if (prop == null) {
                prop = economyInParenthesesAfter(text, n.to());
            }
            if (prop == null) {
                prop = proposerAfter(text, n.to(), titles);
            }
            m.proposer = label != null ? label : prop;
            if (label != null && prop != null && !label.equals(prop) && m.zh == null && m.en == null) {
                m.proposer = prop;
            }
            status(m, pathStatus, text);
            if (numbers.size() > 1) {
                int start = numbers.indexOf(n) == 0 ? 0 : n.from();
                m.segment = cosponsors.parse(text.substring(start, next));
            }
            found.add(m);
        }
        int proposeAt = cueIndex(text, "propose");
        for (TitleParts.Title t : titles) {
            if (usedTitles.contains(t) || !isProjectTitle(t, text) && !(proposeAt >= 0 && rightAfterCue(text, proposeAt, t))) {
                continue;
            }
            ProjectMention m = new ProjectMention(Evidence.of(s));
            m.zh = t.zh();
            m.en = t.en();
            if (proposeAt >= 0) {
                String prop = nearestEconomyBefore(text, proposeAt, titles, co);
                if (prop == null && t.from() > proposeAt) {
                    prop = byProposer(text, proposeAt, t.from());
                }
                if (prop == null) {
                    prop = organizationEconomyBefore(text, proposeAt);
                }
                m.proposer = prop != null ? prop : label;
                m.creates = m.proposer != null;
                status(m, pathStatus, text);
                if (m.status == null && m.creates && numbers.isEmpty()) {
                    m.status = "proposed";
                }
            } else if (ledBy(text, t) != null) {
                // "an ongoing DESG project led by Korea, “Cloud Readiness Clinics for Small Exporters”"
                m.proposer = ledBy(text, t);
                m.creates = true;
                status(m, pathStatus, text);
            } else {
                m.creates = false;
                m.proposer = nearestEconomyBefore(text, t.from(), titles, co);
                if (pathStatus != null) {
                    m.status = pathStatus;
                    m.structuralStatus = true;
                }
            }
            found.add(m);
        }
        if (found.isEmpty() && numbers.isEmpty() && titles.isEmpty()) {
            ProseProjects.Found f = prose.find(text);
            if (f != null && !f.title().isBlank()) {
                ProjectMention m = new ProjectMention(Evidence.of(s));
                m.en = f.title();
                m.proposer = f.proposer();
                status(m, pathStatus, text);
                found.add(m);
            }
        }
        if (found.isEmpty() && label != null && pathStatus != null && isBulletTitle(s)) {
            ProjectMention m = new ProjectMention(Evidence.of(s));
            String t = Text.squash(text).replaceAll("[.。;；]+$", "");
            if (TitleParts.isLatin(t)) {
                m.en = t;
            } else {
                m.zh = t;
            }
            m.proposer = label;
            m.status = pathStatus;
            m.structuralStatus = true;
            found.add(m);
        }
        for (ProjectMention m : found) {
            attach(m, s, m.segment != null ? m.segment : co);
            m.segment = null;
        }
        return found;
    }

    /** A sentence right after a project sentence that only adds co-sponsors, KFAs or events to it. */
    private List<ProjectMention> followUp(Sentence s, List<ProjectMention> previous) {
        EconomyList.Result co = cosponsors.parse(s.text());
        List<Integer> k = kfas.parse(s.text());
        List<ProjectMention.EventInfo> ev = events.parse(s.text());
        if (co.isEmpty() && k.isEmpty() && ev.isEmpty() && !(previous.size() == 1 && (previous.get(0).proposer == null
                && followUpProposer(s.text(), co) != null
                || previous.get(0).status == null && ctx.dict().firstCueValue("status-phrases", s.text()) != null))) {
            return List.of();
        }
        List<ProjectMention> out = new ArrayList<>();
        for (ProjectMention prev : previous) {
            ProjectMention m = new ProjectMention(Evidence.of(s));
            m.number = prev.number;
            m.zh = prev.zh;
            m.en = prev.en;
            m.proposer = prev.proposer;
            m.creates = false;
            if (m.proposer == null && previous.size() == 1) {
                m.proposer = followUpProposer(s.text(), co);
            }
            if (previous.size() == 1 && prev.status == null) {
                m.status = ctx.dict().firstCueValue("status-phrases", s.text());
            }
            attach(m, s, co);
            out.add(m);
        }
        return out;
    }

    private void attach(ProjectMention m, Sentence s, EconomyList.Result co) {
        for (String e : co.economies()) {
            if (!m.cosponsors.contains(e)) {
                m.cosponsors.add(e);
            }
        }
        for (String u : co.unknown()) {
            ctx.writer().issue("unknown-economy", u, s.line(), "co-sponsor list names an unknown economy");
        }
        m.kfas.addAll(kfas.parse(s.text()));
        m.events.addAll(events.parse(s.text()));
    }

    /**
     * The status of a project mention: from the section it sits in, else from a status phrase of
     * its own sentence ("was completed", 已結案) when the sentence names only this project.
     */
    private void status(ProjectMention m, String pathStatus, String text) {
        if (pathStatus != null) {
            m.status = pathStatus;
            m.structuralStatus = true;
        } else if (ProjectNumber.find(text, ctx.dict().forumAcronyms()).size() <= 1) {
            m.status = ctx.dict().firstCueValue("status-phrases", text);
        }
    }

    /**
     * The proposer named in a sentence that follows a project sentence: "proposed by X" / "led by X"
     * (project-cues kind {@code by}), or the economy just before a proposal word (該計畫由紐西蘭提案),
     * not inside a co-sponsor phrase (共同提案).
     */
    private String followUpProposer(String text, EconomyList.Result co) {
        String by = byProposer(text, 0, text.length());
        if (by != null) {
            return by;
        }
        int at = proposeCue(text);
        if (at < 0) {
            return null;
        }
        String e = nearestEconomyBefore(text, at, List.of(), co);
        if (e == null) {
            return null;
        }
        for (Mention<String> m : ctx.economies(text)) {
            if (m.value().equals(e) && m.to() <= at && at - m.to() <= 2) {
                return co.economies().contains(e) ? null : e;
            }
        }
        return null;
    }

    /** The first proposal word (project-cues {@code propose}) not part of 共同提案 / co-propose, or -1. */
    private int proposeCue(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int best = -1;
        for (Cue c : ctx.dict().cues("project-cues")) {
            if (!c.value().equals("propose")) {
                continue;
            }
            String t = c.text().toLowerCase(Locale.ROOT);
            int i = lower.indexOf(t);
            while (i >= 0 && (lower.startsWith("共同", Math.max(0, i - 2)) && i >= 2 || lower.startsWith("co-", Math.max(0, i - 3)) && i >= 3)) {
                i = lower.indexOf(t, i + 1);
            }
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    /** Longest gap between a project number and a following "proposed by" phrase. */
    static final int MAX_BY_GAP = 60;

    /**
     * The economy right after a "by" cue (project-cues kind {@code by}: proposed by, led by) that
     * follows {@code from} within {@link #MAX_BY_GAP} characters and before {@code to}.
     */
    private String byProposer(String text, int from, int to) {
        String lower = text.toLowerCase(Locale.ROOT);
        int best = -1;
        int bestEnd = -1;
        for (Cue c : ctx.dict().cues("project-cues")) {
            if (!c.value().equals("by")) {
                continue;
            }
            String t = c.text().toLowerCase(Locale.ROOT);
            int i = lower.indexOf(t, from);
            if (i >= 0 && i + t.length() <= to && i - from <= MAX_BY_GAP && (best < 0 || i < best)
                    && (i == 0 || !Character.isLetter(lower.charAt(i - 1)))) {
                best = i;
                bestEnd = i + t.length();
            }
        }
        if (best < 0) {
            return null;
        }
        String rest = text.substring(bestEnd);
        for (Mention<String> m : ctx.economies(rest)) {
            return rest.substring(0, m.from()).matches("\\s*(?:the\\s+)?") ? m.value() : null;
        }
        return null;
    }

    /**
     * "DESG 03 2025S, a Malaysian-led study", "CTI 12 2023A, a Peruvian project", "(…), a Korea-led
     * initiative": an appositive right after the number whose adjective (demonyms.csv, or an economy's
     * name before "-led") names the proposer.
     */
    private String ledAppositive(String text, int from, int to) {
        String rest = text.substring(from, Math.min(to, text.length()));
        var m = APPOSITIVE.matcher(rest);
        if (!m.find()) {
            return null;
        }
        String phrase = m.group(1);
        String led = m.group(2);
        List<Mention<String>> d = ctx.dict().demonyms().find(phrase);
        if (!d.isEmpty() && d.get(0).from() == 0
                && (led != null || NOUN_AFTER.matcher(phrase.substring(d.get(0).to()) + rest.substring(m.end())).find())) {
            return d.get(0).value();
        }
        if (led != null) {
            List<Mention<String>> e = ctx.economies(phrase);
            if (!e.isEmpty() && e.get(0).from() == 0 && e.get(0).to() == phrase.length()) {
                return e.get(0).value();
            }
        }
        return null;
    }

    /** ", a|an <adjective or economy>[-led] " right after a number (the parenthesised title skipped). */
    private static final java.util.regex.Pattern APPOSITIVE = java.util.regex.Pattern.compile(
            "^\\s*(?:\\([^)]{0,200}\\)|\\*[^*]{0,200}\\*|[“\"][^”\"]{0,200}[”\"])?\\s*,\\s+(?:an?|the)\\s+((?:\\p{Lu}[\\p{L}']*\\s?){1,3}?)(-led\\b)?");
    /** The noun a bare demonym qualifies: "a Peruvian project". */
    private static final java.util.regex.Pattern NOUN_AFTER = java.util.regex.Pattern.compile(
            "^\\s*(?:project|study|initiative|workshop|proposal|self-funded)");

    /** Most characters between a proposal word and the quoted title it introduces ("introduced a concept note on"). */
    static final int MAX_CUE_GAP = 30;

    /** True when the quoted title follows the proposal word at {@code cue} closely, in the same clause. */
    private static boolean rightAfterCue(String text, int cue, TitleParts.Title t) {
        if (t.from() < cue) {
            return false;
        }
        String gap = text.substring(cue, t.from());
        if (text.substring(Math.max(0, t.from() - 1), Math.min(text.length(), t.from() + 1)).contains("《")) {
            return false; // a book-title mark names a publication or policy, not a project
        }
        return gap.length() <= MAX_CUE_GAP && (!gap.matches("(?s).*[,.;，。；].*") || BY_ECONOMY_GAP.matcher(gap).matches());
    }

    /** A project noun right before a "led by" cue: "a DESG project led by", "an initiative proposed by". */
    private static final java.util.regex.Pattern NOUN_BEFORE_BY = java.util.regex.Pattern.compile(
            "(?i)\\b(?:project|study|initiative|workshop)\\s*$");

    /** The economy of "project led by ECONOMY" written close before a quoted title, or null. */
    private String ledBy(String text, TitleParts.Title t) {
        int by = cueIndex(text, "by");
        if (by < 0 || by >= t.from() || t.from() - by > MAX_CUE_GAP + 10
                || !NOUN_BEFORE_BY.matcher(text.substring(Math.max(0, by - 40), by)).find()) {
            return null;
        }
        return byProposer(text, by, t.from());
    }

    /** "The proposal by Indonesia, “…”": the proposer between the proposal word and its title. */
    private static final java.util.regex.Pattern BY_ECONOMY_GAP = java.util.regex.Pattern.compile(
            "[\\p{L}-]*\\s+by\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’' ]{1,40},\\s*[“\"]?");

    private boolean isBulletTitle(Sentence s) {
        String t = s.text();
        return s.paragraph().sentences().size() == 1 && t.length() <= MAX_BULLET_TITLE && !t.contains("。")
                && !t.contains("，") && !t.endsWith(":") && Text.key(t).length() >= 6;
    }

    private boolean isProjectTitle(TitleParts.Title t, String text) {
        String title = (t.zh() == null ? "" : t.zh()) + " " + (t.en() == null ? "" : t.en());
        if (ctx.hasCue("project-cues", "noun", title)) {
            return true;
        }
        String around = text.substring(Math.max(0, t.from() - 14), t.from()) + " "
                + text.substring(t.to(), Math.min(text.length(), t.to() + 6));
        // "a follow-up project, provisionally titled “…”": the title of the project the sentence names
        return ctx.hasCue("project-cues", "noun", around)
                || TITLED.matcher(text.substring(Math.max(0, t.from() - 16), t.from())).find()
                && ctx.hasCue("project-cues", "noun", text.substring(0, t.from()));
    }

    private static final java.util.regex.Pattern TITLED = java.util.regex.Pattern.compile("(?i)\\b(?:titled|entitled)\\s*[“\"]?$");

    private static TitleParts.Title titleBefore(List<TitleParts.Title> titles, int at, String text) {
        TitleParts.Title best = null;
        for (TitleParts.Title t : titles) {
            if (t.to() <= at && text.substring(t.to(), at).replaceAll("[\\s(（\\[]", "").length() <= 4) {
                best = t;
            }
        }
        return best;
    }

    /** The economy named nearest before {@code at}, outside quoted titles and co-sponsor lists. */
    /** The economy of the organisation named last before {@code at} (國發會另規劃…提出: Taiwan), or null. */
    private String organizationEconomyBefore(String text, int at) {
        String best = null;
        for (OrganizationNames.Found o : ctx.organizationNames().find(text)) {
            if (o.to() <= at && o.economy() != null) {
                best = o.economy();
            }
        }
        return best;
    }

    private String nearestEconomyBefore(String text, int at, List<TitleParts.Title> titles, EconomyList.Result co) {
        String best = null;
        for (Mention<String> m : ctx.economies(text)) {
            if (m.to() > at) {
                break;
            }
            boolean inTitle = titles.stream().anyMatch(t -> m.from() >= t.from() && m.to() <= t.to());
            if (!inTitle) {
                best = m.value();
            }
        }
        return best;
    }

    private int cueIndex(String text, String kind) {
        String lower = text.toLowerCase(Locale.ROOT);
        int best = -1;
        for (Cue c : ctx.dict().cues("project-cues")) {
            if (!c.value().equals(kind)) {
                continue;
            }
            int i = lower.indexOf(c.text().toLowerCase(Locale.ROOT));
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    private static final java.util.regex.Pattern PARENTHESES = java.util.regex.Pattern.compile("\\(([^()]{2,60})\\)");

    /**
     * The economy named alone in parentheses after a project number, in the same clause:
     * "CTI 06 2024S (Australia): …" or "DESG_101_2024A, Enabling MSMEs … (United States)."
     */
    private String economyInParenthesesAfter(String text, int from) {
        int end = text.length();
        for (char stop : new char[] {':', ';', '。', '；', '：'}) {
            int at = text.indexOf(stop, from);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        java.util.regex.Matcher m = PARENTHESES.matcher(text.substring(from, end));
        while (m.find()) {
            String inside = m.group(1).strip();
            List<Mention<String>> es = ctx.economies(inside);
            if (es.size() == 1 && es.get(0).to() - es.get(0).from() >= inside.length() - 4) {
                return es.get(0).value();
            }
        }
        return null;
    }

    /**
     * An English title right after a project number: "DESG_101_2024A, Enabling MSMEs … (United States)."
     * or "CTI 06 2024S (Australia): principles for …, supported by …" — up to the first bracket,
     * comma, full stop or semicolon; null when that is not a short Latin phrase.
     */
    private static String englishTitleAfter(String after) {
        String t = after.replaceFirst("^\\s*(\\([^()]{0,60}\\))?\\s*[,:：，\\-–—]?\\s*", "");
        int end = t.length();
        for (char stop : new char[] {'(', ',', '.', ';', '，', '。', '；'}) {
            int at = t.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String title = Text.squash(t.substring(0, end)).strip();
        return title.length() >= 8 && title.length() <= MAX_BULLET_TITLE && title.contains(" ")
                && TitleParts.isLatin(title) ? title : null;
    }

    /**
     * The economy just before a proposing cue that follows a project number in the same clause:
     * "（CTI 05 2022S）：由澳洲提出" or "DESG 02 2021 … 澳洲主提".
     */
    private String proposerAfter(String text, int from, List<TitleParts.Title> titles) {
        String rest = text.substring(from);
        int cue = cueIndex(rest, "propose");
        if (cue < 0) {
            return null;
        }
        String best = null;
        for (Mention<String> m : ctx.economies(rest)) {
            if (m.to() > cue) {
                break;
            }
            boolean inTitle = titles.stream().anyMatch(t -> from + m.from() >= t.from() && from + m.to() <= t.to());
            if (!inTitle) {
                best = m.value();
            }
        }
        return best;
    }

    /** A quoted title that starts right after a project number: "DESG_101_2024A「…」". */
    private static TitleParts.Title titleRightAfter(List<TitleParts.Title> titles, int at, String text,
            List<TitleParts.Title> used) {
        for (TitleParts.Title t : titles) {
            // "DESG_101_2024A「…」", and "“CTI 08 2024S”项目“…”": the number's closing quote and the word for project between
            if (t.from() >= at && !used.contains(t)
                    && text.substring(at, t.from()).matches("[\\s,:：，)）”」\"]*(?:项目|項目|計畫|计划|專案|专案)?[\\s:：]*")) {
                return t;
            }
        }
        return null;
    }
}

