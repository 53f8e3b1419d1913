package org.w3id.apecdekg.report.extract;

import java.util.HashSet;
import java.util.Set;
import org.w3id.apecdekg.report.text.Text;

/** Fuzzy equality of two titles: containment of normalised keys, or character-bigram Dice ≥ 0.6. */
public final class TitleMatch {

    static final double MIN_DICE = 0.6;
    static final int MIN_CONTAINED = 4;

    private TitleMatch() {}

    public static boolean similar(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String ka = Text.key(a);
        String kb = Text.key(b);
        if (ka.isEmpty() || kb.isEmpty()) {
            return false;
        }
        if (ka.equals(kb)) {
            return true;
        }
        if (Math.min(ka.length(), kb.length()) >= MIN_CONTAINED && (ka.contains(kb) || kb.contains(ka))) {
            return true;
        }
        if (TitleParts.isLatin(a) && TitleParts.isLatin(b)) {
            return wordDice(a, b) >= MIN_DICE;
        }
        return dice(ka, kb) >= MIN_DICE;
    }

    static double wordDice(String a, String b) {
        return dice(words(a), words(b));
    }

    /** Dice coefficient of two sets: twice the shared members over the total (0 if either is empty). */
    private static double dice(Set<String> x, Set<String> y) {
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        long common = x.stream().filter(y::contains).count();
        return 2.0 * common / (x.size() + y.size());
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : Text.nfkc(s).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3) {
                out.add(w);
            }
        }
        return out;
    }

    static final double LOOSE_DICE = 0.3;

    /** Some shared wording: bigram Dice of the normalised keys at least 0.3. */
    public static boolean loosely(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return similar(a, b) || dice(Text.key(a), Text.key(b)) >= LOOSE_DICE;
    }

    static double dice(String a, String b) {
        return dice(bigrams(a), bigrams(b));
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }
}
