package org.w3id.apecdekg.report.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.apecdekg.report.lexicon.Cue;
import org.w3id.apecdekg.report.lexicon.Gazetteer;
import org.w3id.apecdekg.report.lexicon.Mention;
import org.w3id.apecdekg.report.text.Text;

/**
 * Finds the names of people in a clause, with the word lists of {@code person-cues.csv}: Latin-script
 * names of two to five capitalised words (honorifics dropped, words that are never part of a name
 * splitting the run, runs that are economy, forum or organisation names left out), and Chinese names
 * written with a job title ({@code zh-title}) inside or after them (柯研究員維然, 柯維然研究員).
 * A name in parentheses counts only when the parenthesis holds nothing else (石井純一(Junichi Ishii)).
 */
final class PersonNames {

    /** A name found in text: the span it covers (title and honorific included) and the name as written. */
    record Found(int from, int to, String name, boolean shortForm) {
        Found(int from, int to, String name) {
            this(from, to, name, false);
        }
    }

    /** Most characters of a given name written after a Chinese job title. */
    static final int MAX_GIVEN = 2;

    private static final String WORD = "\\p{Lu}[\\p{IsLatin}'\\-]*\\p{Ll}[\\p{IsLatin}'\\-]*";
    /** Lower-case particles inside a name (Nurul Aisyah binti Mohd Yusof, Ludwig van der Berg), never first or last. */
    private static final String PARTICLE = "(?:bin|binti|binte|bte|van|von|der|den|da|das|dos|di|du|le|al)";
    private static final Pattern RUN = Pattern.compile(
            "(?<![\\p{IsLatin}\\p{N}])" + WORD + "(?:\\.?\\s(?:\\p{Lu}\\.?(?=\\s)|(?:" + PARTICLE + "\\s(?:" + PARTICLE + "\\s)?)?" + WORD + "))*");
    private static final Pattern TOKEN = Pattern.compile(WORD + "|\\p{Lu}\\.?");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "and", "at", "on", "de", "del", "la", "y");

    private final ExtractionContext ctx;
    private final Set<String> notName = new HashSet<>();
    private final Set<String> honorifics = new HashSet<>();
    private final Set<Character> surnames = new HashSet<>();
    /** Family names of two characters or more (佐藤, 河野, 歐陽), which take up to three given characters. */
    private final List<String> longSurnames = new ArrayList<>();
    private final Set<Character> stops = new HashSet<>();
    private final List<String> titles = new ArrayList<>();
    /** The titles by their first character, longest first (titleAt tries only those). */
    private final Map<Character, List<String>> titlesByFirst = new HashMap<>();
    /** The last text given to find, its names and the learning round they were found in. */
    private String lastText;
    private List<Found> lastFound;
    private int learned;
    private int lastLearned = -1;
    private static final Pattern LATIN_IN_PARENTHESES = Pattern.compile("^\\p{IsHan}{2,5}\\s*[(（]\\s*\\p{IsLatin}");
    private final Gazetteer<String> verbWords;
    private final Gazetteer<String> fillerWords;
    private static final Pattern POSSESSIVE = Pattern.compile("\\p{L}{2,}['’]s$");

    PersonNames(ExtractionContext ctx) {
        this.ctx = ctx;
        this.verbWords = words(ctx, "verb");
        for (Cue c : ctx.dict().cues("person-cues")) {
            if (c.value().equals("duty-verb")) {
                verbWords.add(c.text(), c.value());
            }
        }
        this.fillerWords = words(ctx, "filler");
        for (Cue c : ctx.dict().cues("person-cues")) {
            String t = c.text();
            switch (c.value()) {
                case "not-name" -> notName.add(t.toLowerCase(Locale.ROOT));
                case "honorific" -> honorifics.add(t.toLowerCase(Locale.ROOT).replace(".", ""));
                case "surname" -> surnames.add(t.charAt(0));
                case "surname2" -> longSurnames.add(t);
                case "zh-stop" -> stops.add(t.charAt(0));
                case "zh-title" -> titles.add(t);
                default -> { }
            }
        }
        titles.sort(Comparator.comparingInt(String::length).reversed());
        for (String t : titles) {
            titlesByFirst.computeIfAbsent(t.charAt(0), k -> new ArrayList<>()).add(t);
        }
    }

    /** Words of {@code person-cues.csv} of one kind as a longest-match gazetteer. */
    static Gazetteer<String> words(ExtractionContext ctx, String kind) {
        Gazetteer<String> g = new Gazetteer<>();
        for (Cue c : ctx.dict().cues("person-cues")) {
            if (c.value().equals(kind)) {
                g.add(c.text(), kind);
            }
        }
        return g;
    }

    boolean isHonorific(String word) {
        return honorifics.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /** Names in {@code text}, left to right, not overlapping. */
    List<Found> find(String text) {
        // the extractor asks again for the names of a sentence for each name in it
        if (text.equals(lastText) && learned == lastLearned) {
            return new ArrayList<>(lastFound);
        }
        List<Found> out = names(text);
        lastText = text;
        lastFound = List.copyOf(out);
        lastLearned = learned;
        return out;
    }

    private List<Found> names(String text) {
        List<Found> out = new ArrayList<>(latin(text));
        for (Found f : chinese(text)) {
            if (out.stream().noneMatch(o -> o.from() < f.to() && f.from() < o.to())) {
                out.add(f);
            }
        }
        out.sort(Comparator.comparingInt(Found::from));
        return out;
    }

    private List<Found> latin(String text) {
        List<Found> out = new ArrayList<>();
        List<int[]> blocked = new ArrayList<>();
        for (List<? extends Mention<?>> ms : List.of(ctx.dict().economies().find(text), ctx.forums(text),
                ctx.organizations(text), ctx.dict().agreements().find(text))) {
            for (Mention<?> m : ms) {
                blocked.add(new int[] {m.from(), m.to()});
            }
        }
        Matcher run = RUN.matcher(text);
        while (run.find()) {
            List<int[]> tokens = new ArrayList<>();
            Matcher t = TOKEN.matcher(run.group());
            while (t.find()) {
                tokens.add(new int[] {run.start() + t.start(), run.start() + t.end()});
            }
            int spanFrom = run.start();
            List<int[]> current = new ArrayList<>();
            for (int[] tok : tokens) {
                String w = text.substring(tok[0], tok[1]);
                // "the Infocomm Media Development Authority's Lim Shu Fen": a possessive is no part of a name
                boolean stop = notName.contains(w.toLowerCase(Locale.ROOT).replace(".", "")) || isHonorific(w)
                        || POSSESSIVE.matcher(w).find()
                        || blocked.stream().anyMatch(b -> b[0] < tok[1] && tok[0] < b[1]);
                if (stop) {
                    emit(text, current, spanFrom, out);
                    current.clear();
                    spanFrom = isHonorific(w) ? spanFrom : tok[1];
                    continue;
                }
                current.add(tok);
            }
            emit(text, current, spanFrom, out);
        }
        return out;
    }

    private void emit(String text, List<int[]> tokens, int spanFrom, List<Found> out) {
        List<int[]> t = new ArrayList<>(tokens);
        while (!t.isEmpty() && text.substring(t.get(t.size() - 1)[0], t.get(t.size() - 1)[1]).replace(".", "").length() == 1) {
            t.remove(t.size() - 1);
        }
        while (!t.isEmpty() && text.substring(t.get(0)[0], t.get(0)[1]).replace(".", "").length() == 1) {
            t.remove(0);
        }
        if (!t.isEmpty() && t.size() <= 2) {
            String full = fullName(text, t, spanFrom);
            if (full != null) {
                out.add(new Found(Math.min(spanFrom, t.get(0)[0]), t.get(t.size() - 1)[1], full, true));
                return;
            }
        }
        if (t.size() < 2 || t.size() > 5) {
            return;
        }
        int from = t.get(0)[0];
        int to = t.get(t.size() - 1)[1];
        if (partOfTitle(text, from) || !aloneInParenthesis(text, from, to)) {
            return;
        }
        out.add(new Found(Math.min(spanFrom, from), to, text.substring(from, to)));
    }

    /** Full names (three words or more, or two) seen in the document, by their words in lower case. */
    private final List<List<String>> known = new ArrayList<>();

    /** Remembers a full name found in the document, for later short mentions of it ({@link #fullName}). */
    void learn(Found f) {
        learned++;
        List<String> words = words(f.name());
        if (words.size() >= 2 && !known.contains(words)) {
            known.add(words);
            originals.put(words, f.name());
        }
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.split("[\\s]+")) {
            if (!w.isEmpty()) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /**
     * A later short mention of a person named in full earlier ("Morimoto said", "Mr Villaluz", "Dr
     * Nguyen", "Ms Nurul Huda"): the one known full name holding its words in order, when the mention
     * has an honorific before it, a speech verb after it, or two words; else null.
     */
    private String fullName(String text, List<int[]> tokens, int spanFrom) {
        if (known.isEmpty()) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (int[] tok : tokens) {
            words.add(text.substring(tok[0], tok[1]).toLowerCase(Locale.ROOT));
        }
        int to = tokens.get(tokens.size() - 1)[1];
        boolean honorific = spanFrom < tokens.get(0)[0];
        String after = text.substring(to);
        boolean verb = !verbWords.find(after.length() > 40 ? after.substring(0, 40) : after).isEmpty()
                && verbWords.find(after.length() > 40 ? after.substring(0, 40) : after).get(0).from() <= 1;
        if (!honorific && !verb && words.size() < 2) {
            return null;
        }
        List<String> match = null;
        for (List<String> k : known) {
            if (k.size() > words.size() && containsInOrder(k, words)) {
                if (match != null && !match.equals(k)) {
                    return null; // two people share the word: ambiguous, left unresolved
                }
                match = k;
            }
        }
        if (match == null) {
            return null;
        }
        // the full name as first written: find it back in its original case
        return originals.get(match);
    }

    private final java.util.Map<List<String>, String> originals = new java.util.HashMap<>();

    private static boolean containsInOrder(List<String> full, List<String> part) {
        int i = 0;
        for (String w : full) {
            if (i < part.size() && w.equals(part.get(i))) {
                i++;
            }
        }
        return i == part.size();
    }

    /** "Ministry of Foreign Affairs": capitalised words after a lower-case connector belong to a longer name. */
    private static boolean partOfTitle(String text, int from) {
        int i = from - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        String prev = text.substring(i + 1, end);
        return end < from && CONNECTORS.contains(prev);
    }

    /** Inside a parenthesis, a name must be all of it (石井純一(Junichi Ishii)), not part of an organisation's name. */
    private static boolean aloneInParenthesis(String text, int from, int to) {
        int open = Math.max(text.lastIndexOf('(', from), text.lastIndexOf('（', from));
        int close = Math.max(text.lastIndexOf(')', from), text.lastIndexOf('）', from));
        if (open < 0 || close > open) {
            return true;
        }
        return text.substring(open + 1, from).isBlank() && to < text.length()
                && text.substring(to).matches("(?s)\\s*[)）].*");
    }

    private List<Found> chinese(String text) {
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            String title = titleAt(text, i);
            if (title == null) {
                i++;
                continue;
            }
            int after = i + title.length();
            Found f = splitName(text, i, after);
            if (f == null) {
                f = nameAfterTitle(text, after);
            }
            if (f == null) {
                f = nameBeforeTitle(text, i, after);
            }
            if (f != null) {
                out.add(f);
                i = f.to();
            } else {
                i = after;
            }
        }
        return out;
    }

    private String titleAt(String text, int i) {
        for (String t : titlesByFirst.getOrDefault(text.charAt(i), List.of())) {
            if (text.startsWith(t, i)) {
                return t;
            }
        }
        return null;
    }

    /** 柯研究員維然: family name, title, given name. */
    private Found splitName(String text, int titleFrom, int titleTo) {
        if (titleFrom < 1 || !surnames.contains(text.charAt(titleFrom - 1))) {
            return null;
        }
        int g = titleTo;
        while (g < text.length() && g - titleTo < MAX_GIVEN && Text.isCjkChar(text.charAt(g))
                && !stops.contains(text.charAt(g)) && titleAt(text, g) == null) {
            g++;
        }
        if (g == titleTo) {
            return null;
        }
        return new Found(titleFrom - 1, g, text.charAt(titleFrom - 1) + text.substring(titleTo, g));
    }

    /**
     * 副署長林昱廷致詞, 專家吳敏哲介紹: a family name right after the title and one or two given
     * characters; two when a third would start a speech verb, a filler or a where-phrase (陳志強於會中:
     * 強 is a given name here, though 強調 is a verb).
     */
    private Found nameAfterTitle(String text, int titleTo) {
        for (String family : longSurnames) {
            if (text.startsWith(family, titleTo)) {
                // 課長佐藤健一則介紹, 參事官河野真理子接續分享: a two-character family name and up to three given characters
                int end = titleTo + family.length();
                while (end < text.length() && end - titleTo - family.length() < 3 && Text.isCjkChar(text.charAt(end))
                        && !stops.contains(text.charAt(end)) && titleAt(text, end) == null && !startsClause(text, end)) {
                    end++;
                }
                if (end > titleTo + family.length()
                        && !LATIN_IN_PARENTHESES.matcher(text.substring(titleTo, Math.min(text.length(), end + 6))).find()) {
                    return new Found(titleTo, end, text.substring(titleTo, end));
                }
                return null;
            }
        }
        if (titleTo + 1 >= text.length() || !surnames.contains(text.charAt(titleTo))) {
            return null;
        }
        int end = titleTo + 1;
        while (end < text.length() && end - titleTo < 3 && Text.isCjkChar(text.charAt(end))
                && titleAt(text, end) == null && !startsClause(text, end)) {
            end++;
        }
        if (end - titleTo < 2 || LATIN_IN_PARENTHESES.matcher(text.substring(titleTo, Math.min(text.length(), end + 6))).find()) {
            return null; // 主席石井純一（Junichi Ishii）: the name as written in Latin letters is the one kept
        }
        return new Found(titleTo, end, text.substring(titleTo, end));
    }

    /** A speech verb or filler starts at {@code at} (表示, 則, 在). */
    private boolean startsClause(String text, int at) {
        String rest = text.substring(at, Math.min(text.length(), at + 6));
        for (Gazetteer<String> g : List.of(verbWords, fillerWords)) {
            List<Mention<String>> m = g.find(rest);
            if (!m.isEmpty() && m.get(0).from() == 0) {
                return true;
            }
        }
        return rest.startsWith("在") || rest.startsWith("於") || rest.startsWith("于");
    }

    /** 柯維然研究員: a family name and one or two characters right before the title. */
    private Found nameBeforeTitle(String text, int titleFrom, int titleTo) {
        for (int len = 3; len >= 2; len--) {
            int from = titleFrom - len;
            if (from < 0 || !surnames.contains(text.charAt(from))) {
                continue;
            }
            String name = text.substring(from, titleFrom);
            if (name.codePoints().allMatch(Text::isCjk) && name.chars().skip(1).noneMatch(c -> stops.contains((char) c))) {
                return new Found(from, titleTo, name);
            }
        }
        return null;
    }
}
