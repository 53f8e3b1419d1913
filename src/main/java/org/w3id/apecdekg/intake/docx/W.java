package org.w3id.apecdekg.intake.docx;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small helpers for WordprocessingML elements read as DOM nodes ({@code w:} namespace). */
final class W {

    static final String NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private W() {}

    /** True when {@code n} is the WordprocessingML element {@code local}. */
    static boolean is(Node n, String local) {
        return n instanceof Element && NS.equals(n.getNamespaceURI()) && local.equals(n.getLocalName());
    }

    /** The child elements of {@code n} in the w: namespace (any name when {@code local} is null). */
    static List<Element> children(Node n, String local) {
        List<Element> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && NS.equals(c.getNamespaceURI()) && (local == null || local.equals(c.getLocalName()))) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first child element {@code local}, or null. */
    static Element child(Node n, String local) {
        if (n == null) {
            return null;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (is(c, local)) {
                return (Element) c;
            }
        }
        return null;
    }

    /** The character data directly inside {@code n} (XMLBeans' DOM has no getTextContent). */
    static String text(Node n) {
        StringBuilder out = new StringBuilder();
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(c.getNodeValue());
            }
        }
        return out.toString();
    }

    /** The {@code w:val} of the child {@code path[0]/path[1]/…}, or null. */
    static String val(Node n, String... path) {
        Node at = n;
        for (String p : path) {
            at = child(at, p);
            if (at == null) {
                return null;
            }
        }
        return attr(at, "val");
    }

    /** A w: attribute's value, or null when absent. */
    static String attr(Node n, String local) {
        if (!(n instanceof Element e)) {
            return null;
        }
        String v = e.getAttributeNS(NS, local);
        return v == null || v.isEmpty() ? (e.hasAttributeNS(NS, local) ? "" : null) : v;
    }

    /** An integer w:val, or {@code otherwise} when absent or not a number. */
    static int intVal(Node n, int otherwise, String... path) {
        String v = val(n, path);
        if (v == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
