package org.w3id.apecdekg.query;

import java.util.List;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/** One page of a query's results, held in memory so it can be cached and written in any format. */
public record QueryResults(List<Var> variables, List<Binding> rows, int page, int pageSize, boolean hasMore) {

    public QueryResults {
        variables = List.copyOf(variables);
        rows = List.copyOf(rows);
    }

    /** A fresh row set over the rows, for Jena's result writers. */
    public RowSet rowSet() {
        return RowSetStream.create(variables, rows.iterator());
    }
}
