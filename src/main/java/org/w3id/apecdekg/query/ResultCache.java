package org.w3id.apecdekg.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Results of library queries for one store version: any write to the store (a new version)
 * empties it. Bounded, least recently used entries go first. Holds result pages
 * ({@link QueryResults}) and, under their own keys, the bytes of answers already written in one
 * format ({@link QueryRunner.Page}), so a repeated request is a map lookup and a write.
 */
public final class ResultCache {

    private final int capacity;
    private long version = -1;
    private final Map<String, Object> entries;

    public ResultCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    /** The cached results for {@code key} at {@code storeVersion}, computing them if absent. */
    public QueryResults get(long storeVersion, String key, Supplier<QueryResults> compute) {
        return lookup(storeVersion, key, compute);
    }

    /** Same as {@link #get}, for any value; callers keep value types apart by their keys. */
    @SuppressWarnings("unchecked")
    <T> T lookup(long storeVersion, String key, Supplier<T> compute) {
        synchronized (this) {
            if (storeVersion != version) {
                entries.clear();
                version = storeVersion;
            }
            Object hit = entries.get(key);
            if (hit != null) {
                return (T) hit;
            }
        }
        T computed = compute.get();
        synchronized (this) {
            if (storeVersion == version) {
                entries.put(key, computed);
            }
        }
        return computed;
    }

    synchronized int size() {
        return entries.size();
    }
}
