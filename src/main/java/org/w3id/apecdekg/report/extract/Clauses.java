package org.w3id.apecdekg.report.extract;

import java.util.ArrayList;
import java.util.List;
import org.w3id.apecdekg.report.text.Text;

/**
 * Splits a sentence into clauses: at Chinese commas and semicolons (after NFKC they are ',' and ';',
 * so a comma ends a clause only next to Chinese text) and at full stops. English commas do not end a
 * clause: "The DESG Chair, Dr Ekapong Rimcharone, opened" stays one.
 */
final class Clauses {

    private Clauses() {}

    /** Clause spans [from, to) of {@code text}, in order, covering it. */
    static List<int[]> split(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '。' || c == '；' || c == '，';
            if ((c == ',' || c == ';') && chineseAround(text, i)) {
                end = true;
            }
            if (end) {
                out.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < text.length() || out.isEmpty()) {
            out.add(new int[] {start, text.length()});
        }
        return out;
    }

    private static boolean chineseAround(String text, int i) {
        int p = i - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        int n = i + 1;
        while (n < text.length() && text.charAt(n) == ' ') {
            n++;
        }
        boolean before = p >= 0 && (Text.isCjkChar(text.charAt(p)) || text.charAt(p) == ')' && cjkBeforeParen(text, p));
        boolean after = n < text.length() && Text.isCjkChar(text.charAt(n));
        return before || after;
    }

    private static boolean cjkBeforeParen(String text, int close) {
        int open = text.lastIndexOf('(', close);
        return open > 0 && Text.isCjkChar(text.charAt(open - 1 > 0 && text.charAt(open - 1) == ' ' ? open - 2 : open - 1));
    }
}
