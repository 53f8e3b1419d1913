package org.w3id.apecdekg.sparql;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.w3id.apecdekg.limits.QueryRules;
import org.w3id.apecdekg.review.CuratedQuery;
import org.w3id.apecdekg.review.Curation;

/**
 * Fuseki's SPARQL query processor with {@link QueryRules} applied to the query it has parsed:
 * SERVICE is answered 400, an anonymous SELECT is capped at the row limit. A query nested too
 * deeply for the parser is answered 400 with that reason.
 *
 * <p>{@link #execute(String, HttpAction)} runs the same steps as Fuseki's (parse as ARQ, validate, choose
 * the dataset, execute in a read transaction, send the results) without Fuseki's
 * per-query log lines: Fuseki formats the query text for them twice — once re-serialised from the parsed
 * query — on every request, even with its log off (5.5% of a hot entity lookup's CPU samples). Our
 * request log already records each query (as a hash).
 */
final class GatedQueryProcessor extends SPARQL_QueryDataset {

    static final String TOO_DEEP = "query is nested too deeply to parse";

    private final QueryRules rules;
    private final Curation curation;

    GatedQueryProcessor(QueryRules rules, Curation curation) {
        this.rules = rules;
        this.curation = curation;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        String refusal = rules.refusal(query);
        if (refusal != null) {
            ServletOps.errorBadRequest(refusal);
        }
        rules.capRows(query, action.getResponse());
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString.isBlank()) {
            ServletOps.errorBadRequest(queryString.isEmpty() ? "Error: Empty query string" : "Error: Blank query string");
        }
        Query query = parse(queryString);
        validateQuery(action, query);
        action.beginRead();
        try {
            Pair<DatasetGraph, Query> chosen = decideDataset(action, query, queryString);
            Query run = chosen.getRight() == null ? query : chosen.getRight();
            // the default graph is the curated one: statements withdrawn by reviews are left out
            run = CuratedQuery.curate(run, curation.current(), !curation.store().isRemote());
            try (QueryExec execution = createQueryExec(action, run, chosen.getLeft())) {
                sendResults(action, executeQuery(action, execution, query, queryString), query.getPrologue());
            }
        } catch (QueryParseException e) {
            // a static error found only when the query is set up to run
            action.abortSilent();
            ServletOps.errorBadRequest(SPARQLProtocol.messageForException(e));
        } catch (QueryCancelledException e) {
            // Fuseki answers 503 "Query timed out" (its endpoint counters are not served here, so none is kept)
            action.abortSilent();
            throw e;
        } finally {
            action.endRead();
        }
    }

    /** Parses as Fuseki does (ARQ syntax, Fuseki's base IRI); 400 with the parser's message otherwise. */
    private static Query parse(String queryString) {
        try {
            return QueryFactory.create(queryString, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            // Jena's parser reports running out of stack as a parse error caused by the StackOverflowError
            ServletOps.errorBadRequest(e.getCause() instanceof StackOverflowError ? TOO_DEEP
                    : SPARQLProtocol.messageForParseException(e));
        } catch (QueryException e) {
            ServletOps.errorBadRequest(SPARQLProtocol.messageForException(e));
        }
        throw new IllegalStateException("unreachable: errorBadRequest throws");
    }
}
