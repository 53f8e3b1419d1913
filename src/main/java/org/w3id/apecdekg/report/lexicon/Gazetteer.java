package org.w3id.apecdekg.report.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3id.apecdekg.report.text.Text;

/**
 * Longest-match lookup of names in text. Latin-script names match case-insensitively (short
 * all-capital acronyms case-sensitively) and only at word boundaries; Chinese names match anywhere,
 * so a longer entry (中國香港, 發展中國家 → blocked) wins over a shorter one inside it (中國).
 * An entry whose value is null blocks the text it covers.
 */
public final class Gazetteer<V> {

    private record Entry<V>(String form, boolean caseSensitive, V value) {}

    private final Map<Character, List<Entry<V>>> byFirst = new HashMap<>();
    private final Map<String, V> seen = new LinkedHashMap<>();

    /** Adds a surface form; the first value given for a form wins. A null value blocks the form. */
    public Gazetteer<V> add(String surface, V value) {
        String form = Text.squash(Text.nfkc(surface));
        if (form.isEmpty()) {
            return this;
        }
        addForm(form, value);
        String compact = form.replaceAll("(?<=\\p{IsHan}) (?=\\S)|(?<=\\S) (?=\\p{IsHan})", "");
        if (!compact.equals(form)) {
            addForm(compact, value);
        }
        return this;
    }

    private void addForm(String form, V value) {
        boolean caseSensitive = form.length() <= 4 && form.equals(form.toUpperCase(Locale.ROOT))
                && form.chars().anyMatch(Character::isLetter);
        String stored = caseSensitive ? form : form.toLowerCase(Locale.ROOT);
        if (seen.containsKey(stored)) {
            return;
        }
        seen.put(stored, value);
        char first = stored.charAt(0);
        List<Entry<V>> list = byFirst.computeIfAbsent(first, k -> new ArrayList<>());
        list.add(new Entry<>(stored, caseSensitive, value));
        list.sort(Comparator.comparingInt((Entry<V> e) -> e.form().length()).reversed());
        if (!caseSensitive) {
            char upper = Character.toUpperCase(first);
            if (upper != first) {
                List<Entry<V>> ul = byFirst.computeIfAbsent(upper, k -> new ArrayList<>());
                ul.add(new Entry<>(stored, false, value));
                ul.sort(Comparator.comparingInt((Entry<V> e) -> e.form().length()).reversed());
            }
        }
    }

    public boolean isEmpty() {
        return seen.isEmpty();
    }

    /** Non-overlapping mentions, leftmost-longest; blocked spans are skipped and not returned. */
    public List<Mention<V>> find(String text) {
        List<Mention<V>> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) {
            lower = text;
        }
        int i = 0;
        while (i < text.length()) {
            Entry<V> hit = longestAt(text, lower, i);
            if (hit == null) {
                i++;
                continue;
            }
            int end = i + hit.form().length();
            if (hit.value() != null) {
                out.add(new Mention<>(i, end, text.substring(i, end), hit.value()));
            }
            i = end;
        }
        return out;
    }

    private Entry<V> longestAt(String text, String lower, int i) {
        List<Entry<V>> candidates = byFirst.get(text.charAt(i));
        if (candidates == null) {
            return null;
        }
        for (Entry<V> e : candidates) {
            String hay = e.caseSensitive() ? text : lower;
            if (hay.startsWith(e.form(), i) && boundaryOk(text, i, i + e.form().length(), e.form())) {
                return e;
            }
        }
        return null;
    }

    private static boolean boundaryOk(String text, int from, int to, String form) {
        if (Text.isLatinWordChar(form.charAt(0)) && from > 0 && Text.isLatinWordChar(text.charAt(from - 1))) {
            return false;
        }
        return !(Text.isLatinWordChar(form.charAt(form.length() - 1)) && to < text.length()
                && Text.isLatinWordChar(text.charAt(to)));
    }
}
