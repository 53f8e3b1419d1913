package org.w3id.apecdekg;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.w3id.apecdekg.bundle.BundledDefaults;

/** Typed configuration under the prefix {@code dekg}; every default is documented in the README. */
@ConfigurationProperties("dekg")
public class DekgProperties {

    /** Directory of the TDB2 store. Default {@code ./var/store}. */
    private Path store = Path.of("var/store");

    /**
     * URL of a remote SPARQL 1.1 dataset (e.g. Fuseki's {@code http://host:3030/ds}) to use instead of the
     * embedded store in {@code dekg.store}; see {@link Remote}. Default none (embedded TDB2).
     */
    private String storeUrl;

    /**
     * Directory holding {@code reference/}, {@code reports/} and {@code dictionaries/}. Default {@code ./data},
     * or the copy bundled in the jar when there is no {@code ./data} (see {@link BundledDefaults}).
     */
    private Path data = Path.of("data");
    private boolean dataSet;

    /**
     * The ontology file loaded into the ontology graph ({@code shapes.ttl} is read beside it). Default
     * {@code ./ontology/dekg.ttl}, or the bundled copy when there is none.
     */
    private Path ontology = Path.of("ontology/dekg.ttl");
    private boolean ontologySet;

    /** Largest report file accepted, in bytes. Default 20 MB. */
    private long maxReportBytes = 20L * 1024 * 1024;

    /** Directory of the query library. Default {@code ./queries}, or the bundled copy when there is none. */
    private Path queries = Path.of("queries");
    private boolean queriesSet;

    /** Number of result pages of library queries kept in memory. Default 1000. */
    private int queryCacheSize = 1000;

    private final Sparql sparql = new Sparql();

    private final Cors cors = new Cors();

    private final Security security = new Security();

    private final Limits limits = new Limits();

    private final Backup backup = new Backup();

    private final Remote remote = new Remote();

    public Path getStore() { return store; }
    public void setStore(Path store) { this.store = store; }
    public String getStoreUrl() { return storeUrl; }
    public void setStoreUrl(String storeUrl) { this.storeUrl = storeUrl; }
    public boolean isRemoteStore() { return storeUrl != null && !storeUrl.isBlank(); }
    public Remote getRemote() { return remote; }
    /** {@code dekg.data} as set; left at its default, {@code ./data} if it exists, else the bundled copy. */
    public Path getData() { return dataSet ? data : BundledDefaults.resolve(data); }
    public void setData(Path data) { this.data = data; this.dataSet = true; }
    /** {@code dekg.ontology} as set; left at its default, {@code ./ontology/dekg.ttl} if it exists, else the bundled copy. */
    public Path getOntology() { return ontologySet ? ontology : BundledDefaults.resolve(ontology); }
    public void setOntology(Path ontology) { this.ontology = ontology; this.ontologySet = true; }
    public long getMaxReportBytes() { return maxReportBytes; }
    public void setMaxReportBytes(long maxReportBytes) { this.maxReportBytes = maxReportBytes; }
    public Sparql getSparql() { return sparql; }
    /** {@code dekg.queries} as set; left at its default, {@code ./queries} if it exists, else the bundled copy. */
    public Path getQueries() { return queriesSet ? queries : BundledDefaults.resolve(queries); }
    public void setQueries(Path queries) { this.queries = queries; this.queriesSet = true; }
    public int getQueryCacheSize() { return queryCacheSize; }
    public void setQueryCacheSize(int queryCacheSize) { this.queryCacheSize = queryCacheSize; }
    public Cors getCors() { return cors; }
    public Security getSecurity() { return security; }
    public Limits getLimits() { return limits; }
    public Backup getBackup() { return backup; }

    /** Cross-origin reads of /sparql and /api/** by browser tools. */
    public static class Cors {
        /** Allowed origins. Default any ({@code *}). */
        private java.util.List<String> allowedOrigins = java.util.List.of("*");

        public java.util.List<String> getAllowedOrigins() { return allowedOrigins; }
        public void setAllowedOrigins(java.util.List<String> allowedOrigins) { this.allowedOrigins = allowedOrigins; }
    }

    public static class Sparql {
        /** Query timeout; a watchdog answers 503 at this plus {@code dekg.limits.timeout-grace}. Default 30 s. */
        private Duration queryTimeout = Duration.ofSeconds(30);

        public Duration getQueryTimeout() { return queryTimeout; }
        public void setQueryTimeout(Duration queryTimeout) { this.queryTimeout = queryTimeout; }
    }

    /**
     * Who may write. Reads are public; writes and admin endpoints need a configured user (HTTP Basic)
     * or API key (bearer). No users and no keys (the default): every write is refused.
     */
    public static class Security {
        /** Users with a bcrypt password hash and roles ({@code reader}, {@code editor}, {@code admin}). Default none. */
        private List<User> users = new ArrayList<>();
        /** API keys, stored as SHA-256 (hex, optionally prefixed {@code sha256:}) or bcrypt hashes. Default none. */
        private List<ApiKey> apiKeys = new ArrayList<>();

        public List<User> getUsers() { return users; }
        public void setUsers(List<User> users) { this.users = users; }
        public List<ApiKey> getApiKeys() { return apiKeys; }
        public void setApiKeys(List<ApiKey> apiKeys) { this.apiKeys = apiKeys; }

        /** {@code dekg.security.users[i].name / password-hash / roles}. */
        public static class User {
            private String name;
            /** bcrypt hash ({@code $2a$...}, {@code $2b$...} or {@code $2y$...}); see {@code hash-password}. */
            private String passwordHash;
            private List<String> roles = new ArrayList<>();

            public String getName() { return name; }
            public void setName(String name) { this.name = name; }
            public String getPasswordHash() { return passwordHash; }
            public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
            public List<String> getRoles() { return roles; }
            public void setRoles(List<String> roles) { this.roles = roles; }
        }

        /** {@code dekg.security.api-keys[i].name / key-hash / roles}; the name only labels logs. */
        public static class ApiKey {
            private String name;
            private String keyHash;
            private List<String> roles = new ArrayList<>();

            public String getName() { return name; }
            public void setName(String name) { this.name = name; }
            public String getKeyHash() { return keyHash; }
            public void setKeyHash(String keyHash) { this.keyHash = keyHash; }
            public List<String> getRoles() { return roles; }
            public void setRoles(List<String> roles) { this.roles = roles; }
        }
    }

    /** Limits that keep a public endpoint serving under load and hostile input. */
    public static class Limits {
        /** Most rows an anonymous caller gets from a /sparql SELECT or one /api/queries page. Default 10000. */
        private int maxRows = 10_000;
        /** Queries run at once (/sparql and /api/queries). Default twice the number of processors. */
        private int maxConcurrentQueries = 2 * Runtime.getRuntime().availableProcessors();
        /** Queries that may wait for a slot; beyond it, 503 at once. Default 128 (64 clients queue rather than fail). */
        private int queueSize = 128;
        /** How long a queued query waits for a slot before 503. Default 2 s. */
        private Duration queueWait = Duration.ofSeconds(2);
        /** Value of Retry-After on 503 answers. Default 2 s. */
        private Duration retryAfter = Duration.ofSeconds(2);
        /** Time after the query timeout at which the watchdog answers 503 itself. Default 1 s. */
        private Duration timeoutGrace = Duration.ofSeconds(1);
        /** Largest SPARQL query (URL parameter or body). Default 256 KB. */
        private DataSize maxQuerySize = DataSize.ofKilobytes(256);
        /** Largest SPARQL Update body. Default 10 MB. */
        private DataSize maxUpdateSize = DataSize.ofMegabytes(10);
        /** Largest upload (Graph Store writes, reports, imports). Default 20 MB. */
        private DataSize maxUploadSize = DataSize.ofMegabytes(20);

        public int getMaxRows() { return maxRows; }
        public void setMaxRows(int maxRows) { this.maxRows = maxRows; }
        public int getMaxConcurrentQueries() { return maxConcurrentQueries; }
        public void setMaxConcurrentQueries(int maxConcurrentQueries) { this.maxConcurrentQueries = maxConcurrentQueries; }
        public int getQueueSize() { return queueSize; }
        public void setQueueSize(int queueSize) { this.queueSize = queueSize; }
        public Duration getQueueWait() { return queueWait; }
        public void setQueueWait(Duration queueWait) { this.queueWait = queueWait; }
        public Duration getRetryAfter() { return retryAfter; }
        public void setRetryAfter(Duration retryAfter) { this.retryAfter = retryAfter; }
        public Duration getTimeoutGrace() { return timeoutGrace; }
        public void setTimeoutGrace(Duration timeoutGrace) { this.timeoutGrace = timeoutGrace; }
        public DataSize getMaxQuerySize() { return maxQuerySize; }
        public void setMaxQuerySize(DataSize maxQuerySize) { this.maxQuerySize = maxQuerySize; }
        public DataSize getMaxUpdateSize() { return maxUpdateSize; }
        public void setMaxUpdateSize(DataSize maxUpdateSize) { this.maxUpdateSize = maxUpdateSize; }
        public DataSize getMaxUploadSize() { return maxUploadSize; }
        public void setMaxUploadSize(DataSize maxUploadSize) { this.maxUploadSize = maxUploadSize; }
    }

    /** Snapshots written by {@code POST /admin/backup}. */
    public static class Backup {
        /** Directory of server-side backups. Default {@code ./var/backups}. */
        private Path directory = Path.of("var/backups");

        public Path getDirectory() { return directory; }
        public void setDirectory(Path directory) { this.directory = directory; }
    }

    /**
     * The remote store of {@code dekg.store-url}. Its default graph must be the union of its named graphs
     * (Fuseki: {@code tdb2:unionDefaultGraph true}; GraphDB and Neptune do so by default).
     */
    public static class Remote {
        /** SPARQL query endpoint. Default the store URL itself. */
        private String queryEndpoint;
        /** SPARQL update endpoint. Default the store URL itself. */
        private String updateEndpoint;
        /** User for HTTP Basic authentication to the remote store. Default none. */
        private String username;
        /** Password for HTTP Basic authentication to the remote store. Default none. */
        private String password;
        /** Longest one request to the remote store may take. Default 60 s. */
        private Duration timeout = Duration.ofSeconds(60);
        /**
         * How long cached answers (library queries, counts, exports) may be served, since others may write
         * to the remote store directly; 0 keeps them until the next write through this application. Default 60 s.
         */
        private Duration cacheTtl = Duration.ofSeconds(60);

        public String getQueryEndpoint() { return queryEndpoint; }
        public void setQueryEndpoint(String queryEndpoint) { this.queryEndpoint = queryEndpoint; }
        public String getUpdateEndpoint() { return updateEndpoint; }
        public void setUpdateEndpoint(String updateEndpoint) { this.updateEndpoint = updateEndpoint; }
        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public Duration getTimeout() { return timeout; }
        public void setTimeout(Duration timeout) { this.timeout = timeout; }
        public Duration getCacheTtl() { return cacheTtl; }
        public void setCacheTtl(Duration cacheTtl) { this.cacheTtl = cacheTtl; }
    }
}
