package org.w3id.apecdekg.ingest;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.w3id.apecdekg.DekgProperties;
import org.w3id.apecdekg.ops.RequestLogFilter;
import org.w3id.apecdekg.publish.LocalLinks;
import org.w3id.apecdekg.publish.PublishProperties;
import org.w3id.apecdekg.report.ExtractionWarning;
import org.w3id.apecdekg.report.ReportFormatException;
import org.w3id.apecdekg.store.DekgStore;

/**
 * {@code POST /api/reports?name=FILE} with the report as the body, or as the multipart part
 * {@code file}: a report of any supported type (PDF, DOCX, HTML, Markdown, text; told by content,
 * so the name needs no extension), optional {@code ?encoding=Big5} for a text file. It is read from
 * memory, extracted and loaded into its named graph in one transaction, exactly as {@code load} does.
 * 201 with the report, its graph, triples, entities by type, warnings (each with where it is in the
 * source file), the detected format and the local link of the report's page; 400 with the one-line
 * error when the file is not a readable report or the encoding is unknown (store unchanged).
 * Editor role (see the security package).
 */
@RestController
class ReportUploadController {

    static final String PATH = "/api/reports";
    /** The name of an upload that came without one (its type is then told by content alone). */
    static final String NO_NAME = "upload";

    private final DekgStore store;
    private final Supplier<ReportLoader> loader;
    private final LocalLinks links;

    ReportUploadController(DekgStore store, DekgProperties properties, PublishProperties publish) {
        this.store = store;
        this.loader = memoize(() -> Ingest.reportLoader(properties));
        this.links = new LocalLinks(publish.getBaseIri());
    }

    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> uploadReportPart(HttpServletRequest request,
            @RequestParam("file") MultipartFile file, @RequestParam(required = false) String name,
            @RequestParam(required = false) String encoding) throws IOException {
        return load(request, name != null && !name.isBlank() ? name : file.getOriginalFilename(), file.getBytes(),
                encoding);
    }

    /**
     * A form-encoded body is not a file (curl's --data-binary sends one unless told otherwise, and
     * the servlet container would parse the file as form fields): 415 saying how to send it.
     */
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Map<String, Object>> refuseFormBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 415);
        body.put("error", "a report is sent as the request body with Content-Type: application/octet-stream"
                + " (curl --data-binary @FILE -H 'Content-Type: application/octet-stream') or as the multipart part"
                + " 'file' (curl -F file=@FILE), not form-encoded");
        body.put("stored", false);
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @PostMapping(path = PATH)
    ResponseEntity<Map<String, Object>> uploadReport(HttpServletRequest request,
            @RequestParam(required = false) String name, @RequestParam(required = false) String encoding,
            @RequestBody(required = false) byte[] body) {
        return load(request, name, body == null ? new byte[0] : body, encoding);
    }

    private ResponseEntity<Map<String, Object>> load(HttpServletRequest request, String name, byte[] content,
            String encoding) {
        String fileName = safeName(name);
        Charset charset;
        try {
            charset = charset(encoding);
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage());
        }
        try {
            ReportLoader.Outcome outcome = loader.get().load(store, fileName, content, charset);
            request.setAttribute(RequestLogFilter.ROWS, outcome.triples());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("file", fileName);
            body.put("format", outcome.document().format().name());
            body.put("report", outcome.reportIri());
            body.put("graph", outcome.graphIri());
            body.put("page", links.href(outcome.reportIri()));
            body.put("triples", outcome.triples());
            body.put("entities", outcome.entitiesByType());
            body.put("warnings", warnings(outcome));
            return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body(body);
        } catch (ReportFormatException | IllegalArgumentException e) {
            return badRequest(e.getMessage());
        }
    }

    private static List<Map<String, Object>> warnings(ReportLoader.Outcome outcome) {
        return outcome.warnings().stream().map(w -> warning(outcome, w)).toList();
    }

    private static Map<String, Object> warning(ReportLoader.Outcome outcome, ExtractionWarning w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("where", outcome.where(w.line()));
        m.put("line", w.line());
        m.put("kind", w.kind());
        m.put("message", w.message());
        m.put("text", w.text() == null ? "" : w.text());
        return m;
    }

    /** 400 with the one-line reason; nothing was written. */
    private static ResponseEntity<Map<String, Object>> badRequest(String error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 400);
        body.put("error", error);
        body.put("stored", false);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /** The charset named by {@code ?encoding=}, or null (detect) when none; unknown names are refused. */
    static Charset charset(String encoding) {
        if (encoding == null || encoding.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(encoding.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("unknown encoding '" + oneLine(encoding.trim())
                    + "' (use a Java charset name such as UTF-8, UTF-16, Big5 or GB18030)");
        }
    }

    /**
     * The last path segment of {@code name} with only letters and digits of any script (so Chinese
     * names stay readable in messages), {@code .}, {@code _} and {@code -}; anything else becomes
     * {@code _}; leading dots are dropped; at most 120 characters; {@code upload} when nothing is left.
     */
    static String safeName(String name) {
        if (name == null || name.isBlank()) {
            return NO_NAME;
        }
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1).strip().replaceAll("[^\\p{L}\\p{M}\\p{Nd}._-]", "_");
        last = last.replaceAll("^\\.+", "");
        if (last.codePointCount(0, last.length()) > 120) {
            last = last.substring(last.offsetByCodePoints(last.length(), -120));
        }
        return last.isEmpty() ? NO_NAME : last;
    }

    private static String oneLine(String text) {
        String s = text.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
