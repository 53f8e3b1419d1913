package org.w3id.apecdekg.export;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3id.apecdekg.store.DekgStore;

/**
 * {@code GET /export/{dataset}.{ext}[.gz]}: dumps of the whole graph ({@code all}) or one graph, in
 * every {@link DumpFormat}; {@code ?frame=Project} frames JSON-LD on a class. {@code GET /context.jsonld}
 * serves the published JSON-LD context. Dumps are cached per store version.
 */
@RestController
class ExportController {

    static final String CONTEXT_PATH = "/context.jsonld";
    private static final int CACHE_ENTRIES = 16;

    private final DekgStore store;
    private final Exporter exporter;
    private final Map<String, byte[]> cache = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHE_ENTRIES;
        }
    };

    ExportController(DekgStore store) {
        this.store = store;
        this.exporter = new Exporter(store);
    }

    @GetMapping("/export/{file}")
    ResponseEntity<byte[]> exportDataset(@PathVariable String file, @RequestParam(required = false) String frame) {
        boolean gzip = file.endsWith(".gz");
        String name = gzip ? file.substring(0, file.length() - 3) : file;
        int dot = name.lastIndexOf('.');
        DumpFormat format = dot < 0 ? null : DumpFormat.byName(name.substring(dot + 1))
                .filter(f -> f.extension().equals(name.substring(dot + 1))).orElse(null);
        if (format == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .body(("Unknown export '" + file + "': use /export/{dataset}.{ttl|nt|nq|trig|rdf|jsonld}[.gz]\n")
                            .getBytes(StandardCharsets.UTF_8));
        }
        if (frame != null && format != DumpFormat.JSONLD) {
            throw new IllegalArgumentException("?frame= applies to JSON-LD only");
        }
        String dataset = name.substring(0, dot);
        String key = store.version() + "|" + dataset + "|" + format + "|" + frame + "|" + gzip;
        byte[] body;
        synchronized (cache) {
            body = cache.get(key);
        }
        if (body == null) {
            body = exporter.export(dataset, format, frame, gzip);
            synchronized (cache) {
                cache.put(key, body);
            }
        }
        MediaType type = gzip ? MediaType.parseMediaType("application/gzip")
                : MediaType.parseMediaType(format.mediaType() + ";charset=UTF-8");
        return ResponseEntity.ok().contentType(type)
                .eTag('"' + DigestUtils.md5DigestAsHex(body) + '"')
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + file + "\"")
                .body(body);
    }

    @GetMapping(CONTEXT_PATH)
    ResponseEntity<String> showContext() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/ld+json;charset=UTF-8"))
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .body(PublishedContext.get().json());
    }

    @ExceptionHandler(Exporter.UnknownDatasetException.class)
    ResponseEntity<String> unknownDataset(Exporter.UnknownDatasetException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body(e.getMessage() + "\n");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<String> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(e.getMessage() + "\n");
    }
}
