package org.w3id.apecdekg.imports;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.w3id.apecdekg.store.DekgStore;

/**
 * {@code POST /api/imports?name=FILE[&graph=IRI]} with the file as the body (its {@code Content-Type},
 * or the extension of {@code name}, picks the format), or as the multipart part {@code file}.
 * 201 with the graph and triple count; 400 syntax error (file, line, column), 415 unknown format,
 * 422 SHACL report or unknown names. Needs the editor role; {@code dekg.imports.http} can further
 * restrict HTTP imports to the loopback interface ({@code loopback}) or refuse them ({@code off}).
 */
@RestController
class ImportController {

    static final String PATH = "/api/imports";

    private final DekgStore store;
    /** Made on a background thread at start ({@link ImportsConfiguration}); resolved once, on first use. */
    private final Supplier<PartnerImporter> importer;
    private final ImportProperties.Access access;

    ImportController(DekgStore store, ObjectProvider<PartnerImporter> importer, ImportProperties imports) {
        this.store = store;
        this.importer = SingletonSupplier.of(importer::getObject);
        this.access = imports.getHttp();
    }

    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importMultipart(HttpServletRequest request, @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String graph) throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "upload" : file.getOriginalFilename();
        return run(request, name, file.getBytes(), file.getContentType(), graph);
    }

    @PostMapping(path = PATH)
    ResponseEntity<?> importBody(HttpServletRequest request, @RequestParam(required = false) String name,
            @RequestParam(required = false) String graph,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestBody(required = false) byte[] body) {
        return run(request, name == null || name.isBlank() ? "upload" : name, body == null ? new byte[0] : body,
                contentType, graph);
    }

    private ResponseEntity<?> run(HttpServletRequest request, String name, byte[] content, String contentType,
            String graph) {
        ResponseEntity<String> refused = guard(request);
        if (refused != null) {
            return refused;
        }
        try {
            PartnerImporter.Outcome outcome = importer.get().importFile(store, name, content, contentType, graph);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("file", outcome.file());
            body.put("graph", outcome.graphIri());
            body.put("triples", outcome.triples());
            return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body(body);
        } catch (ImportException e) {
            return ResponseEntity.status(e.kind().status()).contentType(MediaType.parseMediaType("text/plain;charset=UTF-8"))
                    .body(e.report());
        }
    }

    /** Null when the request may write; else the refusal. */
    private ResponseEntity<String> guard(HttpServletRequest request) {
        if (access == ImportProperties.Access.OFF) {
            return forbidden("HTTP imports are disabled (dekg.imports.http=off)\n");
        }
        if (access == ImportProperties.Access.ANY) {
            return null;
        }
        try {
            if (!InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()) {
                return forbidden("Imports are accepted from the loopback interface only (dekg.imports.http=loopback)\n");
            }
        } catch (java.net.UnknownHostException e) {
            return forbidden("Imports are accepted from the loopback interface only\n");
        }
        return null;
    }

    private static ResponseEntity<String> forbidden(String message) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN).body(message);
    }
}
