package org.w3id.apecdekg.report.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years a sentence gives a policy, kept apart: the year it was issued ({@code dcterms:issued}) and
 * the years it aims at ({@code dekg:targetYear}). A year in the name of a law ("Internet Transactions
 * Act of 2023", "2024 年數位身分法") is the year it was enacted; any other year in a name is a target
 * ("Golden Indonesia 2045 Vision", "Masterplan 2025", "… to 2025, with orientation towards 2030"), and
 * of a span in a name ("2020–2045", "(2022–2027)") the end year. Outside the names: a year after "to",
 * "until", "through", "towards", "by", or the end of a period ("2024 年至 2027 年", "from 2023 to 2026")
 * is a target; a year near an issuing verb ("launched in", "adopted in", "approved in June", 三讀通過,
 * 提出, 發布 …) is the issue year; failing that, the first other year of the sentence is taken as the
 * issue year, as before. In a semicolon list only the years of the name's own item count.
 */
final class PolicyYears {

    record Years(Integer issued, Set<Integer> targets) {}

    private static final String Y = "((?:19|20)\\d{2})";
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.])" + Y + "(?!\\d|\\.\\d)");
    private static final Pattern SPAN = Pattern.compile("(?<![\\d.])" + Y + "\\s*年?\\s*(?:[–—\\-~～]|to|至|到)\\s*" + Y + "(?!\\d|\\.\\d)");
    private static final Pattern LAW = Pattern.compile("(?i)\\b(act|law|code|ordinance|decree)\\b|法$|法案$|條例$|条例$");
    private static final Pattern TARGET_CUE = Pattern.compile("(?i)(?:\\b(?:to|until|till|through|towards?|by|runs? to|running to)|至|到|(?:將|将|預計|预计|可望)\\s*(?:於|于|在)?)\\s*$");
    /** "2028 年前", "2030 年以前": by that year, a target. */
    private static final Pattern TARGET_AFTER = Pattern.compile("^\\s*年?\\s*(?:前|以前|之前)");
    private static final Pattern ISSUE_CUE = Pattern.compile("(?i)\\b(?:launch|adopt|approv|releas|issu|enact|introduc|pass|sign|unveil|publish|announc|promulgat|endors|came into (?:force|effect)|took effect|entered into force)\\w*\\b[^.;]{0,24}$|(?:於|于|在)\\s*$");
    private static final Pattern ISSUE_CUE_AFTER = Pattern.compile("^\\s*年?[^，。；,;]{0,12}?(?:三讀|通過|通过|制定|提出|發布|发布|公布|頒布|颁布|施行|上路|推出|核定|啟動|启动)");

    /** Between a name and its year: an acronym in parentheses and "in" (a month may come between). */
    private static final Pattern IN_YEAR = Pattern.compile("\\s*(?:[(（][^)）]{1,16}[)）])?,?\\s*(?:in|of)\\s+(?:\\p{L}+\\s+)?");

    private PolicyYears() {}

    /**
     * The years of the policy named at {@code [from, to)} of {@code sentence} under {@code names};
     * {@code otherNames} are the spans of every policy name in the sentence (their years belong to them).
     */
    static Years of(String sentence, int from, int to, List<String> names, List<int[]> otherNames) {
        Integer issued = null;
        Set<Integer> targets = new LinkedHashSet<>();
        for (String name : names) {
            if (name == null) {
                continue;
            }
            boolean law = LAW.matcher(name.strip()).find();
            List<int[]> spans = new ArrayList<>();
            Matcher span = SPAN.matcher(name);
            while (span.find()) {
                spans.add(new int[] {span.start(), span.end()});
                if (!law) {
                    targets.add(Integer.parseInt(span.group(2)));
                }
            }
            Matcher y = YEAR.matcher(name);
            while (y.find()) {
                if (inside(y.start(), spans)) {
                    continue;
                }
                int year = Integer.parseInt(y.group(1));
                if (law) {
                    issued = issued == null ? year : issued;
                } else {
                    targets.add(year);
                }
            }
        }
        Integer cuedIssue = null;
        Integer nextToName = null;
        Integer firstOther = null;
        List<int[]> spans = new ArrayList<>();
        Matcher span = SPAN.matcher(sentence);
        while (span.find()) {
            // a span that starts in this policy's name ("… Intelligence 2020–2045", the name cut at the dash)
            // or after it, before the next policy's name, is this policy's period
            boolean mine = (span.start() >= from && span.start() < to)
                    || (!inside(span.start(), otherNames) && owner(span.start(), otherNames, from, to));
            spans.add(new int[] {span.start(), span.end()});
            if (mine) {
                targets.add(Integer.parseInt(span.group(2)));
            }
        }
        int[] segment = segment(sentence, from, to);
        Matcher y = YEAR.matcher(sentence);
        while (y.find()) {
            if (insideAny(y.start(), otherNames, from, to) || inside(y.start(), spans)
                    || y.start() < segment[0] || y.start() >= segment[1]) {
                continue;
            }
            int year = Integer.parseInt(y.group(1));
            String before = sentence.substring(Math.max(0, y.start() - 40), y.start());
            String after = sentence.substring(y.end(), Math.min(sentence.length(), y.end() + 16));
            if (TARGET_CUE.matcher(before).find() || TARGET_AFTER.matcher(after).find()) {
                targets.add(year);
            } else if (ISSUE_CUE.matcher(before).find() || ISSUE_CUE_AFTER.matcher(after).find()) {
                cuedIssue = cuedIssue == null ? year : cuedIssue;
            } else if (nextToName == null && y.start() >= to && IN_YEAR.matcher(sentence.substring(to, y.start())).matches()) {
                nextToName = year; // "… followed with the Personal Information Protection Act (PIPA) in 2011"
            } else if (firstOther == null) {
                firstOther = year;
            }
        }
        if (issued == null) {
            issued = cuedIssue != null ? cuedIssue : nextToName != null ? nextToName : firstOther;
        }
        if (issued != null) {
            targets.remove(issued);
        }
        return new Years(issued, targets);
    }

    /**
     * True when a year at {@code at} is this policy's ({@code [from, to)}): the nearest policy name before
     * it is this one, or no name comes before it and this is the first.
     */
    private static boolean owner(int at, List<int[]> names, int from, int to) {
        int[] best = null;
        int[] first = null;
        for (int[] n : names) {
            if (first == null || n[0] < first[0]) {
                first = n;
            }
            if (n[1] <= at && (best == null || n[1] > best[1])) {
                best = n;
            }
        }
        int[] own = best != null ? best : first;
        return own == null || (own[0] == from && own[1] == to);
    }

    /**
     * The item of a semicolon list that holds the name ("X, issued in 2020; the Y, launched in 2021"):
     * a year in another item is another policy's. The whole sentence when it has no semicolon.
     */
    private static int[] segment(String sentence, int from, int to) {
        int start = 0;
        int end = sentence.length();
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == ';' || c == '；') {
                if (i < from) {
                    start = i + 1;
                } else if (i >= to) {
                    end = i;
                    break;
                }
            }
        }
        return new int[] {start, end};
    }

    private static boolean inside(int at, List<int[]> spans) {
        for (int[] s : spans) {
            if (at >= s[0] && at < s[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideAny(int at, List<int[]> names, int from, int to) {
        return (at >= from && at < to) || inside(at, names);
    }
}
