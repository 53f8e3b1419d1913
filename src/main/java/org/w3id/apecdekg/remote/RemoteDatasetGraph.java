package org.w3id.apecdekg.remote;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.JenaTransactionException;
import org.apache.jena.sparql.core.DatasetGraphBase;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTPBuilder;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.update.UpdateRequest;

/**
 * A {@code DatasetGraph} whose quads live in a remote SPARQL 1.1 service. Reads are SPARQL queries
 * (whole queries are sent as they are by {@link RemoteQueryEngine}); writes are collected per
 * transaction in {@link PendingUpdates} and sent as one update request at commit, so a transaction
 * lands whole or not at all. The service's default graph must be the union of its named graphs (as
 * in the embedded store). There is no read isolation beyond one request, and a transaction does not
 * read its own uncommitted writes.
 */
public final class RemoteDatasetGraph extends DatasetGraphBase {

    static {
        RemoteQueryEngine.register();
        RemoteUpdateEngine.register();
    }

    private final RemoteEndpoints endpoints;
    private final ThreadLocal<Txn> txn = new ThreadLocal<>();
    private final PrefixMap prefixes = PrefixMapFactory.create();

    private record Txn(TxnType type, ReadWrite mode, PendingUpdates pending) {}

    public RemoteDatasetGraph(RemoteEndpoints endpoints) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
    }

    public RemoteEndpoints endpoints() {
        return endpoints;
    }

    // --- queries sent to the service --------------------------------------------------------------

    /** A query execution on the remote service. */
    QueryExec exec(Query query) {
        QueryExecHTTPBuilder b = QueryExecHTTP.service(endpoints.query()).query(query)
                .sendMode(QuerySendMode.asPostForm)
                .timeout(endpoints.timeout().toMillis(), TimeUnit.MILLISECONDS);
        endpoints.headers().forEach(b::httpHeader);
        return b.build();
    }

    /** Runs a SELECT query on the service and reads all its rows. */
    List<Binding> select(String queryString) {
        return select(QueryFactory.create(queryString));
    }

    /** Runs a query's pattern on the service and reads all its rows; failures name the service. */
    List<Binding> select(Query query) {
        try (QueryExec qe = exec(query)) {
            RowSet rows = qe.select();
            List<Binding> all = new ArrayList<>();
            rows.forEachRemaining(all::add);
            return all;
        } catch (RuntimeException e) {
            throw failed("query", e);
        }
    }

    private boolean ask(String queryString) {
        try (QueryExec qe = exec(QueryFactory.create(queryString))) {
            return qe.ask();
        } catch (RuntimeException e) {
            throw failed("query", e);
        }
    }

    private RemoteStoreException failed(String what, RuntimeException e) {
        String status = e instanceof HttpException h && h.getStatusCode() > 0 ? " (HTTP " + h.getStatusCode() + ")" : "";
        String detail = e instanceof HttpException h && h.getResponse() != null ? h.getResponse().strip() : e.getMessage();
        String endpoint = what.equals("update") ? endpoints.update() : endpoints.query();
        return new RemoteStoreException("remote store at " + endpoint + " failed the " + what + status + ": " + detail, e);
    }

    /** Number of quads in the named graphs of the service, counted there. */
    public long countQuads() {
        Binding row = select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").get(0);
        return Long.parseLong(row.get("n").getLiteralLexicalForm());
    }

    /**
     * Checks that the service's default graph is the union of its named graphs, by looking for one
     * quad of a named graph in the default graph; an empty service passes.
     *
     * @throws IllegalStateException saying how to configure the service when it is not
     */
    public void checkUnionDefaultGraph() {
        List<Binding> sample = select("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o FILTER(!isBlank(?s) && !isBlank(?o)) } } LIMIT 1");
        if (sample.isEmpty()) {
            return;
        }
        Binding b = sample.get(0);
        if (!ask("ASK WHERE { " + term(b.get("s"), "s") + " " + term(b.get("p"), "p") + " " + term(b.get("o"), "o") + " }")) {
            throw new IllegalStateException("remote store at " + endpoints.query() + ": its default graph is not the union"
                    + " of its named graphs, which this application needs (Fuseki: tdb2:unionDefaultGraph true on the"
                    + " dataset; GraphDB and Neptune do so by default)");
        }
    }

    // --- finding quads --------------------------------------------------------------------------------

    /**
     * Quads matching the pattern. A wildcard graph means the named graphs (the service's default graph
     * is their union); {@link Quad#isDefaultGraph default graph} and union graph mean that union.
     */
    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (g != null && (Quad.isDefaultGraph(g) || Quad.isUnionGraph(g))) {
            return findPattern(null, s, p, o, g);
        }
        return findPattern(PendingUpdates.concrete(g) ? g : null, s, p, o, null);
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        if (g != null && Quad.isUnionGraph(g)) {
            return findPattern(null, s, p, o, g);
        }
        return findPattern(PendingUpdates.concrete(g) ? g : null, s, p, o, null);
    }

    /** {@code fixedGraph} non-null: the default graph pattern, quads reported in that graph. */
    private Iterator<Quad> findPattern(Node g, Node s, Node p, Node o, Node fixedGraph) {
        String triple = term(s, "s") + " " + term(p, "p") + " " + term(o, "o");
        String where = fixedGraph != null ? triple : "GRAPH " + term(g, "g") + " { " + triple + " }";
        List<Quad> quads = new ArrayList<>();
        for (Binding row : select("SELECT * WHERE { " + where + " }")) {
            quads.add(Quad.create(fixedGraph != null ? fixedGraph : value(g, row, "g"),
                    value(s, row, "s"), value(p, row, "p"), value(o, row, "o")));
        }
        return quads.iterator();
    }

    private static String term(Node n, String var) {
        if (!PendingUpdates.concrete(n)) {
            return "?" + var;
        }
        if (n.isBlank()) {
            return "<_:" + n.getBlankNodeLabel() + ">";
        }
        return NodeFmtLib.strNT(n);
    }

    private static Node value(Node given, Binding row, String var) {
        return PendingUpdates.concrete(given) ? given : row.get(var);
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        List<Node> graphs = new ArrayList<>();
        select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }").forEach(row -> graphs.add(row.get("g")));
        return graphs.iterator();
    }

    @Override
    public boolean containsGraph(Node graphNode) {
        if (Quad.isDefaultGraph(graphNode) || Quad.isUnionGraph(graphNode)) {
            return true;
        }
        return ask("ASK WHERE { GRAPH " + term(graphNode, "g") + " { ?s ?p ?o } }");
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return find(g, s, p, o).hasNext();
    }

    @Override
    public boolean isEmpty() {
        return !ask("ASK WHERE { GRAPH ?g { ?s ?p ?o } }");
    }

    /** Number of named graphs, counted by the service. */
    @Override
    public long size() {
        Binding row = select("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").get(0);
        return Long.parseLong(row.get("n").getLiteralLexicalForm());
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public PrefixMap prefixes() {
        return prefixes;
    }

    // --- writes, collected until commit -----------------------------------------------------------------

    private PendingUpdates pending() {
        Txn t = txn.get();
        if (t == null || t.mode() != ReadWrite.WRITE) {
            throw new JenaTransactionException("remote store: writes need a write transaction");
        }
        return t.pending();
    }

    @Override
    public void add(Quad quad) {
        pending().insert(quad);
    }

    @Override
    public void delete(Quad quad) {
        pending().delete(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        add(Quad.create(g, s, p, o));
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        delete(Quad.create(g, s, p, o));
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        pending().deleteMatching(g, s, p, o);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        graph.find().forEachRemaining(t -> add(Quad.create(graphName, t)));
    }

    @Override
    public void removeGraph(Node graphName) {
        pending().dropGraph(graphName);
    }

    @Override
    public void clear() {
        pending().dropAll();
    }

    /** Adds an update operation of a SPARQL Update request to the current write transaction. */
    void addUpdate(org.apache.jena.update.Update update) {
        pending().add(update);
    }

    // --- transactions --------------------------------------------------------------------------------------

    @Override
    public boolean supportsTransactions() {
        return true;
    }

    @Override
    public boolean supportsTransactionAbort() {
        return true;
    }

    @Override
    public void begin(TxnType type) {
        if (txn.get() != null) {
            throw new JenaTransactionException("remote store: already in a transaction");
        }
        ReadWrite mode = type == TxnType.WRITE ? ReadWrite.WRITE : ReadWrite.READ;
        txn.set(new Txn(type, mode, mode == ReadWrite.WRITE ? new PendingUpdates() : null));
    }

    @Override
    public boolean promote(Promote mode) {
        Txn t = txn.get();
        if (t == null) {
            throw new JenaTransactionException("remote store: not in a transaction");
        }
        if (t.mode() == ReadWrite.READ) {
            txn.set(new Txn(t.type(), ReadWrite.WRITE, new PendingUpdates()));
        }
        return true;
    }

    /** Sends the transaction's writes as one update request; if the service refuses it, nothing changed. */
    @Override
    public void commit() {
        Txn t = txn.get();
        if (t == null) {
            throw new JenaTransactionException("remote store: commit outside a transaction");
        }
        txn.remove();
        if (t.pending() != null && !t.pending().isEmpty()) {
            send(t.pending().request());
        }
    }

    private void send(UpdateRequest request) {
        UpdateExecHTTPBuilder b = UpdateExecHTTP.service(endpoints.update()).update(request);
        b.timeout(endpoints.timeout().toMillis(), TimeUnit.MILLISECONDS);
        endpoints.headers().forEach(b::httpHeader);
        try {
            b.build().execute();
        } catch (RuntimeException e) {
            throw failed("update", e);
        }
    }

    @Override
    public void abort() {
        txn.remove();
    }

    @Override
    public void end() {
        txn.remove();
    }

    @Override
    public ReadWrite transactionMode() {
        Txn t = txn.get();
        return t == null ? null : t.mode();
    }

    @Override
    public TxnType transactionType() {
        Txn t = txn.get();
        return t == null ? null : t.type();
    }

    @Override
    public boolean isInTransaction() {
        return txn.get() != null;
    }

    @Override
    public void close() {
        txn.remove();
    }

    @Override
    public String toString() {
        return "remote store (" + endpoints + ")";
    }
}
