package org.w3id.apecdekg.report.extract;

import org.w3id.apecdekg.report.Dictionaries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3id.apecdekg.report.lexicon.Cue;
import org.w3id.apecdekg.report.lexicon.Mention;

/**
 * Reads lists of economies ("澳洲、智利、香港及我方", "Australia, Chile and Japan") out of text:
 * runs of economy mentions separated only by list words (list-words.csv), walking away from an
 * anchor (a trigger phrase) or grouping all runs in a sentence. A short unknown name between two
 * separators inside a list is reported instead of dropped silently.
 */
public final class EconomyList {

    /** A list found: economies in order (duplicates removed), unknown names, and its span. */
    public record Result(List<String> economies, List<String> unknown, int from, int to) {
        public boolean isEmpty() {
            return economies.isEmpty();
        }
    }

    /** Longest allowed unknown name inside a list. */
    static final int MAX_UNKNOWN_CHARS = 14;

    private final ExtractionContext ctx;

    public EconomyList(ExtractionContext ctx) {
        this.ctx = ctx;
    }

    /** The list that ends right before {@code anchor} (fillers and closers allowed in between). */
    public Result endingAt(String text, int anchor) {
        List<Mention<String>> ms = ctx.listEconomies(text.substring(0, anchor));
        List<String> unknown = new ArrayList<>();
        if (ms.isEmpty() || !onlyFillers(text.substring(ms.get(ms.size() - 1).to(), anchor))) {
            return new Result(List.of(), List.of(), anchor, anchor);
        }
        int k = ms.size() - 1;
        List<Mention<String>> run = new ArrayList<>();
        run.add(ms.get(k));
        while (k > 0) {
            String gap = text.substring(ms.get(k - 1).to(), ms.get(k).from());
            if (isListGap(gap)) {
                run.add(0, ms.get(k - 1));
            } else {
                List<String> names = unknownNames(gap);
                if (names == null) {
                    break;
                }
                unknown.addAll(0, names);
                run.add(0, ms.get(k - 1));
            }
            k--;
        }
        return result(run, unknown, anchor);
    }

    /** The list that starts right after {@code anchor}. */
    public Result startingAt(String text, int anchor) {
        List<Mention<String>> all = ctx.listEconomies(text);
        List<Mention<String>> ms = new ArrayList<>();
        for (Mention<String> m : all) {
            if (m.from() >= anchor) {
                ms.add(m);
            }
        }
        if (ms.isEmpty() || !onlyFillers(text.substring(anchor, ms.get(0).from()))) {
            return new Result(List.of(), List.of(), anchor, anchor);
        }
        List<Mention<String>> run = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        run.add(ms.get(0));
        for (int k = 1; k < ms.size(); k++) {
            String gap = text.substring(ms.get(k - 1).to(), ms.get(k).from());
            if (isListGap(gap)) {
                run.add(ms.get(k));
            } else {
                List<String> names = unknownNames(gap);
                if (names == null) {
                    break;
                }
                unknown.addAll(names);
                run.add(ms.get(k));
            }
        }
        Result r = result(run, unknown, anchor);
        String tail = trailingUnknown(text, r.to());
        if (tail != null) {
            List<String> u = new ArrayList<>(r.unknown());
            u.add(tail);
            return new Result(r.economies(), u, r.from(), r.to());
        }
        return r;
    }

    /** All runs of at least {@code minSize} economies in the text. */
    public List<Result> runs(String text, int minSize) {
        List<Mention<String>> ms = ctx.listEconomies(text);
        List<Result> out = new ArrayList<>();
        int i = 0;
        while (i < ms.size()) {
            List<Mention<String>> run = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            run.add(ms.get(i));
            int j = i + 1;
            while (j < ms.size()) {
                String gap = text.substring(ms.get(j - 1).to(), ms.get(j).from());
                if (isListGap(gap)) {
                    run.add(ms.get(j));
                } else {
                    List<String> names = unknownNames(gap);
                    if (names == null) {
                        break;
                    }
                    unknown.addAll(names);
                    run.add(ms.get(j));
                }
                j++;
            }
            Result r = result(run, unknown, run.get(run.size() - 1).to());
            if (r.economies().size() >= minSize || run.size() >= minSize) {
                out.add(r);
            }
            i = j;
        }
        return out;
    }

    /** Economies of a table cell or a "Co-sponsors:" value: every item must be an economy or is reported. */
    public Result cell(String text) {
        List<Mention<String>> ms = ctx.listEconomies(text);
        List<String> economies = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        for (Mention<String> m : ms) {
            if (Dictionaries.SELF.equals(m.value())) {
                unresolved.add(m.surface());
            } else if (!economies.contains(m.value())) {
                economies.add(m.value());
            }
        }
        StringBuilder rest = new StringBuilder();
        int last = 0;
        for (Mention<String> m : ms) {
            rest.append(text, last, m.from()).append(" ; ");
            last = m.to();
        }
        rest.append(text.substring(last));
        List<String> unknown = new ArrayList<>(unresolved);
        for (String token : split(rest.toString())) {
            if (!token.isEmpty() && token.length() <= MAX_UNKNOWN_CHARS * 2 && looksLikeName(token)) {
                unknown.add(token);
            }
        }
        return new Result(economies, unknown, 0, text.length());
    }

    private Result result(List<Mention<String>> run, List<String> unknown, int anchor) {
        List<String> iso = new ArrayList<>();
        for (Mention<String> m : run) {
            if (Dictionaries.SELF.equals(m.value())) {
                unknown.add(m.surface()); // a self-reference the report gives no economy for
            } else if (!iso.contains(m.value())) {
                iso.add(m.value());
            }
        }
        int from = run.isEmpty() ? anchor : run.get(0).from();
        int to = run.isEmpty() ? anchor : run.get(run.size() - 1).to();
        return new Result(iso, unknown, from, to);
    }

    /** An unknown name right after the last item, joined by a conjunction ("…, Chile and Fiji."). */
    private String trailingUnknown(String text, int end) {
        String after = text.substring(end);
        String lower = after.toLowerCase(Locale.ROOT);
        for (String sep : words("separator")) {
            String s = sep.toLowerCase(Locale.ROOT);
            String trimmed = lower.stripLeading();
            if (trimmed.startsWith(s)) {
                int cut = after.length() - trimmed.length() + s.length();
                String rest = after.substring(cut).strip();
                int stop = 0;
                while (stop < rest.length() && ".。;；,，".indexOf(rest.charAt(stop)) < 0) {
                    stop++;
                }
                String name = rest.substring(0, stop).strip();
                boolean ended = stop < rest.length() && ".。".indexOf(rest.charAt(stop)) >= 0;
                if (ended && looksLikeName(name) && ctx.economies(name).isEmpty()) {
                    return name;
                }
                return null;
            }
        }
        return null;
    }

    boolean isListGap(String gap) {
        String g = strip(gap);
        return g.isEmpty() || !gap.strip().isEmpty() && g.isEmpty();
    }

    private boolean onlyFillers(String gap) {
        String g = gap;
        boolean changed = true;
        while (changed) {
            changed = false;
            String t = g.strip();
            for (String kind : List.of("filler", "closer", "bracket")) {
                for (String w : words(kind)) {
                    if (startsWithIgnoreCase(t, w)) {
                        t = t.substring(w.length());
                        changed = true;
                    }
                }
            }
            g = t;
        }
        return g.strip().isEmpty();
    }

    /** Strips separators, brackets and fillers from the gap; what is left is not list syntax. */
    private String strip(String gap) {
        String g = gap.strip();
        boolean changed = true;
        while (changed && !g.isEmpty()) {
            changed = false;
            for (String kind : List.of("separator", "bracket", "closer", "filler")) {
                for (String w : words(kind)) {
                    if (startsWithIgnoreCase(g, w) && wordEnds(g, w.length(), w)) {
                        g = g.substring(w.length()).strip();
                        changed = true;
                    }
                }
            }
        }
        return g;
    }

    /** Names between separators inside a gap ("、斐濟、"), or null if the gap is not list syntax. */
    private List<String> unknownNames(String gap) {
        List<String> tokens = split(gap);
        if (tokens.size() < 3 || !tokens.get(0).isEmpty() || !tokens.get(tokens.size() - 1).isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (int i = 1; i < tokens.size() - 1; i++) {
            String t = tokens.get(i);
            if (t.isEmpty()) {
                continue;
            }
            if (!looksLikeName(t)) {
                return null;
            }
            names.add(t);
        }
        return names.isEmpty() ? null : names;
    }

    /** Splits on separator words; leading/trailing separators give empty first/last tokens. */
    List<String> split(String s) {
        List<String> tokens = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int i = 0;
        outer:
        while (i < s.length()) {
            for (String w : words("separator")) {
                if (s.regionMatches(true, i, w, 0, w.length()) && wordBoundary(s, i, w)) {
                    tokens.add(cleanToken(cur.toString()));
                    cur.setLength(0);
                    i += w.length();
                    continue outer;
                }
            }
            cur.append(s.charAt(i));
            i++;
        }
        tokens.add(cleanToken(cur.toString()));
        return tokens;
    }

    private String cleanToken(String t) {
        String s = t.strip();
        for (String kind : List.of("closer", "filler", "bracket")) {
            for (String w : words(kind)) {
                if (s.toLowerCase(Locale.ROOT).endsWith(w.toLowerCase(Locale.ROOT)) && s.length() > w.length()) {
                    s = s.substring(0, s.length() - w.length()).strip();
                }
            }
        }
        return s.replaceAll("^[\\s(]+|[\\s)]+$", "").strip();
    }

    private static boolean looksLikeName(String t) {
        if (t.isEmpty() || t.length() > MAX_UNKNOWN_CHARS * 2) {
            return false;
        }
        if (t.codePoints().anyMatch(Character::isDigit) || t.matches(".*[。，,:：「」《》].*")) {
            return false;
        }
        boolean cjk = t.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        if (cjk) {
            return t.length() <= 6;
        }
        String[] words = t.split("\\s+");
        return words.length <= 3 && Character.isUpperCase(t.charAt(0));
    }

    private List<String> words(String kind) {
        List<String> out = new ArrayList<>();
        for (Cue c : ctx.dict().cues("list-words")) {
            if (c.value().equals(kind)) {
                out.add(c.text());
            }
        }
        return out;
    }

    private static boolean startsWithIgnoreCase(String s, String w) {
        return s.regionMatches(true, 0, w, 0, w.length());
    }

    private static boolean wordEnds(String s, int end, String w) {
        return !isLatin(w.charAt(w.length() - 1)) || end >= s.length() || !isLatin(s.charAt(end));
    }

    private static boolean wordBoundary(String s, int i, String w) {
        boolean startOk = !isLatin(w.charAt(0)) || i == 0 || !isLatin(s.charAt(i - 1));
        int end = i + w.length();
        boolean endOk = !isLatin(w.charAt(w.length() - 1)) || end >= s.length() || !isLatin(s.charAt(end));
        return startOk && endOk;
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
