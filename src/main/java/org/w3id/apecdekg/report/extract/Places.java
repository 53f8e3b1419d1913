package org.w3id.apecdekg.report.extract;

import java.util.Locale;
import org.w3id.apecdekg.report.Dictionaries;
import org.w3id.apecdekg.report.lexicon.Cue;
import org.w3id.apecdekg.report.lexicon.Mention;

/** Host cities of meetings (places.csv): the first one named in a text, with its English name. */
final class Places {

    private final Dictionaries dict;

    Places(Dictionaries dict) {
        this.dict = dict;
    }

    /** The earliest city named in {@code text} (longest name at a position), or null. */
    Mention<String> first(String text) {
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Mention<String> best = null;
        for (Cue c : dict.cues("places")) {
            String name = c.text().toLowerCase(Locale.ROOT);
            int from = 0;
            while (true) {
                int i = lower.indexOf(name, from);
                if (i < 0) {
                    break;
                }
                int end = i + name.length();
                if (boundary(lower, i - 1) && boundary(lower, end)) {
                    if (best == null || i < best.from()) {
                        best = new Mention<>(i, end, text.substring(i, end), c.value());
                    }
                    break;
                }
                from = i + 1;
            }
        }
        return best;
    }

    /** The English name of the earliest city named in {@code text}, or null. */
    String city(String text) {
        Mention<String> m = first(text);
        return m == null ? null : m.value();
    }

    private static boolean boundary(String s, int i) {
        if (i < 0 || i >= s.length()) {
            return true;
        }
        char c = s.charAt(i);
        return !(Character.isLetterOrDigit(c) && c < 0x2E80);
    }
}
