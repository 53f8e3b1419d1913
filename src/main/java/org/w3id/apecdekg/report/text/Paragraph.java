package org.w3id.apecdekg.report.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Consecutive text lines that make one paragraph (an item's text and its continuation lines,
 * across page breaks and footnotes), split into sentences that remember their line span.
 */
public final class Paragraph {

    private static final Pattern ZH_END = Pattern.compile("[。！？；!?;]");

    private final List<String> path;
    private final String text;
    private final int[] lineAt;
    private final List<Sentence> sentences = new ArrayList<>();

    private Paragraph(List<String> path, String text, int[] lineAt) {
        this.path = path;
        this.text = text;
        this.lineAt = lineAt;
    }

    /** Builds a paragraph from (line number, text) pieces joined as one broken sentence. */
    public static Paragraph of(List<String> path, List<ReportLine> lines) {
        StringBuilder b = new StringBuilder();
        List<Integer> owners = new ArrayList<>();
        for (ReportLine l : lines) {
            String joined = Text.joinBroken(b.toString(), l.text());
            int added = joined.length() - b.length();
            b.setLength(0);
            b.append(joined);
            for (int i = 0; i < added; i++) {
                owners.add(l.number());
            }
        }
        int[] lineAt = owners.stream().mapToInt(Integer::intValue).toArray();
        Paragraph p = new Paragraph(path, b.toString(), lineAt);
        p.split();
        return p;
    }

    public List<String> path()          { return path; }
    public String pathString()          { return String.join(" > ", path); }
    public String text()                { return text; }
    public List<Sentence> sentences()   { return sentences; }
    public int firstLine()              { return lineAt.length == 0 ? 0 : lineAt[0]; }

    /**
     * Offsets in {@code s}'s text (a sentence of this paragraph) where a new source line starts, in
     * order; empty when the sentence is not found in this paragraph's text.
     */
    public List<Integer> lineStarts(Sentence s) {
        int at = text.indexOf(s.text());
        List<Integer> out = new ArrayList<>();
        if (at < 0) {
            return out;
        }
        for (int i = at + 1; i < at + s.text().length(); i++) {
            if (lineAt[i] != lineAt[i - 1]) {
                int j = i;
                while (j < at + s.text().length() && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                out.add(j - at);
            }
        }
        return out;
    }

    private void split() {
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = ZH_END.matcher(String.valueOf(c)).matches();
            if (!end && c == '.' && i + 2 < n && text.charAt(i + 1) == ' '
                    && Character.isUpperCase(text.charAt(i + 2)) && !abbreviationBefore(i)) {
                end = true;
            }
            if (end && (c == ';' || c == '；') && !chineseAround(i)) {
                end = false;
            }
            if (end) {
                add(start, i + 1);
                start = i + 1;
            }
        }
        add(start, n);
    }

    private boolean chineseAround(int i) {
        return i > 0 && Text.isCjkChar(text.charAt(i - 1));
    }

    /** Capitalised abbreviations a dot follows inside a sentence. */
    private static final java.util.Set<String> TITLES = java.util.Set.of("Dr", "Mr", "Ms", "Mrs", "Mx", "St", "No", "Nos",
            "Jr", "Sr", "Co", "Inc", "Ltd", "Vol", "Art", "Sec", "Fig", "Gen", "Col", "Lt", "Rev", "Hon", "Prof", "Amb",
            "Atty", "Engr", "Dra", "Sra", "Mme", "Mlle", "Messrs", "Corp", "Dept", "Govt", "Jan", "Feb", "Mar", "Apr",
            "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "pp", "Para", "Paras");

    /** "Dr. X", "J. X", "U.S. X": an initial, a dotted form or a title before the dot is not a sentence end. */
    private boolean abbreviationBefore(int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        String token = text.substring(s, dot);
        if (token.isEmpty() || !Character.isUpperCase(token.charAt(0))) {
            return false;
        }
        // an initial (J.), a dotted form (U.S.) or a title (Dr., Mr.); not a short word ending a sentence (Viet Nam.)
        return token.length() == 1 || token.indexOf('.') >= 0 || TITLES.contains(token);
    }

    private void add(int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to <= from) {
            return;
        }
        sentences.add(new Sentence(text.substring(from, to), lineAt[from], lineAt[to - 1], pathString(), this));
    }
}
