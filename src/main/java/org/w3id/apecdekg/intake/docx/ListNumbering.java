package org.w3id.apecdekg.intake.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The marker Word shows before a numbered or bulleted paragraph, computed from the numbering part:
 * counters per list (num id) and level, restarted below a higher level, starting at the level's
 * start value or the list's override; the level text ("%1.", "(%1)", "%1.%2") filled in with each
 * level's number format. Bullets are "-".
 */
public final class ListNumbering {

    /** A paragraph's list marker and depth (0 = top level); marker null for a level with no number. */
    public record Marker(String marker, int depth, boolean bullet) {}

    private static final int LEVELS = 9;

    private final XWPFNumbering numbering;
    private final Map<Integer, int[]> counters = new HashMap<>();

    public ListNumbering(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /** The next marker of list {@code numId} at level {@code ilvl}, or null when the list is not defined. */
    public Marker next(int numId, int ilvl) {
        int level = Math.max(0, Math.min(ilvl, LEVELS - 1));
        Element num = numElement(numId);
        Element abs = abstractNum(num);
        if (abs == null) {
            return null;
        }
        Element lvl = lvl(abs, level);
        String fmt = lvl == null ? "decimal" : orElse(W.val(lvl, "numFmt"), "decimal");
        int[] c = counters.computeIfAbsent(numId, k -> new int[LEVELS]);
        for (int l = 0; l < LEVELS; l++) {
            if (c[l] == 0) {
                c[l] = start(num, abs, l) - 1;
            }
        }
        c[level]++;
        for (int l = level + 1; l < LEVELS; l++) {
            c[l] = 0;
        }
        if (fmt.equals("bullet")) {
            return new Marker("-", level, true);
        }
        if (fmt.equals("none")) {
            return new Marker(null, level, false);
        }
        String text = lvl == null ? "%" + (level + 1) + "." : orElse(W.val(lvl, "lvlText"), "");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int l = text.charAt(++i) - '1';
                Element at = lvl(abs, l);
                String f = at == null ? "decimal" : orElse(W.val(at, "numFmt"), "decimal");
                out.append(NumberText.format(Math.max(c[l], start(num, abs, l)), f));
            } else {
                out.append(ch);
            }
        }
        String marker = out.toString().strip();
        return new Marker(marker.isEmpty() ? null : marker, level, false);
    }

    private Element numElement(int numId) {
        if (numbering == null) {
            return null;
        }
        XWPFNum num = numbering.getNum(BigInteger.valueOf(numId));
        return num == null ? null : (Element) num.getCTNum().getDomNode();
    }

    private Element abstractNum(Element num) {
        if (num == null) {
            return null;
        }
        String id = W.val(num, "abstractNumId");
        if (id == null) {
            return null;
        }
        try {
            XWPFAbstractNum abs = numbering.getAbstractNum(new BigInteger(id.strip()));
            return abs == null ? null : (Element) abs.getCTAbstractNum().getDomNode();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Element lvl(Element abs, int level) {
        for (Element l : W.children(abs, "lvl")) {
            if (String.valueOf(level).equals(W.attr(l, "ilvl"))) {
                return l;
            }
        }
        return null;
    }

    private static int start(Element num, Element abs, int level) {
        for (Element o : W.children(num, "lvlOverride")) {
            if (String.valueOf(level).equals(W.attr(o, "ilvl"))) {
                int s = W.intVal(o, -1, "startOverride");
                if (s >= 0) {
                    return s;
                }
            }
        }
        Node lvl = lvl(abs, level);
        return Math.max(0, W.intVal(lvl, 1, "start"));
    }

    private static String orElse(String v, String otherwise) {
        return v == null ? otherwise : v;
    }
}
