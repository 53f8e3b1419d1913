package org.w3id.apecdekg.intake.docx;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Element;
import org.w3id.apecdekg.intake.DocumentBuilder;
import org.w3id.apecdekg.intake.SourceLocation;

/**
 * Footnotes and endnotes kept apart from the body text: the body reports each reference mark with
 * the location of the paragraph or table row holding it; after the body the notes are written as
 * footnote lines ({@code ---}, then {@code <sup>N</sup> text}), numbered 1, 2, … in order of first
 * reference, each located at the place of its mark.
 */
public final class Notes {

    private record Key(RunText.NoteKind kind, int id) {}

    private final XWPFDocument doc;
    private final Map<Key, SourceLocation> refs = new LinkedHashMap<>();

    public Notes(XWPFDocument doc) {
        this.doc = doc;
    }

    /** A reference mark to note {@code id} seen at {@code at}; later marks to the same note are ignored. */
    public void reference(RunText.NoteKind kind, int id, SourceLocation at) {
        refs.putIfAbsent(new Key(kind, id), at);
    }

    /** Writes the referenced notes that have text; returns the number of characters written. */
    public long writeTo(DocumentBuilder out) {
        long chars = 0;
        int number = 0;
        boolean ruled = false;
        for (Map.Entry<Key, SourceLocation> e : refs.entrySet()) {
            String text = DocumentBuilder.oneLine(textOf(e.getKey()));
            if (text.isEmpty()) {
                continue;
            }
            if (!ruled) {
                out.blank().line("---", e.getValue()).blank();
                ruled = true;
            }
            number++;
            out.line("<sup>" + number + "</sup> " + text, e.getValue());
            chars += text.length();
        }
        return chars;
    }

    private String textOf(Key key) {
        XWPFAbstractFootnoteEndnote note = key.kind() == RunText.NoteKind.FOOTNOTE
                ? doc.getFootnoteByID(key.id()) : doc.getEndnoteByID(key.id());
        if (note == null) {
            return "";
        }
        return TableRows.cellText((Element) note.getCTFtnEdn().getDomNode(), null, 0);
    }
}
