package org.w3id.apecdekg.intake.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes what is not the report's text from the main content: scripts, styles, forms, embedded
 * objects, hidden elements, navigation, site headers and footers, asides, elements with the
 * ARIA roles navigation, banner, contentinfo, search and complementary, and elements whose class
 * or id names boilerplate (menu, breadcrumb, cookie, share, sidebar, skip link…). An element
 * holding the page's h1 or most of its text is never removed by its class or id alone.
 */
public final class Boilerplate {

    private static final Set<String> ALWAYS = Set.of("script", "style", "noscript", "template", "form", "iframe",
            "object", "embed", "svg", "canvas", "button", "select", "input", "textarea", "dialog", "nav", "aside",
            "footer", "menu", "head", "link", "meta");
    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "search", "complementary",
            "menu", "menubar", "dialog", "alertdialog");
    private static final Set<String> WORDS = Set.of("nav", "navbar", "navigation", "menu", "menubar", "breadcrumb",
            "breadcrumbs", "cookie", "cookies", "consent", "gdpr", "share", "sharing", "sharethis", "social",
            "sidebar", "skip", "skiplink", "skipnav", "masthead", "footer", "subscribe", "newsletter", "advert",
            "advertisement", "ads", "promo", "pagination", "pager", "toolbar", "search", "searchbox", "login",
            "popup", "modal", "related", "widget", "print", "rating", "feedback");
    private static final List<String> PREFIXES = List.of("cookie", "breadcrumb", "sidebar", "navbar", "skipto",
            "skiplink", "socialmedia", "sharebutton");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[^a-z0-9]+");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern SKIP_LINK = Pattern.compile("(?i)^\\s*skip\\s+(to|navigation|nav)\\b.*");

    private Boilerplate() {}

    /** Removes boilerplate below {@code root} ({@code rootIsBody}: no main or article was found). */
    public static void prune(Element root, boolean rootIsBody) {
        int rootText = root.text().length();
        List<Element> drop = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e != root && isBoilerplate(e, rootIsBody, rootText)) {
                drop.add(e);
            }
        }
        for (Element e : drop) {
            if (e.parent() != null) {
                e.remove();
            }
        }
    }

    private static boolean isBoilerplate(Element e, boolean rootIsBody, int rootText) {
        String tag = e.normalName();
        if (ALWAYS.contains(tag) || e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(e.attr("style").toLowerCase(Locale.ROOT)).find()
                || ROLES.contains(e.attr("role").strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (tag.equals("header")) {
            return siteHeader(e, rootIsBody);
        }
        if (tag.equals("a") && e.attr("href").startsWith("#") && SKIP_LINK.matcher(e.text()).matches()) {
            return true;
        }
        if (!namesBoilerplate(e.className() + " " + e.id())) {
            return false;
        }
        boolean content = e.selectFirst("h1, main, article, [role=main]") != null
                || e.text().length() * 2 > rootText;
        return !content;
    }

    /** A page header (logo, navigation, search) rather than an article's or document's title block. */
    private static boolean siteHeader(Element header, boolean rootIsBody) {
        if (header.selectFirst("nav, [role=navigation], form, [role=search]") != null) {
            return true;
        }
        if (!rootIsBody || header.id().equals("title-block-header")) {
            return false;
        }
        if (header.selectFirst("h1, h2, h3, h4, h5, h6") == null) {
            return true;
        }
        int links = header.select("a").text().length();
        return links * 2 > header.text().length();
    }

    static boolean namesBoilerplate(String classAndId) {
        for (String token : TOKEN_SPLIT.split(classAndId.toLowerCase(Locale.ROOT))) {
            if (token.isEmpty()) {
                continue;
            }
            if (WORDS.contains(token)) {
                return true;
            }
            for (String p : PREFIXES) {
                if (token.startsWith(p)) {
                    return true;
                }
            }
        }
        return false;
    }
}
