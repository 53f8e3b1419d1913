package org.w3id.apecdekg.report.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.apecdekg.report.Dictionaries;
import org.w3id.apecdekg.report.lexicon.Cue;

/**
 * AIDER Key Focus Area numbers from text: "KFA5、6 以及 10", "KFA 3、4", "Key Focus Areas 7 and 10",
 * "AIDER 第 2、5 及第 11 項重點領域" (cues and their side in kfa-cues.csv). Parenthesised
 * explanations between the numbers are skipped.
 */
public final class KfaParser {

    static final int MAX_KFA = 11;

    private static final Pattern PARENS = Pattern.compile("\\([^()]{0,80}\\)|「[^」]{0,80}」|“[^”]{0,80}”|\"[^\"]{0,80}\"");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");

    private final Dictionaries dict;

    public KfaParser(Dictionaries dict) {
        this.dict = dict;
    }

    /** The KFA numbers named in {@code text}, in ascending order. */
    public List<Integer> parse(String text) {
        TreeSet<Integer> out = new TreeSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (Cue cue : dict.cues("kfa-cues")) {
            String c = cue.text().toLowerCase(Locale.ROOT);
            int from = 0;
            while (true) {
                int at = lower.indexOf(c, from);
                if (at < 0) {
                    break;
                }
                if (cue.value().equals("before")) {
                    out.addAll(numbersBefore(text, at));
                } else {
                    out.addAll(numbersAfter(text, at + c.length()));
                }
                from = at + c.length();
            }
        }
        return List.copyOf(out);
    }

    private List<Integer> numbersAfter(String text, int start) {
        String rest = PARENS.matcher(text.substring(start)).replaceAll(" ");
        return list(rest, true);
    }

    private List<Integer> numbersBefore(String text, int end) {
        String head = PARENS.matcher(text.substring(0, end)).replaceAll(" ");
        int s = Math.max(0, head.length() - 30);
        String window = head.substring(s);
        // keep only the tail that is list syntax: digits, separators, 第, 項, spaces
        int k = window.length();
        while (k > 0 && isListChar(window.charAt(k - 1))) {
            k--;
        }
        return list(window.substring(k), false);
    }

    private boolean isListChar(char c) {
        return Character.isDigit(c) || Character.isWhitespace(c) || "、,，及和與以第項&".indexOf(c) >= 0
                || Character.isLetter(c) && "andAND".indexOf(c) >= 0;
    }

    /** Numbers in a list at the start of {@code s} (after=true) or the whole of s. */
    private List<Integer> list(String s, boolean fromStart) {
        List<Integer> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        int last = 0;
        boolean first = true;
        while (m.find()) {
            String gap = s.substring(last, m.start());
            boolean ok = first ? gap.strip().replaceAll("^[:：#\\s]*(?:s\\b)?", "").isEmpty() : isListGap(gap);
            if (fromStart && !ok) {
                break;
            }
            int n = Integer.parseInt(m.group());
            if (n >= 1 && n <= MAX_KFA) {
                out.add(n);
            }
            last = m.end();
            first = false;
        }
        return out;
    }

    private boolean isListGap(String gap) {
        String g = gap.strip().replace("第", "").replace("項", "").strip();
        if (g.isEmpty()) {
            return true;
        }
        String lower = g.toLowerCase(Locale.ROOT);
        for (Cue c : dict.cues("list-words")) {
            if (!c.value().equals("separator")) {
                continue;
            }
            lower = lower.replace(c.text().toLowerCase(Locale.ROOT), " ");
        }
        for (Cue c : dict.cues("kfa-cues")) {
            lower = lower.replace(c.text().toLowerCase(Locale.ROOT), " ");
        }
        return lower.strip().isEmpty();
    }
}
