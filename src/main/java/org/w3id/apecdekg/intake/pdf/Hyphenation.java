package org.w3id.apecdekg.intake.pdf;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Joins a word broken by a hyphen at a line end. The PDF does not say which hyphens are soft, so a
 * hyphen is kept ("co-" + "sponsors" is "co-sponsors", "APEC-" + "wide" is "APEC-wide", joined
 * without a space) unless it is a soft hyphen (U+00AD), or the word without the hyphen occurs
 * elsewhere in the same document (case ignored): then the break was hyphenation ("cooper-" +
 * "ation" is "cooperation" where "cooperation" is written elsewhere).
 */
public final class Hyphenation {

    private static final char SOFT_HYPHEN = '\u00ad';

    /** Words of the document, lowercase: letters and digits only. */
    private final Set<String> words;

    private Hyphenation(Set<String> words) {
        this.words = words;
    }

    /** Hyphenation with the words of all pages as the document's vocabulary. */
    public static Hyphenation of(List<PdfPageText> pages) {
        Set<String> words = new HashSet<>();
        for (PdfPageText p : pages) {
            for (PdfLine l : p.lines()) {
                for (PdfWord w : l.words()) {
                    addWords(w.text(), words);
                }
            }
        }
        return new Hyphenation(words);
    }

    /** Hyphenation with the words of {@code text} as the document's vocabulary. */
    public static Hyphenation of(String text) {
        Set<String> words = new HashSet<>();
        addWords(text, words);
        return new Hyphenation(words);
    }

    /** Joins hyphenated line breaks in a text whose lines are separated by {@code \n}. */
    public String joinBreaks(String text) {
        if (text.indexOf('\n') < 0) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        StringBuilder sb = new StringBuilder(text.length());
        String current = lines[0];
        for (int i = 1; i < lines.length; i++) {
            if (breaksWord(current, lines[i])) {
                current = join(current, lines[i]);
            } else {
                sb.append(current).append('\n');
                current = lines[i];
            }
        }
        return sb.append(current).toString();
    }

    /** True when a line ending in {@code end} and the next starting with {@code next} are one hyphenated word. */
    public static boolean breaksWord(String end, String next) {
        return !next.isEmpty() && end.length() >= 2 && isHyphen(end.charAt(end.length() - 1))
                && Character.isLetterOrDigit(end.charAt(end.length() - 2)) && Character.isLetterOrDigit(next.charAt(0));
    }

    /**
     * The joined word of a line ending in {@code end} (a hyphen last) and the next starting with
     * {@code next}: the hyphen dropped when it is soft or the word without it is in the document,
     * kept otherwise; the lines joined without a space.
     */
    public String join(String end, String next) {
        String before = end.substring(0, end.length() - 1);
        char hyphen = end.charAt(end.length() - 1);
        if (hyphen == SOFT_HYPHEN) {
            return before + next;
        }
        String head = before.substring(wordStart(before, before.length()));
        String tail = next.substring(0, wordEnd(next, 0));
        String joined = (head + tail).toLowerCase(Locale.ROOT);
        return words.contains(joined) ? before + next : end + next;
    }

    /** Start of the run of letters and digits that ends at {@code to} (exclusive). */
    private static int wordStart(String s, int to) {
        int i = to;
        while (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** End of the run of letters and digits that starts at {@code from}. */
    private static int wordEnd(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void addWords(String text, Set<String> into) {
        int i = 0;
        while (i < text.length()) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                int j = wordEnd(text, i);
                into.add(text.substring(i, j).toLowerCase(Locale.ROOT));
                i = j;
            } else {
                i++;
            }
        }
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == SOFT_HYPHEN || c == '\u2010';
    }
}
