package org.w3id.apecdekg.report.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.apecdekg.report.Dictionaries;
import org.w3id.apecdekg.report.lexicon.Cue;
import org.w3id.apecdekg.report.text.Text;

/**
 * Finds policy-like names in a sentence: (a) names in 「」/《》 whose text (or the word right after
 * them, 等計畫 / 草案) carries a policy cue; (b) a Chinese phrase followed by an English name in
 * parentheses, either carrying a cue; (c) capitalised English names with a cue word (Act, Law,
 * Strategy...) at their end or start, or followed by a lower-case cue (…Identity programme).
 */
final class PolicyNameFinder {

    private static final Pattern PAREN = Pattern.compile("\\(([^()]{3,160})\\)");
    /** A word, a number, or a law's number as one token: "No. 21.719", "No. 91/2025/QH15". */
    private static final Pattern WORD = Pattern.compile(
            "Nos?\\.\\s?\\d(?:[\\w./-]*[\\w])?|[A-Za-z][A-Za-z\\-]*(?:'s)?|\\d+(?:\\.\\d+)*");
    private static final Pattern AFTER_SIBLINGS = Pattern.compile("^(?:\\s*[、,和及與]\\s*[「《][^」》]{1,40}[」》])*\\s*(?:等)?\\s*");

    private final Dictionaries dict;

    PolicyNameFinder(Dictionaries dict) {
        this.dict = dict;
    }

    List<PolicyCandidate> find(String text) {
        List<PolicyCandidate> out = new ArrayList<>();
        bracketed(text, out);
        parenthesised(text, out);
        if (Text.cjkShare(text) < 0.2) {
            english(text, out);
        }
        return out;
    }

    private void bracketed(String text, List<PolicyCandidate> out) {
        for (TitleParts.Title t : TitleParts.find(text)) {
            String name = t.zh() != null ? t.zh() : t.en();
            if (t.zh() == null && name.strip().matches("(?s).*[,.!?;:]")) {
                continue; // “Each law made sense where it was written,” says X: a quotation, not a policy's name
            }
            String type = endCue(name);
            if (type == null) {
                type = containedCue(name);
            }
            String after = text.substring(t.to());
            Matcher sib = AFTER_SIBLINGS.matcher(after);
            String tail = sib.find() ? after.substring(sib.end()) : after;
            String trailing = leadingCue(tail);
            if (trailing != null && (type == null || trailing.equals("bill"))) {
                type = trailing;
            }
            if (type == null && t.en() != null) {
                type = containedCue(t.en());
            }
            if (type != null) {
                out.add(new PolicyCandidate(t.zh(), t.en(), t.from(), t.to(), type));
            }
        }
    }

    private void parenthesised(String text, List<PolicyCandidate> out) {
        Matcher m = PAREN.matcher(text);
        while (m.find()) {
            if (overlaps(out, m.start(), m.end())) {
                continue;
            }
            String en = m.group(1).strip();
            if (Text.cjkShare(en) > 0.1) {
                continue;
            }
            String zh = chunkBefore(text, m.start());
            if (zh == null) {
                continue;
            }
            String type = endCue(zh);
            String enType = englishCue(en);
            if (type == null && (enType == null || Text.key(zh).length() > 2)) {
                continue;
            }
            en = en.replaceAll(",\\s*[A-Z]{2,8}$", "").strip();
            out.add(new PolicyCandidate(zh, en, m.start() - zh.length(), m.end(), type != null ? type : enType));
        }
    }

    /** The Chinese phrase right before an opening parenthesis, cut at punctuation and particles. */
    private String chunkBefore(String text, int paren) {
        int i = paren;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        int end = i;
        while (i > 0) {
            char c = text.charAt(i - 1);
            boolean ok = Text.isCjkChar(c) || Text.isLatinWordChar(c) || c == ' ' || c == '.' || c == '-';
            if (!ok || words("particle").contains(String.valueOf(c))) {
                break;
            }
            i--;
        }
        String chunk = text.substring(i, end).strip();
        if (chunk.isEmpty() || Text.cjkShare(chunk) < 0.5 || chunk.length() > 30) {
            return null;
        }
        return chunk;
    }

    private void english(String text, List<PolicyCandidate> out) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        int i = 0;
        while (i < tokens.size()) {
            if (!capitalised(tok(text, tokens.get(i)))) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && adjacent(text, tokens.get(j), tokens.get(j + 1))) {
                String next = tok(text, tokens.get(j + 1));
                int k = j + 1;
                while (k < tokens.size() && words("connector").contains(tok(text, tokens.get(k)))
                        && k + 1 < tokens.size() && adjacent(text, tokens.get(k), tokens.get(k + 1))) {
                    k++;
                }
                boolean bridged = k > j + 1 && k < tokens.size() && capitalised(tok(text, tokens.get(k)));
                if (capitalised(next) || isNumber(next) || bridged) {
                    if (tok(text, tokens.get(j)).endsWith("'s")) {
                        break;
                    }
                    j = capitalised(next) || isNumber(next) ? j + 1 : k;
                } else if (words("split").contains(next)) {
                    int tail = cueTail(text, tokens, j);
                    if (tail < 0) {
                        break;
                    }
                    j = tail; // "National AI Strategy and Action Plan": one name, the second half only cue words
                } else {
                    break;
                }
            }
            emitEnglish(text, tokens, i, j, out);
            i = j + 1;
        }
    }

    /**
     * After a name ending in a cue word (token {@code j}) and a split word: the last token of a run of at
     * most two capitalised words that ends in a cue word ("Strategy and Action Plan", "Act and
     * Regulations"), or -1 when what follows is a name of its own.
     */
    private int cueTail(String text, List<int[]> tokens, int j) {
        if (cueFor(tok(text, tokens.get(j))) == null || j + 2 >= tokens.size()
                || !adjacent(text, tokens.get(j + 1), tokens.get(j + 2))) {
            return -1;
        }
        int end = j + 2;
        while (end + 1 < tokens.size() && end - (j + 2) < 1 && adjacent(text, tokens.get(end), tokens.get(end + 1))
                && capitalised(tok(text, tokens.get(end + 1)))) {
            end++;
        }
        if (end + 1 < tokens.size() && adjacent(text, tokens.get(end), tokens.get(end + 1))
                && capitalised(tok(text, tokens.get(end + 1)))) {
            return -1; // three capitalised words or more: another name
        }
        for (int k = j + 2; k <= end; k++) {
            if (!capitalised(tok(text, tokens.get(k)))) {
                return -1;
            }
        }
        return cueFor(tok(text, tokens.get(end))) != null ? end : -1;
    }

    private void emitEnglish(String text, List<int[]> tokens, int i, int j, List<PolicyCandidate> out) {
        while (i <= j && (tok(text, tokens.get(i)).equalsIgnoreCase("the") || tok(text, tokens.get(i)).endsWith("'s"))) {
            i++;
        }
        while (j >= i && (words("connector").contains(tok(text, tokens.get(j))) || tok(text, tokens.get(j)).endsWith("'s"))) {
            j--; // nor a possessive: "Viet Nam's" before "Law on Cybersecurity" is its issuer, not a name
        }
        if (j - i < 1) {
            return;
        }
        int from = tokens.get(i)[0];
        int to = tokens.get(j)[1];
        if (overlaps(out, from, to)) {
            return;
        }
        String name = text.substring(from, to);
        String type = null;
        String first = tok(text, tokens.get(i));
        String lastWord = name.replaceAll("(\\s+\\d+(?:\\.\\d+)*)+$", "");
        lastWord = lastWord.substring(lastWord.lastIndexOf(' ') + 1);
        Cue endCue = cueFor(lastWord);
        Cue firstCue = cueFor(first);
        if (endCue != null) {
            type = endCue.value();
        } else if (firstCue != null) {
            type = firstCue.value();
        } else {
            for (int k = i + 1; k < j; k++) {
                Cue c = cueFor(tok(text, tokens.get(k)));
                if (c != null && words("connector").contains(tok(text, tokens.get(k + 1)))) {
                    type = c.value();
                }
            }
        }
        if (type == null && j + 1 < tokens.size() && adjacent(text, tokens.get(j), tokens.get(j + 1))) {
            Cue after = cueFor(tok(text, tokens.get(j + 1)));
            if (after != null) {
                type = after.value();
            }
        }
        if (type == null) {
            return;
        }
        name = name.replaceAll("\\s+(?:of|in)\\s+\\d{4}$", "");
        out.add(new PolicyCandidate(null, name, from, to, type));
    }

    /** Policy type of an English name whose cue word ends it, starts it or is followed by a connector. */
    String englishCue(String name) {
        String[] w = name.replaceAll("(\\s+\\d+(?:\\.\\d+)*)+$", "").split("\\s+");
        if (w.length == 0) {
            return null;
        }
        Cue c = cueFor(w[w.length - 1]);
        if (c == null) {
            c = cueFor(w[0]);
        }
        for (int k = 0; c == null && k + 1 < w.length; k++) {
            if (words("connector").contains(w[k + 1])) {
                c = cueFor(w[k]);
            }
        }
        return c == null ? null : c.value();
    }

    List<String> locatives() {
        return words("locative");
    }

    private Cue cueFor(String word) {
        for (Cue c : dict.cues("policy-cues")) {
            if (c.text().equalsIgnoreCase(word) && Text.isLatinWordChar(c.text().charAt(0))) {
                return c;
            }
        }
        return null;
    }

    /** Type of the longest cue the name ends with (ignoring a version number), or null. */
    private String endCue(String name) {
        String n = name.replaceAll("[\\s\\d.]+$", "").toLowerCase(Locale.ROOT);
        for (Cue c : dict.cues("policy-cues")) {
            String cue = c.text().toLowerCase(Locale.ROOT);
            if (n.endsWith(cue) && (!Text.isLatinWordChar(cue.charAt(0)) || n.length() == cue.length()
                    || !Text.isLatinWordChar(n.charAt(n.length() - cue.length() - 1)))) {
                return c.value();
            }
        }
        return null;
    }

    private String containedCue(String name) {
        Cue c = dict.findCue("policy-cues", name);
        return c == null ? null : c.value();
    }

    private String leadingCue(String tail) {
        String t = tail.strip().toLowerCase(Locale.ROOT);
        for (Cue c : dict.cues("policy-cues")) {
            String cue = c.text().toLowerCase(Locale.ROOT);
            if (!Text.isLatinWordChar(cue.charAt(0)) && t.startsWith(cue)) {
                return c.value();
            }
        }
        return null;
    }

    private List<String> words(String kind) {
        List<String> out = new ArrayList<>();
        for (Cue c : dict.cues("policy-name-words")) {
            if (c.value().equals(kind)) {
                out.add(c.text());
            }
        }
        return out;
    }

    private static boolean overlaps(List<PolicyCandidate> out, int from, int to) {
        return out.stream().anyMatch(c -> from < c.to() && c.from() < to);
    }

    private static String tok(String text, int[] t) {
        return text.substring(t[0], t[1]);
    }

    private static boolean adjacent(String text, int[] a, int[] b) {
        return text.substring(a[1], b[0]).matches(" +");
    }

    private static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static boolean isNumber(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0));
    }
}
