package org.w3id.apecdekg.publish;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import org.w3id.apecdekg.export.DumpFormat;
import org.w3id.apecdekg.export.Exporter;
import org.w3id.apecdekg.review.Curation;
import org.w3id.apecdekg.store.DekgStore;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;

/**
 * Dereferenceable IRIs: {@code GET /id/**} describes the entity {@code {base}id/**}, {@code GET /ontology}
 * the ontology document (terms are fragments, {@code /ontology#Project}). HTML for browsers; Turtle,
 * JSON-LD, RDF/XML, N-Triples (and TriG, N-Quads) by {@code Accept} or {@code ?format=}. 404 when unknown.
 */
@Controller
class LinkedDataController {

    private static final Negotiation NEGOTIATION = new Negotiation(null);
    private static final List<DumpFormat> ALTERNATES = List.of(DumpFormat.TURTLE, DumpFormat.JSONLD,
            DumpFormat.RDFXML, DumpFormat.NTRIPLES);

    private final DatasetGraph dsg;
    private final Curation curation;
    private final LocalLinks links;
    private final EntityPage page;

    LinkedDataController(DekgStore store, PublishProperties properties) {
        this.dsg = store.dataset();
        this.curation = Curation.of(store);
        this.links = new LocalLinks(properties.getBaseIri());
        this.page = new EntityPage(links);
    }

    @GetMapping("/id/**")
    ResponseEntity<byte[]> showEntity(HttpServletRequest request, @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        String path = UriUtils.decode(request.getRequestURI().substring(request.getContextPath().length()),
                StandardCharsets.UTF_8);
        String iri = links.iriOf(path);
        Negotiation.Choice choice = NEGOTIATION.choose(format, accept);
        if (!choice.acceptable()) {
            return notAcceptable();
        }
        EntityDescription d = EntityDescription.of(dsg, NodeFactory.createURI(iri), curation.current());
        if (!d.exists()) {
            return notFound(iri, choice);
        }
        if (choice.isHtml()) {
            return html(HttpStatus.OK, page.render(d));
        }
        return rdf(d.rdf(), choice.rdf().get());
    }

    @GetMapping("/ontology")
    ResponseEntity<byte[]> showOntology(@RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Negotiation.Choice choice = NEGOTIATION.choose(format, accept);
        if (!choice.acceptable()) {
            return notAcceptable();
        }
        Node graph = NodeFactory.createURI(Ids.GRAPH_ONTOLOGY);
        if (choice.rdf().isPresent()) {
            List<Quad> quads = Txn.calculateRead(dsg, () -> Iter.toList(dsg.find(graph, Node.ANY, Node.ANY, Node.ANY)));
            if (quads.isEmpty()) {
                return notFound(links.ontologyIri(), choice);
            }
            return rdf(quads, choice.rdf().get());
        }
        EntityDescription ontology = EntityDescription.of(dsg, NodeFactory.createURI(links.ontologyIri()), false, curation.current());
        if (!ontology.exists()) {
            return notFound(links.ontologyIri(), choice);
        }
        List<Node> terms = Txn.calculateRead(dsg, () -> {
            List<Node> found = new ArrayList<>();
            dsg.find(graph, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
                if (q.getSubject().isURI() && q.getSubject().getURI().startsWith(DEKG.NS) && !found.contains(q.getSubject())) {
                    found.add(q.getSubject());
                }
            });
            return found;
        });
        terms.sort(Comparator.comparing(Node::getURI));
        var state = curation.current();
        List<EntityDescription> described = terms.stream().map(t -> EntityDescription.of(dsg, t, false, state)).toList();
        return html(HttpStatus.OK, page.renderOntology(ontology, described));
    }

    private ResponseEntity<byte[]> rdf(List<Quad> quads, DumpFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        Exporter.write(quads, format, null, out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.mediaType() + ";charset=UTF-8"))
                .headers(this::common).body(out.toByteArray());
    }

    private ResponseEntity<byte[]> html(HttpStatus status, String html) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                .headers(this::common).body(html.getBytes(StandardCharsets.UTF_8));
    }

    private ResponseEntity<byte[]> notFound(String iri, Negotiation.Choice choice) {
        if (choice.isHtml()) {
            return html(HttpStatus.NOT_FOUND, EntityPage.notFound(iri));
        }
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.parseMediaType("text/plain;charset=UTF-8"))
                .headers(this::common).body(("Not found: " + iri + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private ResponseEntity<byte[]> notAcceptable() {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.TEXT_PLAIN)
                .body("Available: text/html, text/turtle, application/ld+json, application/rdf+xml, application/n-triples, application/trig, application/n-quads (or ?format=html|ttl|jsonld|rdf|nt|trig|nq)\n"
                        .getBytes(StandardCharsets.UTF_8));
    }

    private void common(HttpHeaders headers) {
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        headers.add(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        List<String> alternates = new ArrayList<>();
        for (DumpFormat f : ALTERNATES) {
            alternates.add("<?format=" + f.extension() + ">; rel=\"alternate\"; type=\"" + f.mediaType() + "\"");
        }
        headers.add(HttpHeaders.LINK, String.join(", ", alternates));
    }
}
