package org.w3id.apecdekg.intake.pdf;

import java.util.regex.Pattern;

/**
 * Undoes end-of-line hyphenation: "co-" at a line end followed by "sponsor" is "cosponsor" when the
 * letters on both sides of the hyphen are lowercase; otherwise the hyphen is kept and the halves are
 * joined without a space ("APEC-" + "wide" is "APEC-wide"). A word really written with a hyphen
 * between lowercase letters that happens to break there ("cross-border") loses its hyphen: the PDF
 * does not say which hyphens are soft.
 */
public final class Hyphenation {

    private static final Pattern SOFT = Pattern.compile("(\\p{Ll})[-\\u00ad\\u2010]\\n(\\p{Ll})");
    private static final Pattern HARD = Pattern.compile("(\\p{L}|\\d)([-\\u2010])\\n(\\p{L}|\\d)");

    private Hyphenation() {}

    /** Joins hyphenated line breaks in a text whose lines are separated by {@code \n}. */
    public static String joinBreaks(String text) {
        if (text.indexOf('\n') < 0) {
            return text;
        }
        String t = SOFT.matcher(text).replaceAll("$1$2");
        return HARD.matcher(t).replaceAll("$1$2$3");
    }

    /** True when a line ending in {@code end} and the next starting with {@code next} are one hyphenated word. */
    public static boolean breaksWord(String end, String next) {
        return !next.isEmpty() && end.length() >= 2 && isHyphen(end.charAt(end.length() - 1))
                && Character.isLetterOrDigit(end.charAt(end.length() - 2)) && Character.isLetterOrDigit(next.charAt(0));
    }

    /** The joined word: the hyphen dropped between lowercase letters, kept otherwise. */
    public static String join(String end, String next) {
        char before = end.charAt(end.length() - 2);
        boolean soft = Character.isLowerCase(before) && Character.isLowerCase(next.charAt(0));
        return (soft ? end.substring(0, end.length() - 1) : end) + next;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u00ad' || c == '\u2010';
    }
}
