package org.w3id.apecdekg.intake.docx;

import java.util.function.BiConsumer;
import org.w3c.dom.Node;

/**
 * The visible text of a paragraph (or run container) in reading order: text of runs, hyperlinks,
 * fields' results, content controls and insertions; tabs as spaces, line breaks as newlines.
 * Footnote and endnote reference marks are not text: each is reported to a listener instead.
 * Superscript markers typed as text ("2" raised) are written {@code <sup>2</sup>}, as in Markdown.
 * Deleted text, field codes, drawings and property elements are skipped.
 */
public final class RunText {

    /** Kinds of note a reference mark points to. */
    public enum NoteKind { FOOTNOTE, ENDNOTE }

    private static final java.util.regex.Pattern MARKER = java.util.regex.Pattern.compile("\\d{1,3}|[*†‡]{1,3}");

    private RunText() {}

    /** Text of {@code container}; {@code notes} receives (kind, id) of each note reference mark. */
    public static String of(Node container, BiConsumer<NoteKind, Integer> notes) {
        StringBuilder out = new StringBuilder();
        walk(container, out, notes);
        return out.toString();
    }

    private static void walk(Node n, StringBuilder out, BiConsumer<NoteKind, Integer> notes) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!W.NS.equals(c.getNamespaceURI())) {
                continue; // drawings, VML, math, markup compatibility: not running text
            }
            switch (c.getLocalName()) {
                case "t" -> out.append(W.text(c));
                case "tab", "ptab" -> out.append(' ');
                case "br", "cr" -> out.append('\n');
                case "noBreakHyphen" -> out.append('-');
                case "r" -> run(c, out, notes);
                case "footnoteReference" -> note(c, NoteKind.FOOTNOTE, notes);
                case "endnoteReference" -> note(c, NoteKind.ENDNOTE, notes);
                case "pPr", "rPr", "del", "moveFrom", "instrText", "delText", "drawing", "pict", "object",
                        "fldChar", "footnoteRef", "endnoteRef", "sectPr", "tblPr", "trPr", "tcPr", "sdtPr", "sdtEndPr",
                        "rt", "commentReference", "annotationRef" -> { }
                default -> walk(c, out, notes);
            }
        }
    }

    /** A run; a superscript footnote-like marker ("2", "*") is written {@code <sup>2</sup>}, as in Markdown. */
    private static void run(Node r, StringBuilder out, BiConsumer<NoteKind, Integer> notes) {
        if (!superscript(r)) {
            walk(r, out, notes);
            return;
        }
        StringBuilder text = new StringBuilder();
        walk(r, text, notes);
        String mark = text.toString().strip();
        if (MARKER.matcher(mark).matches()) {
            out.append("<sup>").append(mark).append("</sup>");
        } else {
            out.append(text);
        }
    }

    private static boolean superscript(Node r) {
        Node rPr = W.child(r, "rPr");
        Node va = rPr == null ? null : W.child(rPr, "vertAlign");
        return va != null && "superscript".equals(W.attr(va, "val"));
    }

    private static void note(Node ref, NoteKind kind, BiConsumer<NoteKind, Integer> notes) {
        String id = W.attr(ref, "id");
        if (id != null && notes != null) {
            try {
                notes.accept(kind, Integer.parseInt(id.strip()));
            } catch (NumberFormatException e) {
                // a malformed id: the mark is dropped like the others, the note cannot be found
            }
        }
    }
}
