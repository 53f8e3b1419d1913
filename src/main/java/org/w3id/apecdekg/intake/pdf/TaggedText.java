package org.w3id.apecdekg.intake.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of a tagged PDF indexed by page and marked-content id, so the text of a tag (all the
 * marked content under it, possibly over several lines and pages) is put together in reading order:
 * words of one line joined as the stripper spaced them, lines joined by a line break, a word broken
 * by a hyphen at a line end joined again (see {@link Hyphenation}). Its location is the page and
 * line of its first word. Positions are longs: page, line index and word index packed in 24, 20 and 20 bits.
 */
public final class TaggedText {

    /** A tag's text and where its first word is (page 0 when it has no words). */
    public record Span(String text, int page, int line) {}

    private final List<PdfPageText> pages;
    private final Map<Long, long[]> index = new HashMap<>();
    private final Hyphenation hyphenation;
    private int marked;
    private int total;

    public TaggedText(List<PdfPageText> pages) {
        this.pages = pages;
        this.hyphenation = Hyphenation.of(pages);
        Map<Long, List<Long>> positions = new HashMap<>();
        for (PdfPageText p : pages) {
            for (int l = 0; l < p.lines().size(); l++) {
                List<PdfWord> words = p.lines().get(l).words();
                for (int w = 0; w < words.size(); w++) {
                    total++;
                    int mcid = words.get(w).mcid();
                    if (mcid >= 0) {
                        positions.computeIfAbsent(key(p.page(), mcid), k -> new ArrayList<>())
                                .add(position(p.page(), l, w));
                    }
                }
            }
        }
        // within one marked-content sequence, words in the order they were drawn (a paragraph that
        // runs on in the next column is drawn in reading order, but its lines rank by height)
        positions.forEach((k, v) -> {
            v.sort(java.util.Comparator.comparingInt(pos -> word(pos).order()));
            index.put(k, v.stream().mapToLong(Long::longValue).toArray());
        });
    }

    List<PdfPageText> pages() {
        return pages;
    }

    /** The words (positions) drawn in marked content {@code mcid} of page {@code page} (1-based). */
    long[] words(int page, int mcid) {
        long[] w = index.get(key(page, mcid));
        if (w != null) {
            marked += w.length;
        }
        return w == null ? new long[0] : w;
    }

    /** Share of all words that the tag tree reached so far (a tree covering little of the text is not used). */
    public double coverage() {
        return total == 0 ? 1 : (double) marked / total;
    }

    /**
     * The text of the given word positions: in the order given (the tag tree's order of marked
     * content, which is the reading order also where a paragraph runs on in the next column), each
     * word once, with the page and line of the first.
     */
    Span span(long[] positions) {
        if (positions.length == 0) {
            return new Span("", 0, 0);
        }
        StringBuilder sb = new StringBuilder();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        long previous = -1;
        for (long pos : positions) {
            if (!seen.add(pos)) {
                continue;
            }
            PdfWord word = word(pos);
            if (previous >= 0) {
                if (lineOf(pos) != lineOf(previous) || pageOf(pos) != pageOf(previous)) {
                    sb.append('\n');
                } else if (word.spaceBefore() || wordOf(pos) != wordOf(previous) + 1) {
                    sb.append(' ');
                }
            }
            sb.append(word.text());
            previous = pos;
        }
        String text = hyphenation.joinBreaks(sb.toString());
        long first = positions[0];
        return new Span(text, pageOf(first), pages.get(pageOf(first) - 1).lines().get(lineOf(first)).number());
    }

    PdfWord word(long pos) {
        return pages.get(pageOf(pos) - 1).lines().get(lineOf(pos)).words().get(wordOf(pos));
    }

    private static long key(int page, int mcid) {
        return ((long) page << 32) | (mcid & 0xffffffffL);
    }

    private static long position(int page, int line, int word) {
        return ((long) page << 40) | ((long) line << 20) | word;
    }

    static int pageOf(long pos) {
        return (int) (pos >>> 40);
    }

    private static int lineOf(long pos) {
        return (int) ((pos >>> 20) & 0xfffff);
    }

    private static int wordOf(long pos) {
        return (int) (pos & 0xfffff);
    }
}
