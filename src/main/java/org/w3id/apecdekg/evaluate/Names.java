package org.w3id.apecdekg.evaluate;

import java.text.Normalizer;
import java.util.Locale;

/** Name comparison as the fixtures README says: NFKC, lower case, no spaces or punctuation. */
public final class Names {

    /** Shortest share of the longer name that a contained name must cover to count as the same policy. */
    static final double MIN_CONTAINED_SHARE = 0.5;

    private Names() {}

    public static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        n.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** Equal after normalisation, or one contains the other (titles). */
    public static boolean containsEither(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }

    /** Equal after normalisation, or one contains the other and covers at least half of it (policy names). */
    public static boolean sameName(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = x.length() <= y.length() ? y : x;
        return longer.contains(shorter) && shorter.length() >= MIN_CONTAINED_SHARE * longer.length();
    }
}
