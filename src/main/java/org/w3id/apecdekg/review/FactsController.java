package org.w3id.apecdekg.review;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3id.apecdekg.ops.RequestLogFilter;

/**
 * The review API. Reads are public; writes need the editor role (see the security rules).
 * <ul>
 * <li>{@code GET /api/facts?subject=IRI}, {@code GET /api/facts?report=IRI&page=&pageSize=}, {@code GET /api/facts/{id}}</li>
 * <li>{@code POST /api/facts/{id}/review} {@code {"verdict":"confirm"|"reject"|"correct","note":…,"object":…}}</li>
 * <li>{@code POST /api/facts} {@code {"subject","predicate","object","note"[,"quote","report"]}}</li>
 * <li>{@code GET /api/reviews?page=&pageSize=&orphaned=true} (JSON) or as N-Quads ({@code Accept: application/n-quads}
 * or {@code format=nquads}); {@code POST /api/reviews} with N-Quads adds exported reviews</li>
 * <li>{@code GET /api/review-queue?page=&pageSize=}: the facts most worth a look, and per report how many were reviewed</li>
 * </ul>
 */
@RestController
class FactsController {

    static final MediaType NQUADS = MediaType.parseMediaType("application/n-quads");

    private final ReviewService reviews;
    private final ReviewQueue queue;

    FactsController(ReviewService reviews, ReviewQueue queue) {
        this.reviews = reviews;
        this.queue = queue;
    }

    @GetMapping(path = "/api/facts", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> facts(@RequestParam(required = false) String subject,
            @RequestParam(required = false) String report, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "100") int pageSize) {
        FactJson json = json();
        Map<String, Object> body = new LinkedHashMap<>();
        if (subject != null && !subject.isBlank() && report == null) {
            if (!ReviewService.ObjectSpec.looksLikeIri(subject.strip())) {
                throw ReviewException.bad("subject: not an absolute IRI: " + subject);
            }
            List<Fact> facts = reviews.factsAbout(NodeFactory.createURI(subject.strip()));
            json.prefetch(facts.stream().flatMap(f -> FactJson.nodesOf(f).stream()).toList());
            body.put("subject", subject.strip());
            body.put("total", facts.size());
            body.put("facts", facts.stream().map(json::fact).toList());
        } else if (report != null && !report.isBlank() && subject == null) {
            ReviewService.Page<Fact> p = reviews.factsOfReport(report, page, pageSize);
            json.prefetch(p.items().stream().flatMap(f -> FactJson.nodesOf(f).stream()).toList());
            body.put("report", report.strip());
            body.put("page", p.page());
            body.put("pageSize", p.pageSize());
            body.put("total", p.total());
            body.put("facts", p.items().stream().map(json::fact).toList());
        } else {
            throw ReviewException.bad("give either subject=IRI or report=IRI");
        }
        return ok(body);
    }

    @GetMapping(path = "/api/facts/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> fact(@PathVariable String id, @RequestParam(required = false) String subject) {
        return ok(json().fact(reviews.fact(id, subject)));
    }

    @PostMapping(path = "/api/facts/{id}/review", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> review(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body,
            HttpServletRequest request) {
        Map<String, Object> b = body == null ? Map.of() : body;
        Verdict verdict = Verdict.ofRequest(string(b, "verdict"));
        if (verdict == null) {
            throw ReviewException.bad("verdict: one of confirm, reject, correct");
        }
        Review r = reviews.review(id, verdict, objectSpec(b), string(b, "note"), string(b, "subject"), user());
        logged(request, r);
        Map<String, Object> out = new LinkedHashMap<>();
        FactJson json = json();
        out.put("review", json.review(r, false, true));
        out.put("fact", json.fact(reviews.fact(id, r.subject().getURI())));
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(out);
    }

    @PostMapping(path = "/api/facts", produces = MediaType.APPLICATION_JSON_VALUE,
            consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> add(@RequestBody(required = false) Map<String, Object> body,
            HttpServletRequest request) {
        Map<String, Object> b = body == null ? Map.of() : body;
        ReviewService.ObjectSpec object = objectSpec(b);
        Review r = reviews.add(string(b, "subject"), string(b, "predicate"), object, string(b, "note"),
                string(b, "quote"), string(b, "report"), user());
        logged(request, r);
        Map<String, Object> out = new LinkedHashMap<>();
        FactJson json = json();
        out.put("review", json.review(r, false, true));
        out.put("fact", json.fact(reviews.fact(r.factId(), r.subject().getURI())));
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(out);
    }

    @GetMapping(path = "/api/reviews")
    ResponseEntity<?> reviews(@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "50") int pageSize,
            @RequestParam(defaultValue = "false") boolean orphaned, @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        boolean nquads = "nquads".equalsIgnoreCase(format) || (format == null && accept != null
                && accept.toLowerCase(java.util.Locale.ROOT).contains("application/n-quads"));
        if (nquads) {
            return ResponseEntity.ok().contentType(new MediaType(NQUADS, java.nio.charset.StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"reviews.nq\"")
                    .cacheControl(CacheControl.noCache()).body(reviews.exportNQuads());
        }
        if (format != null && !format.equalsIgnoreCase("json")) {
            throw ReviewException.bad("format: json or nquads");
        }
        ReviewService.Page<ReviewService.ReviewView> p = reviews.reviews(page, pageSize, orphaned);
        FactJson json = json();
        json.prefetch(p.items().stream().flatMap(v -> java.util.stream.Stream.of(v.review().subject(),
                v.review().predicate(), v.review().object())).toList());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("page", p.page());
        body.put("pageSize", p.pageSize());
        body.put("total", p.total());
        body.put("reviews", p.items().stream().map(v -> json.review(v.review(), v.orphaned(), v.current())).toList());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noCache()).body(body);
    }

    @PostMapping(path = "/api/reviews", consumes = {"application/n-quads", "text/plain", "application/octet-stream"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> importReviews(@RequestBody(required = false) byte[] body, HttpServletRequest request) {
        String user = user();
        long quads = reviews.importNQuads(body == null ? new byte[0] : body);
        request.setAttribute(RequestLogFilter.ROWS, quads);
        request.setAttribute(RequestLogFilter.USER, user);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("quads", quads));
    }

    @GetMapping(path = "/api/review-queue", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> queue(@RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int pageSize) {
        ReviewService.Page<ReviewQueue.Entry> p = queue.entries(page, pageSize);
        FactJson json = json();
        List<org.apache.jena.graph.Node> shown = new java.util.ArrayList<>();
        for (ReviewQueue.Entry e : p.items()) {
            shown.add(e.quad().getSubject());
            shown.add(e.quad().getPredicate());
            shown.add(e.quad().getObject());
            shown.addAll(e.otherValues());
        }
        queue.reportCounts().forEach(c -> {
            if (c.report() != null) {
                shown.add(c.report());
            }
        });
        json.prefetch(shown);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("page", p.page());
        body.put("pageSize", p.pageSize());
        body.put("total", p.total());
        body.put("entries", p.items().stream().map(json::entry).toList());
        body.put("reports", queue.reportCounts().stream().map(json::count).toList());
        return ok(body);
    }

    @ExceptionHandler(ReviewException.class)
    ResponseEntity<Map<String, Object>> refused(ReviewException e) {
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", e.status(), "error", e.getMessage()));
    }

    /** The request log line names the review and who made it. */
    private static void logged(HttpServletRequest request, Review r) {
        request.setAttribute(RequestLogFilter.ROWS, 1);
        request.setAttribute(RequestLogFilter.USER, r.agent());
        request.setAttribute(RequestLogFilter.REVIEW, r.id() + ":" + r.verdict().state() + ":" + r.factId());
    }

    private FactJson json() {
        return new FactJson(reviews.curation().store().dataset());
    }

    private static ResponseEntity<Map<String, Object>> ok(Map<String, Object> body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(body);
    }

    private static String user() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            throw new ReviewException(401, "sign in as an editor to review facts");
        }
        return auth.getName();
    }

    private static String string(Map<String, Object> b, String key) {
        Object v = b.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Map<?, ?> || v instanceof List<?>) {
            throw ReviewException.bad(key + ": a string is expected");
        }
        return String.valueOf(v);
    }

    /** {@code object} as a string, or as a SPARQL JSON term {@code {"type","value","datatype","xml:lang"}}. */
    private static ReviewService.ObjectSpec objectSpec(Map<String, Object> b) {
        Object o = b.get("object");
        if (o == null) {
            return null;
        }
        if (o instanceof Map<?, ?> m) {
            Object value = m.get("value");
            Object type = m.get("type");
            Object dt = m.get("datatype");
            Object lang = m.containsKey("xml:lang") ? m.get("xml:lang") : m.get("lang");
            return new ReviewService.ObjectSpec(value == null ? null : value.toString(), type == null ? null : type.toString(),
                    dt == null ? null : dt.toString(), lang == null ? null : lang.toString());
        }
        if (o instanceof List<?>) {
            throw ReviewException.bad("object: an IRI, a literal, or {\"type\",\"value\"}");
        }
        return new ReviewService.ObjectSpec(o.toString(), string(b, "objectType"), string(b, "datatype"), string(b, "lang"));
    }
}
