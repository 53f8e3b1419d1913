package org.w3id.apecdekg.report.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.apecdekg.report.lexicon.Mention;
import org.w3id.apecdekg.report.text.DateMention;
import org.w3id.apecdekg.report.text.DateParser;
import org.w3id.apecdekg.report.text.Paragraph;
import org.w3id.apecdekg.report.text.Sentence;

/**
 * Named events written in English: a run of capitalised words around an event word (Dialogue,
 * Workshop, Forum, Seminar, Symposium, Roundtable, Conference, Meeting) that either goes on with
 * "on/for …" ("Workshop on Cross-Border E-Payment Readiness for Micro Enterprises") or carries
 * APEC/PECC or a year ("2026 APEC Digital Economy Ministerial Meeting"). Quoted titles and
 * sentences proposing something are projects, not events. The forum is the one named in the
 * sentence (else the section's); the date and city are the first given in a sentence naming the
 * event, else the weekday resolved against the report's dateline.
 */
final class NamedEvents {

    record Event(String name, String forum, LocalDate start, LocalDate end, String place) {
        String slug() {
            return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        }
    }

    private static final String CAP = "[A-Z][\\w'’-]*";
    private static final String HEAD = "(?:Dialogue|Workshop|Forum|Seminar|Symposium|Roundtable|Conference|Meeting)";
    private static final String LINK = "(?:on|for|of|and|the|in|to|with)";
    static final Pattern NAME = Pattern.compile("(?<![\\w\"“'‘])((?:(?:19|20)\\d{2}\\s+)?(?:" + CAP + "\\s+){0,6}" + HEAD
            + ")((?:\\s+(?:" + LINK + "\\s+)+" + CAP + "(?:\\s+" + CAP + ")*)*)");
    private static final Pattern MARKED = Pattern.compile("\\b(?:APEC|PECC)\\b|^(?:19|20)\\d{2}\\s|\\s(?:19|20)\\d{2}$");
    /** Meetings of ministers or leaders belong to no working group. */
    private static final Pattern MINISTERIAL = Pattern.compile("\\b(?:Ministerial|Ministers|Leaders)\\b");
    private static final Pattern ARTICLE = Pattern.compile("^(?:The|A|An|At|In|On|During)\\s+");

    private final ExtractionContext ctx;
    private final Places places;
    private String documentForum;

    NamedEvents(ExtractionContext ctx, Places places) {
        this.ctx = ctx;
        this.places = places;
    }

    /** Chinese event names: a quoted title ending in an event word (「…說明會」, “…研讨会”). */
    /** A hosting verb right before a quoted name (主辦「…工作坊」). */
    private static final Pattern HOSTED = Pattern.compile("(?:主辦|主办|舉辦|举办|召開|召开|辦理|办理)(?:之|的)?\\s*$");
    private static final Pattern ZH_QUOTED = Pattern.compile("[「“『\"]([^」”』\"]{4,40})[」”』\"]");

    List<Event> find(LocalDate reference, String documentForum) {
        this.documentForum = documentForum;
        Map<String, Event> out = new LinkedHashMap<>();
        for (Paragraph p : ctx.paragraphs()) {
            for (Sentence s : p.sentences()) {
                String text = s.text();
                boolean proposing = ctx.hasCue("project-cues", "propose", text);
                Matcher q = ZH_QUOTED.matcher(text);
                while (q.find()) {
                    String name = q.group(1).trim();
                    // 「…工作坊」 hosted in this sentence is an event, even when the sentence also says whose project it is
                    if ((!proposing || HOSTED.matcher(text.substring(0, q.start())).find())
                            && name.codePoints().anyMatch(org.w3id.apecdekg.report.text.Text::isCjk) && endsWithEventWord(name)) {
                        add(out, name, s, text, reference);
                    }
                }
                if (proposing) {
                    continue;
                }
                Matcher m = NAME.matcher(text);
                while (m.find()) {
                    int end = placeTail(text, m);
                    String name = ARTICLE.matcher(text.substring(m.start(), end).trim()).replaceFirst("");
                    boolean tail = !m.group(2).isBlank() && end > m.end(1);
                    if (name.split("\\s+").length < 3
                            || !(tail || MARKED.matcher(name).find() || heldThereThen(text, name, end, reference))
                            || overlapsName(text, m.start(), m.end()) || headOfName(text, m.end(1))
                            || GENERIC.matcher(name).find() || forumsMeeting(text, m) || numbered(text, m.end())) {
                        continue;
                    }
                    // a name known only by being held somewhere on a date is no working group's by default
                    boolean own = !(tail || MARKED.matcher(name).find());
                    add(out, name, s, text, reference, own);
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** Where the name's tail starts with "in" and a city ("Workshop in Manila"): the name ends before it. */
    private int placeTail(String text, Matcher m) {
        if (m.group(2).isBlank()) {
            Matcher year = YEAR_AFTER.matcher(text.substring(m.end()));
            return year.find() ? m.end() + year.end() : m.end(); // "DEPA Stakeholder Dialogue 2026"
        }
        Matcher in = IN_PLACE.matcher(m.group(2));
        if (in.find()) {
            Mention<String> city = places.first(m.group(2).substring(in.end()));
            if (city != null && city.from() == 0) {
                return m.end(1);
            }
        }
        return m.end();
    }

    private static final Pattern YEAR_AFTER = Pattern.compile("^\\s+(?:19|20)\\d{2}\\b(?![./-]\\d)");
    private static final Pattern IN_PLACE = Pattern.compile("^\\s+in\\s+");

    /**
     * A name of four words or more that the sentence says was held in a city on a date, right after the name
     * ("held its Global CBPR Forum Asia-Pacific Stakeholder Workshop in Manila on 24–25 March 2026"):
     * a particular event even without APEC, a year or a topic in its name.
     */
    private boolean heldThereThen(String text, String name, int end, LocalDate reference) {
        if (name.split("\\s+").length < 4) {
            return false;
        }
        Matcher in = IN_PLACE.matcher(text.substring(end));
        if (!in.find()) {
            return false;
        }
        Mention<String> city = places.first(text.substring(end + in.end()));
        if (city == null || city.from() != 0) {
            return false;
        }
        int after = end + in.end() + city.to();
        return DateParser.find(text, ctx.defaultYear()).stream().anyMatch(d -> d.from() >= after && d.from() - after <= 8);
    }

    /** "Next Meeting and Close", "Third Meeting": a meeting word after only an ordinal or "next" names no event. */
    private static final Pattern GENERIC = Pattern.compile(
            "^(?:(?:The|A|Its)\\s+)?(?:Next|Previous|Last|Future|Upcoming|This|Each|Every|First|Second|Third|Fourth|Fifth|Sixth"
            + "|\\d{1,3}(?:st|nd|rd|th))\\s+" + HEAD + "\\b");

    /** "*Workshop on E-Invoicing for Small Suppliers* (DESG 05 2025S)": a project's title, its number right after it. */
    private boolean numbered(String text, int end) {
        Matcher open = NUMBER_AFTER.matcher(text.substring(end));
        if (!open.find()) {
            return false;
        }
        List<ProjectNumber> ns = ProjectNumber.find(text.substring(end + open.end()), ctx.dict().forumAcronyms());
        return !ns.isEmpty() && ns.get(0).from() == 0;
    }

    private static final Pattern NUMBER_AFTER = Pattern.compile("^[*_”\"’']*\\s*[(（,]\\s*");

    /** "Meeting of the Data Privacy Subgroup": a forum's own meeting, which the meeting extractor keeps. */
    private boolean forumsMeeting(String text, Matcher m) {
        String tail = m.group(2);
        return m.group(1).endsWith("Meeting") && tail.stripLeading().startsWith("of ")
                && ctx.forums(text).stream().anyMatch(f -> f.from() >= m.end(1) && f.to() <= m.end()
                        && !MeetingExtractor.UMBRELLA.equals(f.value()));
    }

    private boolean endsWithEventWord(String name) {
        List<String> words = new ArrayList<>(ctx.dict().cueTexts("meeting-cues", "event"));
        words.addAll(ctx.dict().cueTexts("meeting-cues", "workshop"));
        for (String w : words) {
            if (name.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    private void add(Map<String, Event> out, String name, Sentence s, String text, LocalDate reference) {
        add(out, name, s, text, reference, false);
    }

    private void add(Map<String, Event> out, String name, Sentence s, String text, LocalDate reference, boolean own) {
                    DateMention d = nearestDate(text, text.indexOf(name), reference);
                    Mention<String> city = places.first(text);
                    Event prev = out.get(name);
                    if (prev == null) {
                        out.put(name, new Event(name, forum(s, text, name, own), d == null ? null : d.start(),
                                d == null ? null : d.end(), city == null ? null : city.value()));
                    } else {
                        out.put(name, new Event(name, prev.forum() != null ? prev.forum() : forum(s, text, name, own),
                                prev.start() != null || d == null ? prev.start() : d.start(),
                                prev.start() != null || d == null ? prev.end() : d.end(),
                                prev.place() != null || city == null ? prev.place() : city.value()));
                    }
    }

    /**
     * The date of the sentence nearest the event's name, a weekday ("本周二", "on Monday") counting as one:
     * a dateline or a second event's date elsewhere in the sentence does not date this one.
     */
    private DateMention nearestDate(String text, int at, LocalDate reference) {
        List<DateMention> all = new ArrayList<>(DateParser.find(text, ctx.defaultYear()));
        DateMention weekday = DateParser.weekday(text, reference);
        if (weekday != null && all.stream().noneMatch(d -> d.from() < weekday.to() && weekday.from() < d.to())) {
            all.add(weekday);
        }
        if (at < 0) {
            return all.isEmpty() ? null : all.get(0);
        }
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention d : all) {
            int distance = d.to() <= at ? at - d.to() : Math.max(0, d.from() - at);
            if (distance < bestDistance || distance == bestDistance && best != null && d.from() < best.from()) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** True when the name is (part of) an organisation's or a forum's own name. */
    private boolean overlapsName(String text, int from, int to) {
        for (Mention<String> o : ctx.organizations(text)) {
            if (o.from() < to && from < o.to() && o.to() - o.from() >= (to - from) / 2) {
                return true;
            }
        }
        return false;
    }

    /** True when the event word ends a forum's own name (Senior Officials' Meeting). */
    private boolean headOfName(String text, int headEnd) {
        return ctx.forums(text).stream().anyMatch(f -> f.to() == headEnd);
    }

    private String forum(Sentence s, String text, String name, boolean own) {
        for (Mention<String> f : ctx.forums(text)) {
            if (!MeetingExtractor.UMBRELLA.equals(f.value()) && !f.value().equals("SOM")) {
                return f.value();
            }
        }
        if (own) {
            return null;
        }
        String f = Sections.forum(ctx, s.path());
        if (f != null && !MeetingExtractor.UMBRELLA.equals(f)) {
            return f;
        }
        boolean ministerial = MINISTERIAL.matcher(name).find();
        boolean apec = ctx.forums(text).stream().anyMatch(x -> MeetingExtractor.UMBRELLA.equals(x.value()));
        boolean cjk = name.codePoints().anyMatch(org.w3id.apecdekg.report.text.Text::isCjk);
        return ministerial || (cjk && !apec) ? null : documentForum;
    }
}
