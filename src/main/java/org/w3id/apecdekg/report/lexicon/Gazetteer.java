package org.w3id.apecdekg.report.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
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

    /** A stored form; {@code order} keeps the order of adding, which decides between equally long forms. */
    private record Entry<V>(String form, boolean caseSensitive, V value, int order) {}

    /** A character trie: the forms that continue with each character, and the form that ends here. */
    private static final class Node<V> {
        private char[] keys = new char[0]; // sorted
        private Node<V>[] children = newArray(0);
        Entry<V> entry;

        Node<V> get(char c) {
            int at = Arrays.binarySearch(keys, c);
            return at < 0 ? null : children[at];
        }

        Node<V> getOrAdd(char c) {
            int at = Arrays.binarySearch(keys, c);
            if (at >= 0) {
                return children[at];
            }
            int ins = -at - 1;
            char[] k = new char[keys.length + 1];
            Node<V>[] n = newArray(keys.length + 1);
            System.arraycopy(keys, 0, k, 0, ins);
            System.arraycopy(children, 0, n, 0, ins);
            k[ins] = c;
            n[ins] = new Node<>();
            System.arraycopy(keys, ins, k, ins + 1, keys.length - ins);
            System.arraycopy(children, ins, n, ins + 1, keys.length - ins);
            keys = k;
            children = n;
            return n[ins];
        }

        @SuppressWarnings("unchecked")
        private static <V> Node<V>[] newArray(int n) {
            return (Node<V>[]) new Node<?>[n];
        }
    }

    /** Case-sensitive forms as written; the others lower-cased, walked along the lower-cased text. */
    private final Node<V> exact = new Node<>();
    private final Node<V> folded = new Node<>();
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
        Node<V> node = caseSensitive ? exact : folded;
        for (int i = 0; i < stored.length(); i++) {
            node = node.getOrAdd(stored.charAt(i));
        }
        node.entry = new Entry<>(stored, caseSensitive, value, seen.size());
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
            // no form starting with a Latin letter or digit matches inside a word
            Entry<V> hit = i > 0 && Text.isLatinWordChar(text.charAt(i)) && Text.isLatinWordChar(text.charAt(i - 1))
                    ? null : longestAt(text, lower, i);
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
        return better(walk(exact, text, i, text), walk(folded, lower, i, text));
    }

    /** The longest form in the trie that {@code hay} has at {@code i}, at word boundaries of {@code text}. */
    private static <V> Entry<V> walk(Node<V> root, String hay, int i, String text) {
        Entry<V> best = null;
        Node<V> node = root;
        for (int j = i; j < hay.length(); j++) {
            node = node.get(hay.charAt(j));
            if (node == null) {
                break;
            }
            if (node.entry != null && boundaryOk(text, i, j + 1, node.entry.form())) {
                best = node.entry;
            }
        }
        return best;
    }

    private static <V> Entry<V> better(Entry<V> a, Entry<V> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        int byLength = Integer.compare(b.form().length(), a.form().length());
        return byLength > 0 || (byLength == 0 && b.order() < a.order()) ? b : a;
    }

    private static boolean boundaryOk(String text, int from, int to, String form) {
        if (Text.isLatinWordChar(form.charAt(0)) && from > 0 && Text.isLatinWordChar(text.charAt(from - 1))) {
            return false;
        }
        return !(Text.isLatinWordChar(form.charAt(form.length() - 1)) && to < text.length()
                && Text.isLatinWordChar(text.charAt(to)));
    }
}
