package org.w3id.apecdekg.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;
import org.w3id.apecdekg.export.DumpFormat;
import org.w3id.apecdekg.export.PublishedContext;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;
import org.w3id.apecdekg.vocab.PROV;

/**
 * Server-side HTML of an entity: labels in English and Chinese, description, every property with
 * its values (links to other entities go to their local page), the graphs and the report evidence
 * (section, place in the source file — page and line, paragraph, table row or line — and quote) of each fact, and the entities that refer to it. Everything is escaped.
 * Each value carries the identifiers of its facts ({@code data-facts}); a review panel ({@code <section id="review">},
 * filled by the web UI's {@code /ui/assets/entity-review.js}) lets a signed-in editor confirm, reject or correct them.
 */
final class EntityPage {

    private static final List<String> FIRST = List.of(RDF.type.getURI(), SKOS.prefLabel.getURI(),
            SKOS.altLabel.getURI(), SKOS.notation.getURI());
    private static final List<Node> DESCRIPTIONS = List.of(SKOS.definition.asNode(), RDFS.comment.asNode(),
            DCTerms.description.asNode());

    /** The review panel's script, emitted by the web UI's build under this fixed name (vite.config.js). */
    static final String REVIEW_SCRIPT = "/ui/assets/entity-review.js";

    private final LocalLinks links;

    EntityPage(LocalLinks links) {
        this.links = links;
    }

    String render(EntityDescription d) {
        StringBuilder html = new StringBuilder(8192);
        String title = label(d, d.iri());
        head(html, title);
        body(html, d, 1);
        reviewPanel(html, d);
        html.append("<h2>Formats</h2>\n<p class=\"formats\">");
        for (DumpFormat f : List.of(DumpFormat.TURTLE, DumpFormat.JSONLD, DumpFormat.RDFXML, DumpFormat.NTRIPLES)) {
            html.append("<a href=\"?format=").append(f.extension()).append("\">").append(esc(f.rio().getName()))
                    .append("</a> ");
        }
        html.append("</p>\n");
        foot(html);
        return html.toString();
    }

    /**
     * The review panel: a section carrying the entity's IRI and the script of the web UI that fills it
     * ({@code /ui/assets/entity-review.js}, built by Vite under that fixed name). Without the script, or
     * for anonymous visitors and readers, it is only a link to sign in on the review page; an editor
     * signed in there sees each fact with its evidence and confirms, rejects or corrects it.
     */
    private void reviewPanel(StringBuilder html, EntityDescription d) {
        String here = links.href(d.iri().getURI());
        String next = here.startsWith("/") && !here.startsWith("//") ? here : "/";
        html.append("<section id=\"review\" class=\"review\" data-subject=\"").append(esc(d.iri().getURI()))
                .append("\" aria-labelledby=\"review-title\">\n<h2 id=\"review-title\">Review</h2>\n")
                .append("<p class=\"review-signin\"><a href=\"/ui/review?next=")
                .append(esc(UriUtils.encodeQueryParam(next, StandardCharsets.UTF_8)))
                .append("\">Sign in to review these facts</a></p>\n</section>\n")
                .append("<script type=\"module\" src=\"").append(REVIEW_SCRIPT).append("\"></script>\n");
    }

    /** The ontology document: its own description then one section per term, anchored {@code #Term}. */
    String renderOntology(EntityDescription ontology, List<EntityDescription> terms) {
        StringBuilder html = new StringBuilder(65536);
        head(html, label(ontology, ontology.iri()));
        body(html, ontology, 1);
        html.append("<h2>Terms</h2>\n<ul class=\"toc\">");
        for (EntityDescription t : terms) {
            String local = t.iri().getURI().substring(DEKG.NS.length());
            html.append("<li><a href=\"#").append(esc(local)).append("\">dekg:").append(esc(local)).append("</a></li>");
        }
        html.append("</ul>\n");
        for (EntityDescription t : terms) {
            html.append("<section id=\"").append(esc(t.iri().getURI().substring(DEKG.NS.length()))).append("\">\n");
            body(html, t, 3);
            html.append("</section>\n");
        }
        foot(html);
        return html.toString();
    }

    static String notFound(String iri) {
        StringBuilder html = new StringBuilder();
        head(html, "Not found");
        html.append("<h1>Not found</h1>\n<p>The knowledge graph has no description of <code>").append(esc(iri))
                .append("</code>.</p>\n<p><a href=\"/\">Home</a> · <a href=\"/sparql\">SPARQL endpoint</a></p>\n");
        foot(html);
        return html.toString();
    }

    private void body(StringBuilder html, EntityDescription d, int level) {
        EntityDescription.Labels labels = d.labels().get(d.iri());
        String en = labels == null ? null : labels.best("en", "");
        String zh = labels == null ? null : labels.byLanguage().get("zh-Hant");
        html.append("<h").append(level).append('>').append(esc(en != null ? en : label(d, d.iri())))
                .append("</h").append(level).append(">\n");
        if (zh != null) {
            html.append("<p class=\"zh\" lang=\"zh-Hant\">").append(esc(zh)).append("</p>\n");
        }
        html.append("<p class=\"iri\"><code>").append(esc(d.iri().getURI())).append("</code></p>\n");
        String description = description(d);
        if (description != null) {
            html.append("<p class=\"description\">").append(esc(description)).append("</p>\n");
        }
        properties(html, d);
        if (!d.inbound().isEmpty()) {
            html.append("<h").append(level + 1).append(">Referenced by</h").append(level + 1).append(">\n<ul class=\"inbound\">");
            d.inbound().stream().sorted(Comparator.comparing((Quad q) -> label(d, q.getSubject()))
                    .thenComparing(q -> q.getPredicate().getURI())).distinct().forEach(q ->
                    html.append("<li>").append(link(d, q.getSubject())).append(" <span class=\"p\">")
                            .append(esc(label(d, q.getPredicate()))).append("</span></li>"));
            html.append("</ul>\n");
            if (d.inboundTotal() > d.inbound().size()) {
                html.append("<p>… and ").append(d.inboundTotal() - d.inbound().size()).append(" more (use SPARQL).</p>\n");
            }
        }
    }

    private void properties(StringBuilder html, EntityDescription d) {
        Map<Node, Map<Node, Set<String>>> byProperty = new LinkedHashMap<>();
        for (Quad q : d.about()) {
            byProperty.computeIfAbsent(q.getPredicate(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(q.getObject(), k -> new TreeSet<>()).add(q.getGraph().getURI());
        }
        Map<Node, List<Quad>> evidence = d.evidenceNodes();
        List<Node> properties = new ArrayList<>(byProperty.keySet());
        properties.sort(Comparator.comparing((Node p) -> FIRST.contains(p.getURI()) ? FIRST.indexOf(p.getURI()) : 99)
                .thenComparing(p -> label(d, p)));
        html.append("<table class=\"props\">\n");
        for (Node p : properties) {
            html.append("<tr><th><a href=\"").append(esc(links.href(p.getURI()))).append("\" title=\"")
                    .append(esc(p.getURI())).append("\">").append(esc(label(d, p))).append("</a></th><td><ul>");
            List<Node> values = new ArrayList<>(byProperty.get(p).keySet());
            values.sort(Comparator.comparing(v -> v.isLiteral() ? v.getLiteralLexicalForm() : label(d, v)));
            for (Node v : values) {
                // the identifiers of the statement in each graph it is in (Ids.factId), for the review panel
                StringBuilder facts = new StringBuilder();
                for (String g : byProperty.get(p).get(v)) {
                    if (g != null && !g.equals(Quad.defaultGraphIRI.getURI())) {
                        facts.append(facts.isEmpty() ? "" : " ")
                                .append(Ids.factId(d.iri(), p, v, NodeFactory.createURI(g)));
                    }
                }
                html.append("<li data-facts=\"").append(esc(facts.toString())).append("\">").append(value(d, v));
                html.append(" <span class=\"g\">").append(graphs(byProperty.get(p).get(v))).append("</span>");
                for (List<Quad> ev : evidence.values()) {
                    if (matches(ev, p, v)) {
                        html.append(evidence(d, ev));
                    }
                }
                html.append("</li>");
            }
            html.append("</ul></td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static boolean matches(List<Quad> evidence, Node p, Node o) {
        return evidence.stream().anyMatch(q -> q.getPredicate().equals(RDF.predicate.asNode()) && q.getObject().equals(p))
                && evidence.stream().anyMatch(q -> q.getPredicate().equals(RDF.object.asNode()) && q.getObject().equals(o));
    }

    private String evidence(EntityDescription d, List<Quad> ev) {
        StringBuilder s = new StringBuilder("<div class=\"ev\">");
        for (Quad q : ev) {
            if (q.getPredicate().equals(PROV.wasDerivedFrom.asNode())) {
                s.append("<span class=\"src\">").append(link(d, q.getObject())).append("</span> ");
            }
        }
        for (Quad q : ev) {
            if (q.getPredicate().equals(DEKG.sectionPath.asNode())) {
                s.append("<span class=\"sec\">§ ").append(esc(q.getObject().getLiteralLexicalForm())).append("</span> ");
            }
        }
        // where to look in the source file: page and line (PDF), paragraph or table row (DOCX, HTML), line (text)
        String locator = ev.stream().filter(q -> q.getPredicate().equals(DEKG.locator.asNode()))
                .map(q -> q.getObject().getLiteralLexicalForm()).findFirst().orElse(null);
        if (locator != null) {
            s.append("<span class=\"line\">").append(esc(locator)).append("</span>");
        } else {
            for (Quad q : ev) {
                if (q.getPredicate().equals(DEKG.lineNumber.asNode())) {
                    s.append("<span class=\"line\">line ").append(esc(q.getObject().getLiteralLexicalForm())).append("</span>");
                }
            }
        }
        // the fact's identifier (dekg:fact), with its facts-API answer: evidence and review state
        for (Quad q : ev) {
            if (q.getPredicate().equals(DEKG.fact.asNode()) && q.getObject().isURI()) {
                String id = q.getObject().getURI().substring(q.getObject().getURI().lastIndexOf('/') + 1);
                s.append(" <span class=\"fact\">fact <a href=\"/api/facts/").append(esc(id)).append("\"><code>")
                        .append(esc(id)).append("</code></a></span>");
            }
        }
        for (Quad q : ev) {
            if (q.getPredicate().equals(DEKG.quote.asNode())) {
                s.append("<blockquote>").append(esc(q.getObject().getLiteralLexicalForm())).append("</blockquote>");
            }
        }
        return s.append("</div>").toString();
    }

    private String graphs(Set<String> graphs) {
        List<String> names = new ArrayList<>();
        for (String g : graphs) {
            if (g == null || g.equals(Quad.defaultGraphIRI.getURI())) {
                continue;
            }
            if (g.startsWith(Ids.GRAPH + "report/")) {
                String slug = g.substring((Ids.GRAPH + "report/").length());
                names.add("<a href=\"" + esc(links.href(links.base() + "id/report/" + slug)) + "\">report " + esc(slug) + "</a>");
            } else if (g.startsWith(Ids.GRAPH)) {
                names.add(esc(g.substring(Ids.GRAPH.length())));
            } else {
                names.add(esc(g));
            }
        }
        return names.isEmpty() ? "" : "[" + String.join(", ", names) + "]";
    }

    private String value(EntityDescription d, Node v) {
        if (v.isURI()) {
            return link(d, v);
        }
        if (v.isLiteral()) {
            String lang = v.getLiteralLanguage();
            StringBuilder s = new StringBuilder("<span");
            if (lang != null && !lang.isEmpty()) {
                s.append(" lang=\"").append(esc(lang)).append("\"");
            }
            s.append('>').append(esc(v.getLiteralLexicalForm())).append("</span>");
            if (lang != null && !lang.isEmpty()) {
                s.append(" <span class=\"lang\">@").append(esc(lang)).append("</span>");
            } else if (!v.getLiteralDatatypeURI().equals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDstring.getURI())) {
                s.append(" <span class=\"lang\">").append(esc(curie(v.getLiteralDatatypeURI()))).append("</span>");
            }
            return s.toString();
        }
        return "<span class=\"bnode\">[blank node]</span>";
    }

    private String link(EntityDescription d, Node n) {
        if (!n.isURI()) {
            return "<span class=\"bnode\">[blank node]</span>";
        }
        return "<a href=\"" + esc(links.href(n.getURI())) + "\" title=\"" + esc(n.getURI()) + "\">" + esc(label(d, n)) + "</a>";
    }

    private static String label(EntityDescription d, Node n) {
        EntityDescription.Labels l = d.labels().get(n);
        String best = l == null ? null : l.best("en", "", "zh-Hant");
        return best != null ? best : n.isURI() ? curie(n.getURI()) : n.toString();
    }

    private static String description(EntityDescription d) {
        for (Node p : DESCRIPTIONS) {
            String fallback = null;
            for (Quad q : d.about()) {
                if (q.getPredicate().equals(p) && q.getObject().isLiteral()) {
                    if ("en".equals(q.getObject().getLiteralLanguage())) {
                        return q.getObject().getLiteralLexicalForm();
                    }
                    fallback = q.getObject().getLiteralLexicalForm();
                }
            }
            if (fallback != null) {
                return fallback;
            }
        }
        return null;
    }

    static String curie(String iri) {
        String best = null;
        for (Map.Entry<String, String> e : PublishedContext.get().prefixes().entrySet()) {
            if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length()) {
                String c = e.getKey() + ":" + iri.substring(e.getValue().length());
                if (best == null || c.length() < best.length()) {
                    best = c;
                }
            }
        }
        return best != null ? best : iri;
    }

    private static void head(StringBuilder html, String title) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(title)).append(" · APEC Digital Economy Knowledge Graph</title>\n<style>\n")
                .append("body{font-family:system-ui,-apple-system,\"Segoe UI\",\"Noto Sans\",\"Noto Sans TC\",")
                .append("\"PingFang TC\",\"Microsoft JhengHei\",sans-serif;max-width:60rem;margin:0 auto;padding:1rem;")
                .append("line-height:1.5;color:#222}\n")
                .append("a{color:#0645ad;text-decoration:none}a:hover{text-decoration:underline}\n")
                .append(".iri code{word-break:break-all;color:#555}.zh{font-size:1.25rem;margin-top:-.5rem}\n")
                .append("table.props{border-collapse:collapse;width:100%}table.props th{text-align:left;vertical-align:top;")
                .append("padding:.4rem .6rem .4rem 0;width:12rem;font-weight:600}table.props td{padding:.4rem 0}")
                .append("table.props tr{border-top:1px solid #ddd}\n")
                .append("ul{margin:0;padding-left:1.1rem}.lang,.g,.p{color:#777;font-size:.85em}\n")
                .append(".ev{font-size:.85em;color:#444;margin:.2rem 0 .4rem}.ev blockquote{margin:.2rem 0 0 .8rem;")
                .append("padding-left:.6rem;border-left:3px solid #ccc}\n")
                .append("@media (max-width:40rem){table.props th,table.props td{display:block;width:auto}}\n")
                // the review panel (filled by /ui/assets/entity-review.js)
                .append(".review{margin:1.5rem 0;padding:.2rem 1rem 1rem;border:1px solid #ddd;border-radius:8px;background:#fafbfc}\n")
                .append(".review .facts{list-style:none;padding:0;margin:.5rem 0}.review .fact{border-top:1px solid #e3e3e3;")
                .append("padding:.5rem 0}.review .fact[data-state=rejected] .statement,.review .fact[data-state=corrected]")
                .append(" .statement{text-decoration:line-through;color:#777}\n")
                .append(".review .statement{margin:0}.review .predicate{font-weight:600}.review .fact-id{margin-left:.5rem;")
                .append("color:#888}.review .small,.review .where{font-size:.85em;color:#555;margin:.15rem 0}\n")
                .append(".review .tag{font-size:.75em;border-radius:10px;padding:0 .5rem;margin-left:.4rem;background:#e6f0fa;")
                .append("color:#1f5f99}.review .state-rejected{background:#fde8e8;color:#8a1c1c}.review .state-confirmed")
                .append("{background:#e3f7e8;color:#1e6b34}.review .state-corrected{background:#fff3d6;color:#8a5300}\n")
                .append(".review blockquote{margin:.2rem 0 .2rem .8rem;padding-left:.6rem;border-left:3px solid #ccc;")
                .append("font-size:.85em}.review .review-actions{display:flex;gap:.4rem;flex-wrap:wrap;margin:.3rem 0}\n")
                .append(".review button{font:inherit;font-size:.85em;padding:.15rem .7rem;border:1px solid #9fb3c8;")
                .append("border-radius:6px;background:#fff;cursor:pointer}.review button.primary{background:#1f5f99;")
                .append("border-color:#1f5f99;color:#fff}.review .link-button{border:0;padding:0;font-size:inherit;color:#0645ad;")
                .append("text-decoration:underline;background:none}\n")
                .append(".review .verdict-form{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end;")
                .append("margin:.3rem 0;font-size:.9em}.review .field{display:flex;flex-direction:column;gap:.1rem}")
                .append(".review .field label{font-weight:600}.review .field small{color:#666;max-width:40ch}")
                .append(".review input{font:inherit;padding:.25rem .4rem;border:1px solid #9fb3c8;border-radius:5px;")
                .append("min-width:16rem;max-width:100%}\n")
                .append(".review .message{padding:.4rem .6rem;border-radius:6px;background:#eef3f8}.review .message.done")
                .append("{background:#e3f7e8}.review .error{color:#8a1c1c}.review .message.error{background:#fde8e8}\n")
                .append("</style>\n</head>\n<body>\n<header><a href=\"/\">APEC Digital Economy Knowledge Graph</a> · ")
                .append("<a href=\"/ontology\">ontology</a> · <a href=\"/sparql\">SPARQL</a> · ")
                .append("<a href=\"/catalog\">catalogue</a></header>\n<main>\n");
    }

    private static void foot(StringBuilder html) {
        html.append("</main>\n</body>\n</html>\n");
    }

    static String esc(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
