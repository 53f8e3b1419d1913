package org.w3id.apecdekg.intake.html;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Takes footnotes out of the running text. A footnote mark is a short marker ("1", "[2]", "*")
 * in a {@code <sup>} or a link to an in-page anchor ({@code role=doc-noteref}, pandoc's
 * {@code footnote-ref}, Word's {@code #_ftn1}); marks are removed from their sentences. The
 * element a linked mark points to (a list item, paragraph or block holding the note) is detached
 * and returned in order of first reference, without its back links and leading marker. Plain
 * {@code <sup>} markers without a link are kept as the text {@code <sup>N</sup>}, which the
 * extractor reads as in Markdown: removed from sentences, a footnote where a paragraph starts with one.
 */
public final class Footnotes {

    static final Pattern MARKER = Pattern.compile(
            "^[\\[(]?\\s*(?:\\d{1,3}|[*†‡§¶#]{1,3}|[ivxlc]{1,5}|[IVXLC]{1,5}|[a-z])\\s*[\\])]?$");
    private static final Pattern BACK_TEXT = Pattern.compile("[↩↑⤴︎\\ufe0e]+");
    private static final Pattern LEADING_MARK = Pattern.compile("^\\s*(?:\\[\\d{1,3}]|\\(\\d{1,3}\\)|\\d{1,3}[.)])\\s+");

    private Footnotes() {}

    /** Removes marks below {@code root} and returns the notes they point to, detached, in order. */
    public static List<Element> extract(Document doc, Element root) {
        Map<Element, Boolean> notes = new LinkedHashMap<>();
        Set<String> markIds = new HashSet<>();
        List<Element> marks = new ArrayList<>();
        for (Element a : root.select("a[href^=#]")) {
            if (!isMark(a)) {
                continue;
            }
            Element note = noteOf(doc, root, a);
            if (note == null) {
                continue;
            }
            notes.putIfAbsent(note, true);
            Element sup = a.closest("sup");
            Element mark = sup != null && sup.text().strip().equals(a.text().strip()) ? sup : a;
            markIds.add(a.id());
            markIds.add(a.attr("name"));
            markIds.add(mark.id());
            marks.add(mark);
        }
        markIds.remove("");
        List<Element> out = new ArrayList<>();
        for (Element note : notes.keySet()) {
            out.add(note);
        }
        for (Element m : marks) {
            m.remove();
        }
        for (Element note : out) {
            cleanNote(note, markIds);
            note.remove();
        }
        for (Element sup : root.select("sup")) {
            String mark = sup.text().strip();
            if (MARKER.matcher(mark).matches()) {
                // an unlinked marker stays a marker, as in Markdown: dropped from sentences by the
                // extractor, and a paragraph that starts with one is read as a footnote
                sup.replaceWith(new TextNode("<sup>" + mark + "</sup>"));
            }
        }
        return out;
    }

    private static boolean isMark(Element a) {
        String text = a.text().strip();
        if (!MARKER.matcher(text).matches()) {
            return false;
        }
        String cls = (a.className() + " " + a.attr("role")).toLowerCase();
        return a.closest("sup") != null || a.selectFirst("sup") != null || cls.contains("noteref")
                || cls.contains("footnote") || cls.contains("endnote") || cls.contains("msofootnote")
                || a.attr("href").matches("#_?(?i:ftn|edn|fn|note|endnote|footnote).*");
    }

    /** The block holding the note {@code a} points to, or null when there is none (or it is not a note). */
    private static Element noteOf(Document doc, Element root, Element a) {
        String id = URLDecoder.decode(a.attr("href").substring(1), StandardCharsets.UTF_8);
        if (id.isEmpty()) {
            return null;
        }
        Element target = doc.getElementById(id);
        if (target == null) {
            target = doc.selectFirst("a[name=\"" + id.replace("\"", "") + "\"]");
        }
        if (target == null) {
            return null;
        }
        Element note = target;
        if (!target.isBlock() || target.normalName().equals("a")) {
            note = target.closest("li, p, div, dd, aside, section, td");
        }
        if (note == null || note == root || note == doc.body() || a.parents().contains(note)
                || note.text().length() > 4000) {
            return null;
        }
        return note;
    }

    private static void cleanNote(Element note, Set<String> markIds) {
        for (Element back : note.select("a[href^=#]")) {
            String target = back.attr("href").substring(1);
            String role = (back.attr("role") + " " + back.className()).toLowerCase();
            if (markIds.contains(target) || role.contains("backlink") || role.contains("footnote-back")
                    || BACK_TEXT.matcher(back.text().strip()).matches()) {
                back.remove();
            }
        }
        for (Element sup : note.select("sup")) {
            if (MARKER.matcher(sup.text().strip()).matches()) {
                sup.remove();
            }
        }
    }

    /** A note's text without a leading number left by the page ("[1] ", "1. "). */
    public static String stripLeadingMark(String text) {
        return LEADING_MARK.matcher(text).replaceFirst("");
    }
}
