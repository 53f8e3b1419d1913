package org.w3id.apecdekg.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/queries}: the catalogue of the query library and one operation per query. */
@RestController
@RequestMapping("/api/queries")
class QueryApiController {

    private static final List<String> CONTROL = List.of("page", "pageSize", "format");

    /** Made on a background thread at start ({@link QueryLibraryConfiguration}); resolved once, on first use. */
    private final Supplier<QueryLibrary> library;
    private final QueryRunner runner;
    private final JsonMapper json;

    QueryApiController(ObjectProvider<QueryLibrary> library, QueryRunner runner, ObjectProvider<JsonMapper> json) {
        this.library = SingletonSupplier.of(library::getObject);
        this.runner = runner;
        this.json = json.getIfAvailable(JsonMapper::shared);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<CatalogueEntry> listQueries() {
        String base = ServletUriComponentsBuilder.fromCurrentRequestUri().toUriString();
        return library.get().all().stream().map(q -> CatalogueEntry.of(q, base + "/" + q.name())).toList();
    }

    @GetMapping("/{name}")
    ResponseEntity<?> runQuery(@PathVariable String name, @RequestParam Map<String, String> params,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        QueryDefinition def = library.get().find(name).orElseThrow(() -> new UnknownQueryException(name));
        ResultFormat format = ResultFormat.choose(params.get("format"), accept);
        int page = integer(params.get("page"), 1, "page");
        Integer pageSize = params.containsKey("pageSize") ? integer(params.get("pageSize"), 0, "pageSize") : null;
        Map<String, String> queryParams = new LinkedHashMap<>(params);
        CONTROL.forEach(queryParams::remove);
        QueryRunner.Page results = runner.write(def, queryParams, page, pageSize, format.name(),
                format.isPlainJson() ? r -> json.writeValueAsBytes(ResultFormat.rows(r)) : format::write);
        return ResponseEntity.ok()
                .contentType(format.contentType())
                .header(HttpHeaders.LINK, links(results))
                .body(results.body());
    }

    private static String links(QueryRunner.Page results) {
        UriComponentsBuilder here = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("pageSize", results.pageSize());
        StringBuilder sb = new StringBuilder();
        sb.append('<').append(here.cloneBuilder().replaceQueryParam("page", 1).toUriString()).append(">; rel=\"first\"");
        if (results.page() > 1) {
            sb.append(", <").append(here.cloneBuilder().replaceQueryParam("page", results.page() - 1).toUriString())
                    .append(">; rel=\"prev\"");
        }
        if (results.hasMore()) {
            sb.append(", <").append(here.cloneBuilder().replaceQueryParam("page", results.page() + 1).toUriString())
                    .append(">; rel=\"next\"");
        }
        return sb.toString();
    }

    private static int integer(String value, int fallback, String name) {
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadParameterException(name + " must be an integer, not '" + value + "'");
        }
    }

    @ExceptionHandler(BadParameterException.class)
    ResponseEntity<Map<String, String>> badParameter(BadParameterException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", "400", "error", e.getMessage()));
    }

    @ExceptionHandler(UnknownQueryException.class)
    ResponseEntity<Map<String, String>> unknownQuery(UnknownQueryException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", "404", "error", e.getMessage()));
    }

    /** A catalogue entry as listed by {@code GET /api/queries}. */
    record CatalogueEntry(String name, String summary, String description, List<String> tags,
            List<Map<String, Object>> params, String view, String url, String sparql) {

        static CatalogueEntry of(QueryDefinition q, String url) {
            List<Map<String, Object>> params = q.parameters().stream().map(p -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", p.name());
                m.put("type", p.type().label());
                m.put("default", p.defaultValue());
                m.put("enum", p.enumeration());
                m.put("description", p.description());
                return m;
            }).toList();
            return new CatalogueEntry(q.name(), q.summary(), q.description(), q.tags(), params, q.view(), url,
                    q.sparql());
        }
    }

    static final class UnknownQueryException extends RuntimeException {
        UnknownQueryException(String name) {
            super("no query named '" + name + "' (see /api/queries)");
        }
    }
}
