package org.w3id.apecdekg.intake.html;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of an element as a reader sees it: whitespace runs squashed (a run holding a line break
 * becomes a newline, which {@link org.w3id.apecdekg.intake.DocumentBuilder#oneLine} joins without
 * a space between Chinese characters), {@code <br>} as {@link #BREAK}, a newline between the
 * blocks inside it, images by their alt text not at all.
 */
public final class InlineText {

    /** What a {@code <br>} becomes: a line separator (two in a row end a paragraph). */
    public static final char BREAK = '\u2028';

    static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "center", "dd", "details",
            "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
            "summary", "table", "caption", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "body", "html");
    private static final Pattern WS = Pattern.compile("[ \\t\\n\\r\\f]+");

    private InlineText() {}

    /** The text of {@code e} and everything in it. */
    public static String of(Element e) {
        StringBuilder out = new StringBuilder();
        append(e, out, 0);
        return out.toString();
    }

    /** Appends the text of node {@code n} (a text node or element) to {@code out}. */
    static void append(Node n, StringBuilder out, int depth) {
        HtmlLimits.checkDepth(depth);
        if (n instanceof TextNode t) {
            out.append(squash(t.getWholeText()));
        } else if (n instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("br")) {
                out.append(BREAK);
                return;
            }
            String edge = tag.equals("td") || tag.equals("th") ? " " : BLOCKS.contains(tag) ? "\n" : "";
            out.append(edge);
            for (Node c : e.childNodes()) {
                append(c, out, depth + 1);
            }
            out.append(edge);
        }
    }

    /** Whitespace as a browser shows it: a run with a line break is a (joinable) newline, else one space. */
    static String squash(String s) {
        var m = WS.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group().indexOf('\n') >= 0 ? "\n" : " ");
        }
        m.appendTail(out);
        return out.toString();
    }
}
