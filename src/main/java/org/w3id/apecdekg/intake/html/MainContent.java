package org.w3id.apecdekg.intake.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Picks the element holding a page's main content: the first {@code <main>} or
 * {@code [role=main]} with text, else the only {@code <article>} (or the one holding most of the
 * page's text), else {@code <body>}.
 */
public final class MainContent {

    private MainContent() {}

    /** The main content element; {@code isBody()} tells whether no narrower one was found. */
    public record Root(Element element, boolean isBody) {}

    public static Root of(Document doc) {
        Element body = doc.body();
        for (Element e : doc.select("main, [role=main]")) {
            if (e.hasText()) {
                return new Root(e, false);
            }
        }
        Elements articles = doc.select("article");
        if (articles.size() == 1 && articles.first().hasText()) {
            return new Root(articles.first(), false);
        }
        int total = body.text().length();
        for (Element a : articles) {
            if (a.text().length() * 2 > total) {
                return new Root(a, false);
            }
        }
        return new Root(body, true);
    }
}
