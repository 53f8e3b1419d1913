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

    public ProjectTextReader(ExtractionContext ctx) {
        this.ctx = ctx;
        this.cosponsors = new CoSponsorParser(ctx);
        this.kfas = new KfaParser(ctx.dict());
        this.events = new EventParser(ctx);
    }

    public List<ProjectMention> read(List<Paragraph> paragraphs) {
        List<ProjectMention> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            List<ProjectMention> previous = List.of();
            for (Sentence s : p.sentences()) {
                List<ProjectMention> found = sentence(s);
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

    private List<ProjectMention> sentence(Sentence s) {
        String text = s.text();
        List<ProjectMention> found = new ArrayList<>();
        List<TitleParts.Title> titles = TitleParts.find(text);
        List<ProjectNumber> numbers = ProjectNumber.find(text, ctx.dict().forumAcronyms());
        String pathStatus = Sections.status(ctx, s.path());
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
            String prop = nearestEconomyBefore(text, n.from(), titles, co);
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
            found.add(m);
        }
        int proposeAt = cueIndex(text, "propose");
        for (TitleParts.Title t : titles) {
            if (usedTitles.contains(t) || !isProjectTitle(t, text)) {
                continue;
            }
            ProjectMention m = new ProjectMention(Evidence.of(s));
            m.zh = t.zh();
            m.en = t.en();
            if (proposeAt >= 0) {
                String prop = nearestEconomyBefore(text, proposeAt, titles, co);
                m.proposer = prop != null ? prop : label;
                m.creates = m.proposer != null;
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
            attach(m, s, co);
        }
        return found;
    }

    /** A sentence right after a project sentence that only adds co-sponsors, KFAs or events to it. */
    private List<ProjectMention> followUp(Sentence s, List<ProjectMention> previous) {
        EconomyList.Result co = cosponsors.parse(s.text());
        List<Integer> k = kfas.parse(s.text());
        List<ProjectMention.EventInfo> ev = events.parse(s.text());
        if (co.isEmpty() && k.isEmpty() && ev.isEmpty()) {
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
        String around = text.substring(Math.max(0, t.from() - 6), t.from()) + " "
                + text.substring(t.to(), Math.min(text.length(), t.to() + 6));
        return ctx.hasCue("project-cues", "noun", around);
    }

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
            if (t.from() >= at && !used.contains(t) && text.substring(at, t.from()).matches("[\\s,:：，)）]*")) {
                return t;
            }
        }
        return null;
    }
}
