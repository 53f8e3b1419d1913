package org.w3id.apecdekg.backup;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.w3id.apecdekg.DekgProperties;
import org.w3id.apecdekg.ops.RequestLogFilter;
import org.w3id.apecdekg.store.DekgStore;

/**
 * {@code POST /admin/backup}: a snapshot into {@code dekg.backup.directory} (named by the time; the
 * caller never chooses a path), while the server keeps serving. {@code POST /admin/compact}: TDB2
 * compaction (409 for a remote store). Both need the admin role (see the security package).
 */
@RestController
class AdminController {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final DekgStore store;
    private final Path directory;

    AdminController(DekgStore store, DekgProperties properties) {
        this.store = store;
        this.directory = properties.getBackup().getDirectory();
    }

    @PostMapping("/admin/backup")
    ResponseEntity<Map<String, Object>> backUp(HttpServletRequest request) {
        Path file = directory.resolve("apec-dekg-" + LocalDateTime.now().format(STAMP) + ".nq.gz");
        StoreBackup.Result r = StoreBackup.backup(store, file);
        request.setAttribute(RequestLogFilter.ROWS, r.quads());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("file", r.file().toString());
        body.put("quads", r.quads());
        body.put("bytes", r.bytes());
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    @PostMapping("/admin/compact")
    synchronized ResponseEntity<Map<String, Object>> compact() {
        Map<String, Object> body = new LinkedHashMap<>();
        if (store.isRemote()) {
            body.put("error", "the store is remote (" + store.location() + "): compaction is the remote service's job");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
        }
        long[] sizes = StoreBackup.compact(store);
        body.put("bytesBefore", sizes[0]);
        body.put("bytesAfter", sizes[1]);
        return ResponseEntity.ok(body);
    }
}
