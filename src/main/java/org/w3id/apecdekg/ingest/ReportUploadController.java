package org.w3id.apecdekg.ingest;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.w3id.apecdekg.DekgProperties;
import org.w3id.apecdekg.ops.RequestLogFilter;
import org.w3id.apecdekg.report.ReportFormatException;
import org.w3id.apecdekg.store.DekgStore;

/**
 * {@code POST /api/reports?name=FILE.md} with the report as the body, or as the multipart part
 * {@code file}: extracts it and loads it into its named graph in one transaction, exactly as
 * {@code load} does. 201 with the graph, triple count and warnings; 400 with {@code FILE:LINE: reason}
 * when the file is not a readable report (store unchanged). Editor role (see the security package).
 */
@RestController
class ReportUploadController {

    static final String PATH = "/api/reports";

    private final DekgStore store;
    private final Supplier<ReportLoader> loader;

    ReportUploadController(DekgStore store, DekgProperties properties) {
        this.store = store;
        this.loader = memoize(() -> Ingest.reportLoader(properties));
    }

    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> uploadReportPart(HttpServletRequest request,
            @RequestParam("file") MultipartFile file) throws IOException {
        return load(request, file.getOriginalFilename(), file.getBytes());
    }

    @PostMapping(path = PATH)
    ResponseEntity<Map<String, Object>> uploadReport(HttpServletRequest request,
            @RequestParam(required = false) String name, @RequestBody(required = false) byte[] body) throws IOException {
        return load(request, name, body == null ? new byte[0] : body);
    }

    private ResponseEntity<Map<String, Object>> load(HttpServletRequest request, String name, byte[] content)
            throws IOException {
        String fileName = safeName(name);
        Path dir = Files.createTempDirectory("dekg-report-");
        try {
            Path file = dir.resolve(fileName);
            Files.write(file, content);
            ReportLoader.Outcome outcome = loader.get().load(store, file);
            request.setAttribute(RequestLogFilter.ROWS, outcome.triples());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("report", outcome.reportIri());
            body.put("graph", outcome.graphIri());
            body.put("triples", outcome.triples());
            body.put("warnings", outcome.warnings().stream().map(Object::toString).toList());
            return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body(body);
        } catch (ReportFormatException | IllegalArgumentException e) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", 400);
            body.put("error", e.getMessage() + " (store unchanged)");
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(body);
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    /** The last path segment of {@code name}, reduced to safe characters; {@code upload.md} when none. */
    static String safeName(String name) {
        if (name == null || name.isBlank()) {
            return "upload.md";
        }
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        last = last.replaceAll("^\\.+", "");
        return last.isEmpty() ? "upload.md" : last.length() > 120 ? last.substring(last.length() - 120) : last;
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
