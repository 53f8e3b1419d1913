package org.w3id.apecdekg.intake.docx;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.w3c.dom.Node;

/**
 * What a paragraph's style says about it: its heading level (style "Heading N" or "Title", in
 * English or as Chinese, Japanese and Korean Word name them, else an outline level on the paragraph
 * or its style chain), whether it is a table-of-contents entry, and numbering inherited from the style.
 */
public final class ParagraphStyles {

    private static final Pattern HEADING = Pattern.compile(
            "^(?:heading|標題|标题|見出し|제목|titre|überschrift|título|titulo)\\s*([1-9])$");
    private static final Pattern TITLE = Pattern.compile("^(?:title|標題|标题|表題|제목 없음|titre)$");
    private static final Pattern TOC = Pattern.compile("^(?:toc|目錄|目录|目次)\\s*[1-9]$");
    private static final int MAX_CHAIN = 16;

    /** Numbering a style gives its paragraphs: a num id and list level. */
    public record StyleNumbering(int numId, int ilvl) {}

    private final XWPFStyles styles;
    private final Map<String, Integer> levels = new HashMap<>();

    public ParagraphStyles(XWPFStyles styles) {
        this.styles = styles;
    }

    /** Heading level 1–9 of paragraph {@code p} (a {@code w:p}), or 0 for body text. */
    public int headingLevel(Node p) {
        Node pPr = W.child(p, "pPr");
        int outline = W.intVal(pPr, -1, "outlineLvl");
        String id = W.val(pPr, "pStyle");
        int byStyle = id == null ? 0 : levels.computeIfAbsent(id, this::styleLevel);
        if (byStyle > 0) {
            return byStyle;
        }
        return outline >= 0 && outline < 9 ? outline + 1 : 0;
    }

    /** True when the paragraph's style is a table-of-contents entry ("TOC 1", "toc 2"…). */
    public boolean isTocEntry(Node p) {
        String id = W.val(W.child(p, "pPr"), "pStyle");
        if (id == null || styles == null) {
            return false;
        }
        XWPFStyle s = styles.getStyle(id);
        String name = s == null || s.getName() == null ? id : s.getName();
        return TOC.matcher(name.strip().toLowerCase(Locale.ROOT)).matches();
    }

    /** Numbering set on the paragraph's style chain (e.g. numbered heading styles), or null. */
    public StyleNumbering styleNumbering(Node p) {
        String id = W.val(W.child(p, "pPr"), "pStyle");
        for (int i = 0; id != null && styles != null && i < MAX_CHAIN; i++) {
            XWPFStyle s = styles.getStyle(id);
            if (s == null) {
                return null;
            }
            Node numPr = W.child(W.child(s.getCTStyle().getDomNode(), "pPr"), "numPr");
            if (numPr != null) {
                int numId = W.intVal(numPr, 0, "numId");
                return numId > 0 ? new StyleNumbering(numId, Math.max(0, W.intVal(numPr, 0, "ilvl"))) : null;
            }
            id = s.getBasisStyleID();
        }
        return null;
    }

    private int styleLevel(String styleId) {
        String id = styleId;
        for (int i = 0; id != null && styles != null && i < MAX_CHAIN; i++) {
            XWPFStyle s = styles.getStyle(id);
            if (s == null) {
                break;
            }
            int named = levelOfName(s.getName());
            if (named > 0) {
                return named;
            }
            int outline = W.intVal(W.child(s.getCTStyle().getDomNode(), "pPr"), -1, "outlineLvl");
            if (outline >= 0 && outline < 9) {
                return outline + 1;
            }
            id = s.getBasisStyleID();
        }
        return levelOfName(styleId);
    }

    /** Level of a style name: "Heading 2" → 2, "Title" → 1, anything else 0. */
    public static int levelOfName(String name) {
        if (name == null) {
            return 0;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        Matcher m = HEADING.matcher(n);
        if (m.matches()) {
            return Integer.parseInt(m.group(1));
        }
        return TITLE.matcher(n).matches() ? 1 : 0;
    }
}
