package org.w3id.apecdekg.sparql;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.web.HttpSC;
import org.w3id.apecdekg.limits.QueryRules;

/**
 * Fuseki's SPARQL query processor with {@link QueryRules} applied to the query it has parsed:
 * SERVICE is answered 400, an anonymous SELECT is capped at the row limit. A query nested too
 * deeply for the parser is answered 400 instead of failing the request.
 */
final class GatedQueryProcessor extends SPARQL_QueryDataset {

    static final String TOO_DEEP = "query is nested too deeply to parse";

    private final QueryRules rules;

    GatedQueryProcessor(QueryRules rules) {
        this.rules = rules;
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

    /**
     * Jena's parser reports running out of stack as a parse error caused by the StackOverflowError;
     * Fuseki answers it with 400 and only the error's name, the cause dropped. Named here instead.
     */
    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (ActionErrorException e) {
            if (e.getRC() == HttpSC.BAD_REQUEST_400 && e.getMessage() != null && e.getMessage().contains("StackOverflowError")) {
                ServletOps.errorBadRequest(TOO_DEEP);
            }
            throw e;
        }
    }
}
