package org.w3id.apecdekg.report.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Groups text lines into paragraphs. A heading is a paragraph of its own; an item starts a new
 * paragraph; a line that does not end a sentence continues into the next text line even across
 * blank lines, page numbers and footnotes (as PDF extraction breaks them).
 */
public final class Paragraphs {

    private static final Pattern ENDS_SENTENCE = Pattern.compile("[。！？!?；;.:：」』”\"]\\s*$|[)）]\\s*$");

    private Paragraphs() {}

    public static List<Paragraph> of(List<ReportLine> lines) {
        List<Paragraph> out = new ArrayList<>();
        List<ReportLine> current = new ArrayList<>();
        boolean open = false;
        boolean adjacent = false;
        for (ReportLine l : lines) {
            boolean continues = open || adjacent;
            adjacent = l.kind() == LineKind.TEXT || l.kind() == LineKind.ITEM;
            switch (l.kind()) {
                case HEADING -> {
                    flush(out, current);
                    out.add(Paragraph.of(l.path(), List.of(l)));
                    open = false;
                }
                case ITEM -> {
                    flush(out, current);
                    current.add(l);
                    open = !ENDS_SENTENCE.matcher(l.text()).find();
                }
                case TEXT -> {
                    if (!continues) {
                        flush(out, current);
                    }
                    current.add(l);
                    open = !ENDS_SENTENCE.matcher(l.text()).find();
                }
                case BLANK, NOISE -> {
                    if (!open) {
                        flush(out, current);
                    }
                }
                default -> {
                    flush(out, current);
                    open = false;
                }
            }
        }
        flush(out, current);
        return out;
    }

    private static void flush(List<Paragraph> out, List<ReportLine> current) {
        if (!current.isEmpty()) {
            out.add(Paragraph.of(current.get(0).path(), List.copyOf(current)));
            current.clear();
        }
    }
}
