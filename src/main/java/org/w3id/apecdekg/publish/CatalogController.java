package org.w3id.apecdekg.publish;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Quad;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.w3id.apecdekg.export.DumpFormat;
import org.w3id.apecdekg.export.Exporter;
import org.w3id.apecdekg.store.DekgStore;

/**
 * {@code GET /.well-known/void} and {@code GET /catalog}: the VoID description and DCAT catalogue
 * ({@link DatasetDescription}) in any RDF format (Turtle by default), recomputed when the store changes.
 */
@RestController
class CatalogController {

    private static final Negotiation NEGOTIATION = new Negotiation(DumpFormat.TURTLE);

    private final DekgStore store;
    private final PublishProperties properties;
    private String cachedKey;
    private List<Quad> cached;

    CatalogController(DekgStore store, PublishProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    @GetMapping({"/.well-known/void", "/catalog"})
    ResponseEntity<byte[]> showDescription(@RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Negotiation.Choice choice = NEGOTIATION.choose(format, accept);
        if (!choice.acceptable()) {
            return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.TEXT_PLAIN)
                    .body("Available: Turtle, JSON-LD, RDF/XML, N-Triples\n".getBytes());
        }
        DumpFormat f = choice.rdf().orElse(DumpFormat.TURTLE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(description(), f, null, out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.mediaType() + ";charset=UTF-8"))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .body(out.toByteArray());
    }

    private synchronized List<Quad> description() {
        String server = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        String key = store.version() + "|" + server;
        if (!key.equals(cachedKey)) {
            Model m = DatasetDescription.build(store.dataset(), properties.getBaseIri(), server);
            List<Quad> quads = new ArrayList<>();
            m.getGraph().find().forEachRemaining(t -> quads.add(Quad.create(Quad.defaultGraphIRI, t)));
            cached = quads;
            cachedKey = key;
        }
        return cached;
    }
}
