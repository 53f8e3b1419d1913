package org.w3id.apecdekg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
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
        int size = pageSize != null ? pageSize : (def.query().hasLimit()
                ? (int) Math.min(def.query().getLimit(), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE);
        if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadParameterException("page must be ≥ 1 and pageSize between 1 and " + MAX_PAGE_SIZE);
        }
        String key = def.name() + "|" + new TreeMap<>(params) + "|" + page + "|" + size;
        return cache.get(store.version(), key, () -> execute(def, binding, page, size));
    }

    private QueryResults execute(QueryDefinition def, Binding binding, int page, int size) {
        Query query = def.query().cloneQuery();
        query.setOffset((long) (page - 1) * size);
        query.setLimit(size + 1L);
        return Txn.calculateRead(store.dataset(), () -> {
            RowSet rows = QueryExec.dataset(store.dataset()).query(query).substitution(binding).select();
            List<Var> vars = rows.getResultVars();
            List<Binding> out = new ArrayList<>();
            rows.forEachRemaining(out::add);
            boolean more = out.size() > size;
            return new QueryResults(vars, more ? out.subList(0, size) : out, page, size, more);
        });
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
