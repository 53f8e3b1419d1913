package org.w3id.apecdekg.web;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.Map;

/** Renders the plain HTML home page. */
final class HomePage {

    private HomePage() {}

    static String render(String base, Map<String, Long> counts) {
        StringBuilder rows = new StringBuilder();
        counts.forEach((k, v) -> rows.append("<tr><th scope=\"row\">").append(htmlEscape(k))
                .append("</th><td>").append(v).append("</td></tr>\n"));
        String sparql = htmlEscape(base + "/sparql");
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>APEC Digital Economy Knowledge Graph</title></head>
            <body>
            <h1>APEC Digital Economy Knowledge Graph</h1>
            <p>Who does what in the APEC digital economy: the 21 member economies, APEC fora
            (CTI, DESG, DPS&hellip;), projects with their proposing and co-sponsoring economies,
            meetings, the AIDER Key Focus Areas, policies and agreements &mdash; every fact traceable
            to the report it was drawn from.</p>
            <p><strong><a href="ui/">Explore the graph</a></strong> (search, query library, co-sponsorship
            network, AIDER coverage, policies timeline) &middot; <a href="api/docs">Query API</a></p>
            <h2>Contents</h2>
            <table>
            %s</table>
            <h2>Endpoints</h2>
            <ul>
            <li>SPARQL 1.1 Query: <a href="%s"><code>%s</code></a> (GET or POST; the default graph is the union of all named graphs)</li>
            <li>SPARQL 1.1 Update: <code>%s</code> (editor role)</li>
            <li>Graph Store Protocol: <code>%s</code> (reads public; writes need the editor role)</li>
            <li>Query library API: <a href="%s"><code>%s</code></a> (OpenAPI: <a href="%s"><code>%s</code></a>)</li>
            <li>Health: <a href="%s"><code>%s</code></a></li>
            </ul>
            </body></html>
            """.formatted(rows, sparql, sparql, htmlEscape(base + "/update"), htmlEscape(base + "/data"),
                htmlEscape(base + "/api/queries"), htmlEscape(base + "/api/queries"),
                htmlEscape(base + "/api/openapi.json"), htmlEscape(base + "/api/openapi.json"),
                htmlEscape(base + "/actuator/health"), htmlEscape(base + "/actuator/health"));
    }
}
