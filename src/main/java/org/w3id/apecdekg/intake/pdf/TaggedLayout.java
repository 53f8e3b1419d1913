package org.w3id.apecdekg.intake.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.Revisions;
import org.w3id.apecdekg.intake.DocumentBuilder;
import org.w3id.apecdekg.intake.SourceLocation;
import org.w3id.apecdekg.intake.SpanCarry;

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
    /** Columns of a table beyond this are not read (a bound on a hostile span or header id). */
    private static final int MAX_COLUMNS = 1000;
    /** Cells of a table's grid beyond this are not read (spans repeat values: a bound on a hostile table). */
    private static final int MAX_CELLS = 500_000;

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

    /**
     * A table laid on its grid as the HTML reader lays one ({@code html.TableGrid}): a cell spanning
     * rows ({@code RowSpan}) repeats its value in the rows below, one spanning columns ({@code ColSpan})
     * is followed by empty cells. A producer may leave an empty cell out of the tree (Chromium does):
     * a cell whose {@code Headers} name a header cell further right, or whose text starts at or right
     * of where a column's text starts in the table's complete rows, is put in that column, the cells
     * skipped left empty. A row equal to the first when that is a header row (TH cells only: the
     * header repeated on the next page) is dropped.
     */
    private void table(PDStructureElement table, int page, int depth) {
        List<PDStructureElement> trs = new ArrayList<>();
        rows(table, trs, depth);
        List<List<Cell>> read = new ArrayList<>(trs.size());
        for (PDStructureElement tr : trs) {
            List<Cell> cells = new ArrayList<>();
            int trPage = pageOf(tr, page);
            for (Object kid : tr.getKids()) {
                if (kid instanceof PDStructureElement cell && (type(cell).equals("TH") || type(cell).equals("TD"))) {
                    cells.add(cell(cell, pageOf(cell, trPage), depth + 2));
                }
            }
            read.add(cells);
        }
        Grid plain = new Grid(read, null);
        Grid grid = new Grid(read, plain.columnStarts());
        List<List<String>> rows = new ArrayList<>();
        List<SourceLocation> at = new ArrayList<>();
        SourceLocation last = null;
        boolean headed = !read.isEmpty() && !read.get(0).isEmpty() && read.get(0).stream().allMatch(Cell::header);
        for (int r = 0; r < grid.rows.size(); r++) {
            List<String> cells = grid.rows.get(r);
            if (read.get(r).isEmpty() || headed && r > 0 && cells.equals(grid.rows.get(0))) {
                continue;
            }
            SourceLocation where = last;
            for (Cell c : read.get(r)) {
                if (c.span().page() > 0) {
                    where = at(c.span());
                    break;
                }
            }
            if (where == null) {
                where = SourceLocation.pageLine(Math.max(1, page), 1);
            }
            rows.add(cells);
            at.add(where);
            last = where;
        }
        if (rows.stream().anyMatch(row -> row.stream().anyMatch(c -> !c.isBlank()))) {
            out.table(rows, at);
        }
    }

    /** A TH or TD as read: its text, where its text starts (page 0 when it has none) and its table attributes. */
    private record Cell(boolean header, String id, TaggedText.Span span, int page, float x0,
            CellAttributes attributes) {}

    private Cell cell(PDStructureElement e, int page, int depth) {
        long[] positions = cellPositions(e, page, depth);
        TaggedText.Span s = text.span(positions);
        String actual = e.getActualText();
        if (actual != null && !actual.isBlank()) {
            s = new TaggedText.Span(actual, s.page(), s.line());
        }
        int at = positions.length == 0 ? 0 : TaggedText.pageOf(positions[0]);
        float x0 = positions.length == 0 ? Float.NaN : text.word(positions[0]).x0();
        return new Cell(type(e).equals("TH"), e.getElementIdentifier(), s, at, x0, CellAttributes.of(e));
    }

    /**
     * The rows of a table laid on the grid: spans expanded, and cells moved right to the column their
     * {@code Headers} or (with {@code starts}, per page: where each column's text starts) their
     * position put them in.
     */
    private static final class Grid {

        /** Text of a column starts within this many points of where the column starts. */
        private static final float SLACK = 2f;

        final List<List<String>> rows = new ArrayList<>();
        /** Per row, per column: the x where the text of the cell placed there starts (NaN: none, or moved). */
        private final List<float[]> placedX = new ArrayList<>();
        private final List<Integer> pages = new ArrayList<>();
        private int width;

        Grid(List<List<Cell>> read, Map<Integer, float[]> starts) {
            Map<String, Integer> columnOfId = new HashMap<>();
            SpanCarry carry = new SpanCarry();
            int total = 0;
            for (int r = 0; r < read.size() && total < MAX_CELLS; r++) {
                List<String> cells = new ArrayList<>();
                float[] xs = new float[Math.min(MAX_COLUMNS, read.get(r).size() * 4 + carry.width() + 1)];
                java.util.Arrays.fill(xs, Float.NaN);
                boolean moved = false;
                int rowPage = 0;
                int col = 0;
                for (Cell cell : read.get(r)) {
                    col = carry.fill(cells, col);
                    int target = -1;
                    for (String id : cell.attributes().headers()) {
                        target = Math.max(target, columnOfId.getOrDefault(id, -1));
                    }
                    float[] s = starts == null ? null : startsFor(starts, cell.page());
                    if (s != null && !Float.isNaN(cell.x0())) {
                        for (int c = s.length - 1; c > col; c--) {
                            if (!Float.isNaN(s[c]) && s[c] <= cell.x0() + SLACK) {
                                target = Math.max(target, c);
                                break;
                            }
                        }
                    }
                    while (col < target && col < MAX_COLUMNS) {
                        moved = true;
                        SpanCarry.set(cells, col, "");
                        col = carry.fill(cells, col + 1);
                    }
                    if (col >= MAX_COLUMNS) {
                        break;
                    }
                    if (rowPage == 0) {
                        rowPage = cell.page();
                    }
                    if (cell.id() != null && !cell.id().isEmpty()) {
                        columnOfId.putIfAbsent(cell.id(), col);
                    }
                    if (col < xs.length) {
                        xs[col] = cell.x0();
                    }
                    int colspan = Math.min(cell.attributes().colSpan(), MAX_COLUMNS - col);
                    int rowspan = cell.attributes().rowSpan();
                    if (rowspan == 0 || rowspan > read.size() - r) {
                        rowspan = read.size() - r;
                    }
                    carry.place(cells, col, cell.span().text(), colspan, rowspan);
                    col += colspan;
                }
                carry.fillToEnd(cells, col);
                rows.add(cells);
                total += cells.size();
                placedX.add(moved ? null : xs);
                pages.add(rowPage);
                width = Math.max(width, cells.size());
            }
        }

        /**
         * Per page, where each column's text starts: the leftmost start of text in that column among
         * the complete rows (as wide as the table, no cell moved) of the page.
         */
        Map<Integer, float[]> columnStarts() {
            Map<Integer, float[]> starts = new HashMap<>();
            for (int r = 0; r < rows.size(); r++) {
                float[] xs = placedX.get(r);
                if (xs == null || rows.get(r).size() != width || pages.get(r) == 0) {
                    continue;
                }
                float[] s = starts.computeIfAbsent(pages.get(r), k -> {
                    float[] a = new float[width];
                    java.util.Arrays.fill(a, Float.NaN);
                    return a;
                });
                for (int c = 0; c < Math.min(width, xs.length); c++) {
                    if (!Float.isNaN(xs[c]) && (Float.isNaN(s[c]) || xs[c] < s[c])) {
                        s[c] = xs[c];
                    }
                }
            }
            // columns must start left to right: a page whose starts are not increasing is not used
            starts.values().removeIf(s -> !increasing(s));
            return starts;
        }

        private static boolean increasing(float[] s) {
            float previous = Float.NEGATIVE_INFINITY;
            for (float x : s) {
                if (!Float.isNaN(x)) {
                    if (x <= previous + SLACK) {
                        return false;
                    }
                    previous = x;
                }
            }
            return true;
        }

        /** The column starts of the page, else of the nearest page before it, else of the first page after. */
        private static float[] startsFor(Map<Integer, float[]> starts, int page) {
            if (starts.isEmpty() || page <= 0) {
                return null;
            }
            float[] s = starts.get(page);
            int best = Integer.MAX_VALUE;
            if (s == null) {
                for (Map.Entry<Integer, float[]> e : starts.entrySet()) {
                    int distance = e.getKey() < page ? page - e.getKey() : e.getKey() - page + 100_000;
                    if (distance < best) {
                        best = distance;
                        s = e.getValue();
                    }
                }
            }
            return s;
        }
    }

    /**
     * The word positions of a table cell. Content of the cell drawn again on a later page with the
     * same text (a header row that Chromium repeats at the top of each page the table runs over, its
     * marked content referenced from the one cell) is taken once.
     */
    private long[] cellPositions(PDStructureElement cell, int page, int depth) {
        List<long[]> words = new ArrayList<>();
        collect(cell, page, words, depth);
        Map<Integer, List<long[]>> byPage = new java.util.LinkedHashMap<>();
        for (long[] w : words) {
            if (w.length > 0) {
                byPage.computeIfAbsent(TaggedText.pageOf(w[0]), k -> new ArrayList<>()).add(w);
            }
        }
        if (byPage.size() <= 1) {
            return concat(words);
        }
        List<long[]> kept = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (List<long[]> onPage : byPage.values()) {
            if (seen.add(text.span(concat(onPage)).text().strip())) {
                kept.addAll(onPage);
            }
        }
        return concat(kept);
    }

    /** The table attributes (owner {@code /Table}) of a TH or TD: its spans and the ids of its header cells. */
    private record CellAttributes(int rowSpan, int colSpan, List<String> headers) {

        static CellAttributes of(PDStructureElement cell) {
            int rowSpan = 1;
            int colSpan = 1;
            List<String> headers = new ArrayList<>();
            Revisions<PDAttributeObject> attributes = cell.getAttributes();
            for (int i = 0; i < attributes.size(); i++) {
                PDAttributeObject a = attributes.getObject(i);
                COSDictionary d = a == null ? null : a.getCOSObject();
                if (d == null || !"Table".equals(d.getNameAsString(COSName.O))) {
                    continue;
                }
                rowSpan = Math.max(0, d.getInt(COSName.getPDFName("RowSpan"), rowSpan));
                colSpan = Math.max(1, d.getInt(COSName.getPDFName("ColSpan"), colSpan));
                if (d.getDictionaryObject(COSName.getPDFName("Headers")) instanceof COSArray ids) {
                    for (int k = 0; k < ids.size() && k < MAX_COLUMNS; k++) {
                        if (ids.getObject(k) instanceof COSString id) {
                            headers.add(id.getString());
                        }
                    }
                }
            }
            return new CellAttributes(Math.min(rowSpan, 65_534), Math.min(colSpan, MAX_COLUMNS), headers);
        }
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
