package org.w3id.apecdekg.report.extract;

import java.util.List;
import java.util.Locale;
import org.w3id.apecdekg.report.Dictionaries;
import org.w3id.apecdekg.report.lexicon.Cue;
import org.w3id.apecdekg.report.lexicon.Mention;
import org.w3id.apecdekg.report.text.DateMention;
import org.w3id.apecdekg.report.text.DateParser;
import org.w3id.apecdekg.report.text.LineKind;
import org.w3id.apecdekg.report.text.ReportLine;
import org.w3id.apecdekg.report.text.Text;

/**
 * Reads the report's header: title (first level-1 heading, else first heading or line), labelled
 * fields (header-fields.csv: venue, period, date, author), the writing agency (agencies.csv) and
 * language (share of Han characters).
 */
public final class HeaderExtractor {

    /**
     * How much text from the top counts as the header: 40 lines of a text file, where a longer line
     * counts as the lines it would fill at {@link #LINE_WIDTH} characters (readers of PDF, DOCX and
     * HTML write a whole paragraph on one line).
     */
    static final int HEADER_LINES = 40;
    static final int LINE_WIDTH = 80;
    /** Share of Han characters (among Han and Latin letters) from which a report counts as Chinese. */
    static final double CJK_SHARE_ZH = 0.2;

    /** Common characters written only in Simplified Chinese (their traditional forms differ). */
    static final String SIMPLIFIED_ONLY = "这们说会国时发经济数据对与为过动进关开问长门见认议记设计术实现体产业员区际联网络电话务应办处级华东书买"
            + "卖报样还线组织统调总结领导础护权条规则观题讯标传输费贸营环览亚韩湾欧罗马乌热车单边边双币银钱价质协"
            + "从众优伟专业与两严临为丽举义乐习书买乱争亏产亲亿仅从仓仪们价众优会伟传伤伦伪体侠侣侥侦侧侨";
    /** The traditional forms of common simplified characters. */
    static final String TRADITIONAL_ONLY = "這們說會國時發經濟數據對與為過動進關開問長門見認議記設計術實現體產業員區際聯網絡電話務應辦處級華東書買"
            + "賣報樣還線組織統調總結領導礎護權條規則觀題訊標準傳輸費貿營環覽亞韓臺灣歐羅馬烏熱車單邊雙幣銀錢價質協"
            + "於從眾優夥偉專兩嚴豐臨麗舉義樂習亂爭虧雲產親億僅倉儀傷倫偽傭俠侶僥偵側僑";

    private HeaderExtractor() {}

    /**
     * zh-Hans when characters that exist only in simplified forms outnumber those that exist only in
     * traditional forms, else zh-Hant.
     */
    static String chineseScript(String text) {
        long simplified = 0;
        long traditional = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SIMPLIFIED_ONLY.indexOf(c) >= 0) {
                simplified++;
            } else if (TRADITIONAL_ONLY.indexOf(c) >= 0) {
                traditional++;
            }
        }
        return simplified > traditional ? "zh-Hans" : "zh-Hant";
    }

    /** What separates two fields written on one header line: a wide space or a middle dot between spaces. */
    private static final java.util.regex.Pattern FIELD_GAP = java.util.regex.Pattern.compile("\u3000+|\\s{3,}|\\s+[·|]\\s+|\\s*｜\\s*");

    public static ReportInfo extract(ExtractionContext ctx) {
        List<ReportLine> header = headerLines(ctx.lines());
        String title = title(ctx, header);
        String language = Text.cjkShare(ctx.doc().text()) >= CJK_SHARE_ZH ? chineseScript(ctx.doc().text()) : "en";
        String venue = null;
        String periodText = null;
        String dateText = null;
        String author = null;
        List<String[]> fields = new java.util.ArrayList<>();
        for (ReportLine l : header) {
            String t = l.text().strip();
            if (l.kind() == LineKind.TABLE_ROW) {
                String[] cells = t.replaceAll("^\\||\\|$", "").split("\\||\t");
                if (cells.length >= 2) {
                    fields.add(new String[] {cells[0].strip(), cells[1].strip(), "exact"});
                }
            } else {
                // "发布时间：2026年6月26日　　来源：工业和信息化部中小企业局": two fields on one line
                for (String part : FIELD_GAP.split(unemphasised(t))) {
                    fields.add(new String[] {part.strip(), null, null});
                }
            }
        }
        for (String[] f : fields) {
            Cue c;
            String value;
            if (f[2] != null) {
                c = exactField(ctx.dict(), f[0]);
                value = f[1];
            } else {
                String t = f[0];
                c = field(ctx.dict(), t);
                value = c == null ? "" : t.substring(c.text().length()).replaceFirst("^\\s*[:：]?\\s*", "").strip();
            }
            if (c == null) {
                continue;
            }
            if (value.isEmpty()) {
                continue;
            }
            switch (c.value()) {
                case "venue" -> venue = venue == null ? value : venue;
                case "period" -> periodText = periodText == null ? value : periodText;
                case "date" -> dateText = dateText == null ? value : dateText;
                case "author" -> author = author == null ? value : author;
                default -> { }
            }
        }
        int fallbackYear = firstYear(ctx.doc().text());
        DateMention dated = dateText == null ? null : DateParser.first(dateText, fallbackYear);
        if (dated != null && dated.yearGiven()) {
            fallbackYear = dated.start().getYear(); // "6 月 23 日" in a release dated 115-06-24 is of 2026, not of a "2050" named earlier
        }
        DateMention period = periodText == null ? null : DateParser.first(periodText, fallbackYear);
        if (period == null) {
            for (ReportLine l : header) {
                DateMention d = DateParser.first(l.text(), fallbackYear);
                if (d != null && d.isRange()) {
                    period = d;
                    break;
                }
            }
        }
        int defaultYear = period != null ? period.start().getYear() : fallbackYear;
        DateMention date = dateText == null ? null : DateParser.first(dateText, defaultYear);
        if (date == null) {
            date = dateline(header, defaultYear);
        }
        String economy = null;
        String org = null;
        StringBuilder headerText = new StringBuilder();
        if (author != null) {
            headerText.append(author).append('\n');
        }
        for (ReportLine l : header) {
            headerText.append(l.text()).append('\n');
        }
        List<Mention<Dictionaries.Agency>> agencies = ctx.dict().agencies().find(headerText.toString());
        if (!agencies.isEmpty()) {
            economy = emptyToNull(agencies.get(0).value().iso2());
            org = emptyToNull(agencies.get(0).value().orgSlug());
        } else if (author != null) {
            for (Mention<String> m : ctx.dict().economies().find(author)) {
                if (!Dictionaries.SELF.equals(m.value())) {
                    economy = m.value();
                    break;
                }
            }
        }
        if (economy == null) {
            String genreText = (title == null ? "" : title) + "\n" + headerText;
            for (Cue g : ctx.dict().cues("report-genres")) {
                if (genreText.contains(g.text())) {
                    economy = g.value();
                    break;
                }
            }
        }
        if (economy == null) {
            ctx.writer().issue("unknown-reporting-economy", author == null ? "" : author, 1,
                    "no agency or economy found in the report header; self-references are not resolved");
        }
        String host = null;
        String placeText = venue != null ? venue : title;
        if (placeText != null) {
            for (Mention<String> m : ctx.dict().economies().find(placeText)) {
                if (!Dictionaries.SELF.equals(m.value())) {
                    host = m.value();
                }
            }
        }
        if (date == null) {
            ctx.writer().issue("unknown-report-date", dateText == null ? "" : dateText, 1,
                    "no report date found in the header");
        }
        return new ReportInfo(title, date == null ? null : date.start(), language, economy, org,
                period == null ? null : period.start(), period == null ? null : period.end(),
                venue, host, defaultYear, author);
    }

    private static Cue exactField(Dictionaries dict, String cell) {
        for (Cue c : dict.cues("header-fields")) {
            if (c.text().equalsIgnoreCase(cell.replaceAll("[:：]$", "").strip())) {
                return c;
            }
        }
        return null;
    }

    /**
     * A news dateline among the header lines: a short line that is one day's date, alone or after
     * places ("Guangzhou, China, 6 February 2026", "Xiamen, China | 16 September 2026", "Seoul, 3 May
     * 2024") or before a byline ("2026年3月18日（記者 X）"); not a span of days (a meeting's dates).
     */
    static DateMention dateline(List<ReportLine> header, int defaultYear) {
        List<String> segments = new java.util.ArrayList<>();
        for (ReportLine l : header) {
            if (l.kind() != LineKind.TABLE_ROW) {
                String t = unemphasised(l.text().strip());
                segments.add(t);
                // "By Maya Fonoti-Hale · 4 June 2026 · 11 min read": a byline's date between middle dots
                List<String> parts = List.of(FIELD_GAP.split(t));
                if (parts.size() > 1) {
                    segments.addAll(parts);
                }
            }
        }
        for (String t : segments) {
            t = t.strip();
            if (t.length() > DATELINE_MAX) {
                continue;
            }
            DateMention d = DateParser.first(t, defaultYear);
            if (d == null || d.isRange() || !d.yearGiven()) {
                continue;
            }
            String surface = t.substring(d.from(), d.to());
            if (!DAY.matcher(surface).find()) {
                continue;
            }
            if (PLACES_BEFORE.matcher(t.substring(0, d.from())).matches()
                    && AFTER_DATELINE.matcher(t.substring(d.to())).matches()) {
                return d;
            }
        }
        return null;
    }

    private static final int DATELINE_MAX = 90;
    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("(?<!\\d)\\d{1,2}(?!\\d)(?!\\s*月)|\\d{1,2}\\s*日");
    private static final java.util.regex.Pattern PLACES_BEFORE = java.util.regex.Pattern.compile("^[\\p{L}\\p{M} .'’()-]*(?:[,|，、]\\s*[\\p{L}\\p{M} .'’()-]*)*[,|，]?\\s*$");
    private static final java.util.regex.Pattern AFTER_DATELINE = java.util.regex.Pattern.compile("^\\s*(?:[—–-]\\s*)?(?:[（(][^)）]{0,30}[)）])?\\s*$");

    /** A line without the emphasis marks around it (**發布日期：…**, *Singapore, June 2026*). */
    private static String unemphasised(String line) {
        return line.replaceAll("^[*_]+|[*_]+$", "").strip();
    }

    private static Cue field(Dictionaries dict, String line) {
        line = unemphasised(line);
        String lower = line.toLowerCase(Locale.ROOT);
        for (Cue c : dict.cues("header-fields")) {
            String label = c.text().toLowerCase(Locale.ROOT);
            if (lower.startsWith(label)) {
                String rest = line.substring(label.length());
                if (rest.matches("^\\s*[:：].*") || (rest.startsWith(" ") && c.value().equals("author")
                        && label.endsWith("by"))) {
                    return c;
                }
            }
        }
        return null;
    }

    private static List<ReportLine> headerLines(List<ReportLine> lines) {
        List<ReportLine> header = new java.util.ArrayList<>();
        int used = 0;
        for (ReportLine l : lines) {
            if (l.kind() == LineKind.BLANK) {
                continue;
            }
            if (used >= HEADER_LINES) {
                break;
            }
            header.add(l);
            used += Math.max(1, (l.text().length() + LINE_WIDTH - 1) / LINE_WIDTH);
        }
        return header;
    }

    private static String title(ExtractionContext ctx, List<ReportLine> header) {
        for (ReportLine l : header) {
            if (l.kind() == LineKind.HEADING && l.raw().stripLeading().startsWith("#")
                    && !ctx.forums(l.text()).isEmpty()) {
                return l.text();
            }
        }
        return title(header);
    }

    private static String title(List<ReportLine> lines) {
        for (ReportLine l : lines) {
            if (l.kind() == LineKind.HEADING && l.raw().stripLeading().matches("^#\\s.*")) {
                return l.text();
            }
        }
        for (ReportLine l : lines) {
            if (l.kind() == LineKind.HEADING || l.kind() == LineKind.TEXT) {
                return l.text();
            }
        }
        return null;
    }

    private static int firstYear(String text) {
        List<Integer> years = DateParser.years(text.length() > 5000 ? text.substring(0, 5000) : text);
        return years.isEmpty() ? 0 : years.get(0);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
