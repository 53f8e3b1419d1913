package org.w3id.apecdekg.report.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.apecdekg.report.lexicon.Cue;
import org.w3id.apecdekg.report.lexicon.Mention;
import org.w3id.apecdekg.report.text.Paragraph;
import org.w3id.apecdekg.report.text.Sentence;

/**
 * The number a report gives a forum's meeting ({@code dekg:meetingNumber}), used to recognise one
 * meeting in several reports: the forum's own count written next to its name ("TELWG 71", "TEL71",
 * "the 71st TELWG meeting", "第71次電信暨資訊工作小組會議", "電信暨資訊工作小組第71次會議") and the
 * Senior Officials' Meeting a sentence about the forum's meeting names ("SOM1", "First Senior
 * Officials' Meeting", 第一次資深官員會議), with the meeting's year ("SOM1 2025"). A number is kept only
 * when the report gives one value of its kind; two different values give none.
 */
final class MeetingNumbers {

    static final String SOM = "SOM";

    /** Right after the forum's name: a count that is not a project number, a date, a time or a count of things. */
    private static final Pattern AFTER = Pattern.compile("^[ -]?(\\d{1,3})(?:st|nd|rd|th)?(?![\\d\\p{L}])"
            + "(?![ _-]*\\d{4})(?!\\s*[-–~～:.,/]\\s*\\d)"
            + "(?!\\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|member|econom|delegat|participant|people|"
            + "person|of\\b|per\\b|%|個|个|月|日|年|名|位|人|國|国))", Pattern.CASE_INSENSITIVE);
    /** Just before the forum's name: "71st", "the 71st meeting of the", "第71次". */
    private static final Pattern BEFORE = Pattern.compile("(?:\\b(\\d{1,3})(?:st|nd|rd|th)\\s+(?:(?:APEC|meeting|Meeting|plenary|Plenary)\\s+(?:of\\s+(?:the\\s+)?)?){0,2}"
            + "|第\\s*(\\d{1,3})\\s*[次屆届]\\s*)$");
    /** Right after the forum's Chinese name: 第71次(會議). */
    private static final Pattern ZH_AFTER = Pattern.compile("^\\s*第\\s*(\\d{1,3})\\s*[次屆届]");
    private static final Pattern SOM_NUMBER = Pattern.compile(
            "\\bSOM\\s?([1-4])\\b|\\b(First|Second|Third|Fourth)\\s+Senior\\s+Officials|第\\s*([一二三四1-4])\\s*次\\s*(?:資深官員|资深官员)");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");
    private static final String ZH_DIGITS = "一二三四";
    /** How far before the forum's name a count may start. */
    static final int BEFORE_WINDOW = 48;

    private final ExtractionContext ctx;

    MeetingNumbers(ExtractionContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The numbers of {@code forum}'s meeting in this report (at most one of each kind: the forum's own
     * count, and "SOMn YEAR" when the meeting's or the report's year is known).
     */
    List<String> of(String forum, LocalDate start) {
        Set<String> own = new LinkedHashSet<>();
        Set<String> som = new LinkedHashSet<>();
        List<String> texts = new ArrayList<>();
        if (ctx.info().title() != null) {
            texts.add(ctx.info().title());
        }
        for (Paragraph p : ctx.paragraphs()) {
            for (Sentence s : p.sentences()) {
                texts.add(s.text());
            }
        }
        boolean first = ctx.info().title() != null;
        for (String text : texts) {
            boolean title = first;
            first = false;
            List<Mention<String>> named = ctx.forums(text).stream().filter(m -> m.value().equals(forum)).toList();
            if (named.isEmpty()) {
                continue;
            }
            if (!SOM.equals(forum)) {
                for (Mention<String> m : named) {
                    String after = text.substring(m.to());
                    Matcher a = AFTER.matcher(after);
                    if (a.find()) {
                        own.add(String.valueOf(Integer.parseInt(a.group(1))));
                    }
                    Matcher z = ZH_AFTER.matcher(after);
                    if (z.find()) {
                        own.add(String.valueOf(Integer.parseInt(z.group(1))));
                    }
                    Matcher b = BEFORE.matcher(text.substring(Math.max(0, m.from() - BEFORE_WINDOW), m.from()));
                    if (b.find()) {
                        own.add(String.valueOf(Integer.parseInt(b.group(1) != null ? b.group(1) : b.group(2))));
                    }
                }
            }
            Cue kind = ctx.dict().findCue("meeting-cues", text);
            if (title || (kind != null && kind.value().equals("meeting"))) {
                Matcher s = SOM_NUMBER.matcher(text);
                while (s.find()) {
                    som.add(SOM + somDigit(s));
                }
            }
        }
        List<String> out = new ArrayList<>();
        if (own.size() == 1) {
            out.add(own.iterator().next());
        }
        Integer year = start != null ? Integer.valueOf(start.getYear())
                : ctx.info().date() != null ? Integer.valueOf(ctx.info().date().getYear()) : null;
        if (som.size() == 1 && year != null) {
            out.add(som.iterator().next() + " " + year);
        }
        return out;
    }

    private static int somDigit(Matcher s) {
        if (s.group(1) != null) {
            return Integer.parseInt(s.group(1));
        }
        if (s.group(2) != null) {
            return ORDINALS.indexOf(s.group(2).toLowerCase(Locale.ROOT)) + 1;
        }
        String d = s.group(3);
        int zh = ZH_DIGITS.indexOf(d);
        return zh >= 0 ? zh + 1 : Integer.parseInt(d);
    }
}
