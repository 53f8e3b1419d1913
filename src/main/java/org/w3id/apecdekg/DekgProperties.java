package org.w3id.apecdekg;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Typed configuration under the prefix {@code dekg}; every default is documented in the README. */
@ConfigurationProperties("dekg")
public class DekgProperties {

    /** Directory of the TDB2 store. Default {@code ./var/store}. */
    private Path store = Path.of("var/store");

    /** Directory holding {@code reference/}, {@code reports/} and {@code dictionaries/}. Default {@code ./data}. */
    private Path data = Path.of("data");

    /** The ontology file loaded into the ontology graph. Default {@code ./ontology/dekg.ttl}. */
    private Path ontology = Path.of("ontology/dekg.ttl");

    /** Largest report file accepted, in bytes. Default 20 MB. */
    private long maxReportBytes = 20L * 1024 * 1024;

    /** Directory of the query library. Default {@code ./queries}. */
    private Path queries = Path.of("queries");

    /** Number of result pages of library queries kept in memory. Default 1000. */
    private int queryCacheSize = 1000;

    private final Sparql sparql = new Sparql();

    private final Cors cors = new Cors();

    public Path getStore() { return store; }
    public void setStore(Path store) { this.store = store; }
    public Path getData() { return data; }
    public void setData(Path data) { this.data = data; }
    public Path getOntology() { return ontology; }
    public void setOntology(Path ontology) { this.ontology = ontology; }
    public long getMaxReportBytes() { return maxReportBytes; }
    public void setMaxReportBytes(long maxReportBytes) { this.maxReportBytes = maxReportBytes; }
    public Sparql getSparql() { return sparql; }
    public Path getQueries() { return queries; }
    public void setQueries(Path queries) { this.queries = queries; }
    public int getQueryCacheSize() { return queryCacheSize; }
    public void setQueryCacheSize(int queryCacheSize) { this.queryCacheSize = queryCacheSize; }
    public Cors getCors() { return cors; }

    /** Cross-origin reads of /sparql and /api/** by browser tools. */
    public static class Cors {
        /** Allowed origins. Default any ({@code *}). */
        private java.util.List<String> allowedOrigins = java.util.List.of("*");

        public java.util.List<String> getAllowedOrigins() { return allowedOrigins; }
        public void setAllowedOrigins(java.util.List<String> allowedOrigins) { this.allowedOrigins = allowedOrigins; }
    }

    /** Who may use {@code /update} and write through {@code /data}. */
    public enum Writes { OFF, LOOPBACK }

    public static class Sparql {
        /** Who may write: {@code loopback} (default) or {@code off}. */
        private Writes writes = Writes.LOOPBACK;
        /** Query timeout. Default 30 s. */
        private Duration queryTimeout = Duration.ofSeconds(30);

        public Writes getWrites() { return writes; }
        public void setWrites(Writes writes) { this.writes = writes; }
        public Duration getQueryTimeout() { return queryTimeout; }
        public void setQueryTimeout(Duration queryTimeout) { this.queryTimeout = queryTimeout; }
    }
}
