package org.w3id.apecdekg.intake.pdf;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.w3id.apecdekg.intake.DocumentBuilder;
import org.w3id.apecdekg.intake.SourceLocation;

/**
 * Reads a tagged PDF through its structure tree: H1–H6 (and H) become headings, P and other block
 * tags paragraphs, L/LI (Lbl + LBody) list items, Table/TR/TH/TD tables whose cells keep all their
 * lines (a wrapped cell stays one cell). Custom tag names go through the role map. Figures and
 * artifacts (running headers, footers, page numbers) are not in the text, nor are one-line
 * paragraphs that {@link RunningLines} takes for a running header or footer. Each block's location is
 * the page and line (see {@link PdfLine#number()}) of its first word.
 */
public final class TaggedLayout {

    private static final Set<String> INLINE = Set.of("Span", "Quote", "Note", "Reference", "BibEntry", "Code",
            "Link", "Annot", "Ruby", "Warichu", "RB", "RT", "RP", "WT", "WP", "Lbl", "Em", "Strong", "Sub");
    private static final Set<String> SKIPPED = Set.of("Figure", "Formula", "Form", "Artifact");
    private static final Set<String> PARAGRAPHS = Set.of("P", "Caption", "BlockQuote", "TOCI", "Title", "Index",
            "LBody", "Aside");
    private static final int MAX_DEPTH = 200;

    private final PDStructureTreeRoot root;
    private final TaggedText text;
    private final DocumentBuilder out;
    private final Map<COSDictionary, Integer> pageNumbers = new IdentityHashMap<>();
    private final Map<String, Object> roles;
    private final List<PdfPageText> pages;
    private final RunningLines running;

    private TaggedLayout(PDDocument document, TaggedText text, DocumentBuilder out) {
        this.root = document.getDocumentCatalog().getStructureTreeRoot();
        this.text = text;
        this.out = out;
        this.roles = root.getRoleMap();
        this.pages = text.pages();
        this.running = RunningLines.of(pages);
        int n = 1;
        for (PDPage page : document.getPages()) {
            pageNumbers.put(page.getCOSObject(), n++);
        }
    }

    /** True when the document has a structure tree to walk. */
    public static boolean isTagged(PDDocument document) {
        return document.getDocumentCatalog().getStructureTreeRoot() != null;
    }

    /**
     * Writes the tagged content to {@code out}; returns the share of the document's words the tags
     * reached (a caller falls back to the untagged layout when it is low).
     */
    public static double write(PDDocument document, List<PdfPageText> pages, DocumentBuilder out) {
        TaggedText text = new TaggedText(pages);
        TaggedLayout layout = new TaggedLayout(document, text, out);
        layout.group(layout.root, 0, 0);
        return text.coverage();
    }

    /** A grouping node (Document, Sect, Div, …): block kids in order, loose inline content as paragraphs. */
    private void group(PDStructureNode node, int page, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        List<long[]> loose = new ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e && !INLINE.contains(type(e))) {
                flushParagraph(loose);
                block(e, pageOf(e, page), depth + 1);
            } else {
                collect(kid, page, loose, depth + 1);
            }
        }
        flushParagraph(loose);
    }

    private void block(PDStructureElement e, int page, int depth) {
        String type = type(e);
        if (SKIPPED.contains(type)) {
            return;
        }
        if (type.matches("H[1-6]?")) {
            TaggedText.Span s = span(e, page, depth);
            out.heading(type.length() == 1 ? 1 : type.charAt(1) - '0', s.text(), at(s));
        } else if (PARAGRAPHS.contains(type)) {
            paragraph(span(e, page, depth));
        } else if (type.equals("L")) {
            list(e, page, 0, depth);
        } else if (type.equals("Table")) {
            table(e, page, depth);
        } else {
            group(e, page, depth);
        }
    }

    private void list(PDStructureElement list, int page, int level, int depth) {
        for (Object kid : list.getKids()) {
            if (!(kid instanceof PDStructureElement item) || depth > MAX_DEPTH) {
                continue;
            }
            int itemPage = pageOf(item, page);
            if (type(item).equals("L")) {
                list(item, itemPage, level + 1, depth + 1);
                continue;
            }
            String marker = "";
            List<long[]> body = new ArrayList<>();
            List<PDStructureElement> nested = new ArrayList<>();
            for (Object part : item.getKids()) {
                if (part instanceof PDStructureElement p && type(p).equals("Lbl")) {
                    marker = span(p, pageOf(p, itemPage), depth + 1).text();
                } else {
                    collectExceptLists(part, itemPage, body, nested, depth + 1);
                }
            }
            TaggedText.Span s = text.span(concat(body));
            out.listItem(level, s.text(), marker.isBlank() ? null : marker, at(s));
            for (PDStructureElement n : nested) {
                list(n, pageOf(n, itemPage), level + 1, depth + 1);
            }
        }
    }

    private void table(PDStructureElement table, int page, int depth) {
        List<List<String>> rows = new ArrayList<>();
        List<SourceLocation> at = new ArrayList<>();
        List<PDStructureElement> trs = new ArrayList<>();
        rows(table, trs, depth);
        for (PDStructureElement tr : trs) {
            List<String> cells = new ArrayList<>();
            TaggedText.Span first = null;
            for (Object kid : tr.getKids()) {
                if (kid instanceof PDStructureElement cell && (type(cell).equals("TH") || type(cell).equals("TD"))) {
                    TaggedText.Span s = span(cell, pageOf(cell, pageOf(tr, page)), depth + 2);
                    cells.add(s.text());
                    if (first == null && s.page() > 0) {
                        first = s;
                    }
                }
            }
            if (first != null) {
                rows.add(cells);
                at.add(at(first));
            }
        }
        out.table(rows, at);
    }

    /** TR elements of a table, through THead/TBody/TFoot; a Caption is written as a paragraph. */
    private void rows(PDStructureElement e, List<PDStructureElement> trs, int depth) {
        for (Object kid : e.getKids()) {
            if (kid instanceof PDStructureElement k && depth < MAX_DEPTH) {
                String type = type(k);
                if (type.equals("TR")) {
                    trs.add(k);
                } else if (type.equals("Caption")) {
                    TaggedText.Span s = span(k, pageOf(k, 0), depth + 1);
                    out.paragraph(s.text(), at(s));
                } else {
                    rows(k, trs, depth + 1);
                }
            }
        }
    }

    private TaggedText.Span span(PDStructureElement e, int page, int depth) {
        String actual = e.getActualText();
        List<long[]> words = new ArrayList<>();
        collect(e, page, words, depth);
        TaggedText.Span s = text.span(concat(words));
        return actual != null && !actual.isBlank() ? new TaggedText.Span(actual, s.page(), s.line()) : s;
    }

    /** The word positions of all marked content under {@code kid}. */
    private void collect(Object kid, int page, List<long[]> into, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (kid instanceof Integer mcid) {
            if (page > 0) {
                into.add(text.words(page, mcid));
            }
        } else if (kid instanceof PDMarkedContentReference ref) {
            int p = ref.getPage() == null ? page : pageNumbers.getOrDefault(ref.getPage().getCOSObject(), page);
            if (p > 0) {
                into.add(text.words(p, ref.getMCID()));
            }
        } else if (kid instanceof PDStructureElement e && !SKIPPED.contains(type(e))) {
            int p = pageOf(e, page);
            for (Object k : e.getKids()) {
                collect(k, p, into, depth + 1);
            }
        }
    }

    private void collectExceptLists(Object kid, int page, List<long[]> into, List<PDStructureElement> lists, int depth) {
        if (kid instanceof PDStructureElement e && type(e).equals("L")) {
            lists.add(e);
        } else if (kid instanceof PDStructureElement e && type(e).equals("LBody")) {
            for (Object k : e.getKids()) {
                collectExceptLists(k, pageOf(e, page), into, lists, depth + 1);
            }
        } else {
            collect(kid, page, into, depth);
        }
    }

    private void flushParagraph(List<long[]> loose) {
        if (!loose.isEmpty()) {
            paragraph(text.span(concat(loose)));
            loose.clear();
        }
    }

    /**
     * A paragraph, unless it is one line among the first or last lines of its page that repeats on
     * most pages or is a page number: a running header or footer tagged as content.
     */
    private void paragraph(TaggedText.Span s) {
        boolean oneLine = s.text().indexOf('\n') < 0;
        if (oneLine && s.page() > 0 && running.isRunning(pages.get(s.page() - 1), s.line() - 1)) {
            return;
        }
        out.paragraph(s.text(), at(s));
    }

    private String type(PDStructureElement e) {
        String type = e.getStructureType();
        for (int i = 0; i < 8 && type != null && roles.get(type) instanceof String mapped && !mapped.equals(type); i++) {
            type = mapped;
        }
        return type == null ? "" : type;
    }

    private int pageOf(PDStructureElement e, int inherited) {
        PDPage p = e.getPage();
        return p == null ? inherited : pageNumbers.getOrDefault(p.getCOSObject(), inherited);
    }

    private static SourceLocation at(TaggedText.Span s) {
        return SourceLocation.pageLine(Math.max(1, s.page()), Math.max(1, s.line()));
    }

    private static long[] concat(List<long[]> parts) {
        int n = 0;
        for (long[] p : parts) {
            n += p.length;
        }
        long[] all = new long[n];
        int i = 0;
        for (long[] p : parts) {
            System.arraycopy(p, 0, all, i, p.length);
            i += p.length;
        }
        return all;
    }
}
