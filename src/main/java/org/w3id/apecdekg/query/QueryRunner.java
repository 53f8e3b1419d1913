package org.w3id.apecdekg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.w3id.apecdekg.review.CuratedQuery;
import org.w3id.apecdekg.review.Curation;
import org.w3id.apecdekg.store.DekgStore;

/**
 * Runs a library query over the store: binds its parameters as typed RDF terms (by substitution
 * into the parsed query, never by editing its text), pages it, and caches each page until the
 * store changes.
 */
public final class QueryRunner {

    /** Largest page a request may ask for. */
    public static final int MAX_PAGE_SIZE = 10_000;
    private static final int DEFAULT_PAGE_SIZE = 100;

    private final DekgStore store;
    private final ResultCache cache;

    public QueryRunner(DekgStore store, ResultCache cache) {
        this.store = store;
        this.cache = cache;
    }

    /**
     * Runs {@code def} with request values {@code params} (name → value); page numbers start at 1
     * and {@code pageSize} null means the query's own LIMIT (or 100).
     */
    public QueryResults run(QueryDefinition def, Map<String, String> params, int page, Integer pageSize) {
        Binding binding = bind(def, params);
        int size = size(def, page, pageSize);
        return results(store.version(), def, binding, key(def, params, page, size), page, size);
    }

    /** One page of results written in one format: the bytes of the answer, and where the page stands. */
    public record Page(byte[] body, int page, int pageSize, boolean hasMore) {}

    /**
     * Like {@link #run}, written by {@code writer}; the written bytes are cached per format (named by
     * {@code formatKey}) as well, so a repeated request neither runs nor writes the query again.
     */
    public Page write(QueryDefinition def, Map<String, String> params, int page, Integer pageSize, String formatKey,
            Function<QueryResults, byte[]> writer) {
        Binding binding = bind(def, params);
        int size = size(def, page, pageSize);
        long version = store.version();
        String key = key(def, params, page, size);
        return cache.lookup(version, "written|" + formatKey + "|" + key, () -> {
            QueryResults results = results(version, def, binding, key, page, size);
            return new Page(writer.apply(results), results.page(), results.pageSize(), results.hasMore());
        });
    }

    private QueryResults results(long version, QueryDefinition def, Binding binding, String key, int page, int size) {
        return cache.get(version, "results|" + key, () -> execute(def, binding, page, size));
    }

    private static int size(QueryDefinition def, int page, Integer pageSize) {
        int size = pageSize != null ? pageSize : (def.query().hasLimit()
                ? (int) Math.min(def.query().getLimit(), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE);
        if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadParameterException("page must be ≥ 1 and pageSize between 1 and " + MAX_PAGE_SIZE);
        }
        return size;
    }

    private static String key(QueryDefinition def, Map<String, String> params, int page, int size) {
        return def.name() + "|" + new TreeMap<>(params) + "|" + page + "|" + size;
    }

    private QueryResults execute(QueryDefinition def, Binding binding, int page, int size) {
        Query query = def.query().cloneQuery();
        query.setOffset((long) (page - 1) * size);
        query.setLimit(size + 1L);
        return Txn.calculateRead(store.dataset(), () -> {
            // the curated default graph (statements withdrawn by reviews left out), as on /sparql
            Curation curation = Curation.of(store);
            Query curated = CuratedQuery.curate(query, curation.current(), !store.isRemote(), true);
            RowSet rows = QueryExec.dataset(store.dataset()).query(curated).substitution(binding).select();
            List<Var> vars = rows.getResultVars();
            List<Binding> out = new ArrayList<>();
            // Copied inside the transaction: a store's bindings may fetch their terms lazily, which would
            // make every later write of a cached page go back to the store (slowly, outside any transaction).
            rows.forEachRemaining(row -> out.add(detach(row)));
            boolean more = out.size() > size;
            return new QueryResults(vars, more ? out.subList(0, size) : out, page, size, more);
        });
    }

    private static Binding detach(Binding row) {
        BindingBuilder copy = Binding.builder();
        row.forEach(copy::add);
        return copy.build();
    }

    private static Binding bind(QueryDefinition def, Map<String, String> params) {
        BindingBuilder builder = Binding.builder();
        params.keySet().forEach(def::parameter);
        for (QueryParameter p : def.parameters()) {
            String value = params.getOrDefault(p.name(), p.defaultValue());
            if (value != null && !value.isEmpty()) {
                builder.add(Var.alloc(p.variable()), p.bind(value));
            }
        }
        return builder.build();
    }
}
