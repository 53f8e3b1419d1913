package org.w3id.apecdekg.report.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates and date ranges in normalised (NFKC) text: Gregorian (2024 年 8 月 15 日,
 * 2024-08-15, 2024/8/15, 15 August 2024, 18-19 August 2024, August 18, 2024, 15/08/2024) and
 * Minguo (113 年 11 月 15 日, 113/11/20, 中華民國一一三年; year + 1911). Dates without a year
 * (8 月 16 日) take the default year.
 */
public final class DateParser {

    /** Minguo years are written with at most three digits and below this bound. */
    static final int MAX_MINGUO_YEAR = 200;
    static final int MINGUO_OFFSET = 1911;

    private static final String MONTHS = monthAlternation();
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String RANGE = "\\s*(?:-|–|—|~|〜|至|到|to|until|through)\\s*";

    private static final Pattern ZH_FULL = Pattern.compile("(\\d{2,4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日號]");
    private static final Pattern ZH_MONTH_DAY = Pattern.compile("(?<![\\d年])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日號]");
    private static final Pattern ZH_NUMERAL_YEAR = Pattern.compile("中華民國([〇零一二三四五六七八九十百]{2,6})年(?:([〇零一二三四五六七八九十]{1,3})月(?:([〇零一二三四五六七八九十]{1,3})日)?)?");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    /** 115/06/24, 115-06-24, 115.06.24: a Minguo date (the separator the same twice). */
    private static final Pattern MINGUO_SLASH = Pattern.compile("(?<![\\d/.-])(\\d{2,3})([/.-])(\\d{1,2})\\2(\\d{1,2})(?![\\d/]|[.-]\\d)");
    private static final Pattern DMY_SLASH = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
    private static final Pattern EN_DMY = Pattern.compile("(?i)(?<![\\w])" + DAY + "(?:" + RANGE + DAY + ")?\\s+(" + MONTHS + ")\\.?(?:" + RANGE + DAY + "\\s+(" + MONTHS + ")\\.?)?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern EN_MDY = Pattern.compile("(?i)(?<![\\w])(" + MONTHS + ")\\.?\\s+" + DAY + "(?:" + RANGE + DAY + ")?,?\\s+(\\d{4})(?!\\d)");
    /** "on 3 February", "17–18 March", "from 19 to 21 August": a capitalised month, no year (the document's year). */
    private static final Pattern EN_DM = Pattern.compile("(?<![\\w])" + DAY + "(?:" + RANGE + DAY + ")?\\s+(" + MONTHS
            + ")\\.?(?:" + RANGE + DAY + "\\s+(" + MONTHS + ")\\.?)?(?![\\w]|,?\\s+\\d)");
    /** "March 24", "August 17-18": a capitalised month, no year. */
    private static final Pattern EN_MD = Pattern.compile("(?<![\\w])(" + MONTHS + ")\\.?\\s+" + DAY + "(?:" + RANGE + DAY
            + ")?(?![\\w]|,?\\s+\\d)");
    private static final Pattern RANGE_JOIN = Pattern.compile("^" + RANGE + "$");

    private DateParser() {}

    /** All dates in {@code text}, in order; adjacent dates joined by a range word become one range. */
    public static List<DateMention> find(String text, int defaultYear) {
        List<DateMention> singles = new ArrayList<>();
        addAll(singles, text, defaultYear);
        singles.sort(Comparator.comparingInt(DateMention::from).thenComparing(d -> -(d.to() - d.from())));
        List<DateMention> kept = new ArrayList<>();
        int covered = -1;
        for (DateMention d : singles) {
            if (d.from() >= covered) {
                kept.add(d);
                covered = d.to();
            }
        }
        List<DateMention> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            DateMention a = kept.get(i);
            if (i + 1 < kept.size()) {
                DateMention b = kept.get(i + 1);
                String between = text.substring(a.to(), b.from());
                if (RANGE_JOIN.matcher(between).matches() && !b.start().isBefore(a.start())) {
                    LocalDate start = a.start();
                    if (!a.yearGiven() && b.yearGiven()) {
                        start = safeDate(b.start().getYear(), start.getMonthValue(), start.getDayOfMonth());
                    }
                    out.add(new DateMention(a.from(), b.to(), start == null ? a.start() : start, b.end(),
                            a.yearGiven() || b.yearGiven()));
                    i++;
                    continue;
                }
            }
            Matcher tail = DAY_TAIL.matcher(text.substring(a.to()));
            if (!a.isRange() && tail.find()) {
                LocalDate end = safeDate(a.start().getYear(), a.start().getMonthValue(), Integer.parseInt(tail.group(1)));
                if (end != null && end.isAfter(a.start())) {
                    out.add(new DateMention(a.from(), a.to() + tail.end(), a.start(), end, a.yearGiven()));
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    private static final Pattern DAY_TAIL = Pattern.compile("^\\s*(?:至|到|-|–|~)\\s*(\\d{1,2})\\s*[日號]");

    /** The first date in the text, or null. */
    public static DateMention first(String text, int defaultYear) {
        List<DateMention> all = find(text, defaultYear);
        return all.isEmpty() ? null : all.get(0);
    }

    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)(?<![\\w])(on|last)\\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\\w])");

    /**
     * A weekday ("on Tuesday", "on Wednesday and Thursday") resolved against a reference date (a news
     * dateline): the latest day with that weekday on or before the reference; null if none is named.
     */
    public static DateMention weekday(String text, LocalDate reference) {
        if (reference == null) {
            return null;
        }
        Matcher m = WEEKDAY.matcher(text);
        Matcher zh = WEEKDAY_ZH.matcher(text);
        boolean en = m.find();
        boolean cjk = zh.find();
        if (!en && !cjk) {
            return null;
        }
        if (!en || cjk && zh.start() < m.start()) {
            // 本周二, 上週五, 星期三: this week's (or last week's) day, on or before the dateline
            java.time.DayOfWeek day = java.time.DayOfWeek.of("一二三四五六日天".indexOf(zh.group(2)) % 7 + 1);
            LocalDate d = reference.with(java.time.temporal.TemporalAdjusters.previousOrSame(day));
            if (zh.group(1) != null && (zh.group(1).startsWith("上"))) {
                d = d.minusWeeks(1);
            }
            return new DateMention(zh.start(), zh.end(), d, d, false);
        }
        java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(m.group(2).toUpperCase(java.util.Locale.ROOT));
        LocalDate d = reference.with(m.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("last")
                ? java.time.temporal.TemporalAdjusters.previous(day)
                : java.time.temporal.TemporalAdjusters.previousOrSame(day));
        return new DateMention(m.start(), m.end(), d, d, false);
    }

    private static final Pattern WEEKDAY_ZH = Pattern.compile("(本|这|這|上)?(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])");

    private static final Pattern YEAR = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})(?![\\d.])\\s*年?|(?<![\\d.])(1\\d{2})\\s*年");

    /** Years written in the text (Gregorian, or Minguo when followed by 年), in order. */
    public static List<Integer> years(String text) {
        List<Integer> out = new ArrayList<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            out.add(m.group(1) != null ? Integer.parseInt(m.group(1)) : year(Integer.parseInt(m.group(2))));
        }
        return out;
    }

    /** Parses a Gregorian or Minguo year written with digits ("113" → 2024, "2024" → 2024). */
    public static int year(int written) {
        return written < MAX_MINGUO_YEAR ? written + MINGUO_OFFSET : written;
    }

    private static void addAll(List<DateMention> out, String text, int defaultYear) {
        Matcher m = ZH_FULL.matcher(text);
        while (m.find()) {
            add(out, m.start(), m.end(), year(Integer.parseInt(m.group(1))), m.group(2), m.group(3), true);
        }
        m = ZH_MONTH_DAY.matcher(text);
        while (m.find()) {
            add(out, m.start(), m.end(), defaultYear, m.group(1), m.group(2), false);
        }
        m = ZH_NUMERAL_YEAR.matcher(text);
        while (m.find()) {
            int y = year(chineseNumber(m.group(1)));
            int mo = m.group(2) == null ? 1 : chineseNumber(m.group(2));
            int d = m.group(3) == null ? 1 : chineseNumber(m.group(3));
            LocalDate date = safeDate(y, mo, d);
            if (date != null) {
                out.add(new DateMention(m.start(), m.end(), date, date, true));
            }
        }
        m = ISO.matcher(text);
        while (m.find()) {
            add(out, m.start(), m.end(), Integer.parseInt(m.group(1)), m.group(2), m.group(3), true);
        }
        m = MINGUO_SLASH.matcher(text);
        while (m.find()) {
            add(out, m.start(), m.end(), year(Integer.parseInt(m.group(1))), m.group(3), m.group(4), true);
        }
        m = DMY_SLASH.matcher(text);
        while (m.find()) {
            add(out, m.start(), m.end(), Integer.parseInt(m.group(3)), m.group(2), m.group(1), true);
        }
        m = EN_DMY.matcher(text);
        while (m.find()) {
            int y = Integer.parseInt(m.group(6));
            Month endMonth = month(m.group(5) != null ? m.group(5) : m.group(3));
            Month startMonth = month(m.group(3));
            LocalDate start = safeDate(y, startMonth.getValue(), Integer.parseInt(m.group(1)));
            String endDay = m.group(4) != null ? m.group(4) : m.group(2);
            LocalDate end = endDay == null ? start : safeDate(y, endMonth.getValue(), Integer.parseInt(endDay));
            if (start != null && end != null && !end.isBefore(start)) {
                out.add(new DateMention(m.start(), m.end(), start, end, true));
            }
        }
        m = EN_DM.matcher(text);
        while (m.find()) {
            Month endMonth = month(m.group(5) != null ? m.group(5) : m.group(3));
            Month startMonth = month(m.group(3));
            LocalDate start = safeDate(defaultYear, startMonth.getValue(), Integer.parseInt(m.group(1)));
            String endDay = m.group(4) != null ? m.group(4) : m.group(2);
            LocalDate end = endDay == null ? start : safeDate(defaultYear, endMonth.getValue(), Integer.parseInt(endDay));
            if (start != null && end != null && !end.isBefore(start)) {
                out.add(new DateMention(m.start(), m.end(), start, end, false));
            }
        }
        m = EN_MD.matcher(text);
        while (m.find()) {
            Month mo = month(m.group(1));
            LocalDate start = safeDate(defaultYear, mo.getValue(), Integer.parseInt(m.group(2)));
            LocalDate end = m.group(3) == null ? start : safeDate(defaultYear, mo.getValue(), Integer.parseInt(m.group(3)));
            if (start != null && end != null && !end.isBefore(start)) {
                out.add(new DateMention(m.start(), m.end(), start, end, false));
            }
        }
        m = EN_MDY.matcher(text);
        while (m.find()) {
            int y = Integer.parseInt(m.group(4));
            Month mo = month(m.group(1));
            LocalDate start = safeDate(y, mo.getValue(), Integer.parseInt(m.group(2)));
            LocalDate end = m.group(3) == null ? start : safeDate(y, mo.getValue(), Integer.parseInt(m.group(3)));
            if (start != null && end != null && !end.isBefore(start)) {
                out.add(new DateMention(m.start(), m.end(), start, end, true));
            }
        }
    }

    private static void add(List<DateMention> out, int from, int to, int y, String mo, String d, boolean yearGiven) {
        LocalDate date = safeDate(y, Integer.parseInt(mo), Integer.parseInt(d));
        if (date != null) {
            out.add(new DateMention(from, to, date, date, yearGiven));
        }
    }

    static LocalDate safeDate(int y, int m, int d) {
        if (y < 1900 || y > 2200) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Month mo : Month.values()) {
            String full = mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.startsWith(n.length() >= 3 ? n : "~")) {
                return mo;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static String monthAlternation() {
        List<String> names = new ArrayList<>();
        for (Month mo : Month.values()) {
            String full = mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            names.add(full);
            names.add(mo.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        }
        names.add("Sept");
        names.sort(Comparator.comparingInt(String::length).reversed());
        return String.join("|", names);
    }

    /** Chinese numerals: positional (一一三 = 113) or with units (一百一十三 = 113). */
    static int chineseNumber(String s) {
        String digits = "〇一二三四五六七八九";
        if (!s.contains("十") && !s.contains("百")) {
            int v = 0;
            for (char c : s.toCharArray()) {
                int d = c == '零' ? 0 : digits.indexOf(c);
                v = v * 10 + Math.max(0, d);
            }
            return v;
        }
        int total = 0;
        int current = 0;
        for (char c : s.toCharArray()) {
            int d = c == '零' ? 0 : digits.indexOf(c);
            if (d >= 0) {
                current = d;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            }
        }
        return total + current;
    }
}
