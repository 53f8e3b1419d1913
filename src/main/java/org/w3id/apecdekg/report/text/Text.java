package org.w3id.apecdekg.report.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalisation of report text. */
public final class Text {

    private static final Pattern SUP = Pattern.compile("<sup>[^<]{0,12}</sup>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]{0,300}>");
    private static final Pattern MD_ESCAPE = Pattern.compile("\\\\([_*\\[\\]()#+\\-.!|`])");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0\\u3000]+");
    /** A Markdown link or image {@code [text](url "title")}: its text stays. */
    private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]\\n]{0,300})\\]\\([^()\\s]{0,1000}(?:\\s+\"[^\"\\n]{0,300}\")?\\)");
    /** A Markdown footnote marker {@code [^1]} (not a footnote's definition at the start of a line). */
    private static final Pattern MD_FOOTNOTE = Pattern.compile("(?<=\\S)\\[\\^[^\\]\\s]{1,20}\\]");
    /** Single-asterisk emphasis {@code *text*} (underscores are left: they occur in project numbers). */
    private static final Pattern MD_EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?=[^\\s*])([^*\\n]{1,300}?)(?<=[^\\s*])\\*(?![\\w*])");

    private Text() {}

    /** NFKC (full-width digits, letters and punctuation to ASCII; Chinese characters kept). */
    public static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u2019', '\'').replace('\u2018', '\'');
    }

    /**
     * A line as the extractor reads it: NFKC, footnote markers and tags removed, Markdown links
     * reduced to their text, emphasis, bold and escapes undone.
     */
    public static String clean(String raw) {
        String s = nfkc(raw);
        s = SUP.matcher(s).replaceAll("");
        s = s.replace("&amp;", "&").replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">");
        s = TAG.matcher(s).replaceAll(" ");
        s = MD_LINK.matcher(s).replaceAll("$1");
        s = MD_FOOTNOTE.matcher(s).replaceAll("");
        s = s.replace("**", "").replace("__", "");
        s = MD_EMPHASIS.matcher(s).replaceAll("$1");
        s = MD_ESCAPE.matcher(s).replaceAll("$1");
        return s;
    }

    /** Collapses runs of spaces and trims. */
    public static String squash(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Comparison key: NFKC, lower case, letters and digits only (spaces and punctuation removed). */
    public static String key(String s) {
        String n = nfkc(s).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    public static boolean isCjk(int cp) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        return sc == Character.UnicodeScript.HAN;
    }

    public static boolean isCjkChar(char c) {
        return isCjk(c);
    }

    /** True for ASCII letters and digits (word characters of Latin-script names). */
    public static boolean isLatinWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Share of Han characters among Han characters and Latin letters. */
    public static double cjkShare(String s) {
        long han = 0;
        long latin = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isCjkChar(c)) {
                han++;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            }
        }
        return han + latin == 0 ? 0 : (double) han / (han + latin);
    }

    /** Joins two pieces of one sentence broken across lines: no space between CJK or punctuation. */
    public static String joinBroken(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        char last = a.charAt(a.length() - 1);
        char first = b.charAt(0);
        if (isLatinWordChar(last) && isLatinWordChar(first)) {
            return a + " " + b;
        }
        if ((last == ',' || last == '.' || last == ';' || last == ':') && isLatinWordChar(first)) {
            return a + " " + b;
        }
        return a + b;
    }

    /** Truncates to at most {@code max} characters. */
    public static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
