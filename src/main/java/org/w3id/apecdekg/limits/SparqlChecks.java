package org.w3id.apecdekg.limits;

import java.util.Locale;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/** What the gate refuses in a parsed query or update, with the reason; null when nothing is wrong. */
final class SparqlChecks {

    static final String NO_SERVICE = "SERVICE (federated query) is disabled on this endpoint";

    private SparqlChecks() {}

    static String check(Query query) {
        return query.getQueryPattern() != null && usesService(Algebra.compile(query)) ? NO_SERVICE : null;
    }

    static String check(UpdateRequest request) {
        for (Update update : request.getOperations()) {
            if (update instanceof UpdateLoad load) {
                String source = load.getSource();
                String scheme = source.contains(":") ? source.substring(0, source.indexOf(':')).toLowerCase(Locale.ROOT) : "";
                if (!scheme.equals("http") && !scheme.equals("https")) {
                    return "LOAD <" + source + "> is refused: only http(s) sources may be loaded";
                }
            }
            if (update instanceof UpdateModify modify && modify.getWherePattern() != null
                    && usesService(Algebra.compile(modify.getWherePattern()))) {
                return NO_SERVICE;
            }
        }
        return null;
    }

    /**
     * True if the algebra contains SERVICE: in the pattern, its subqueries, or any expression's EXISTS
     * (filters, projections, grouping, ordering).
     */
    private static boolean usesService(Op op) {
        boolean[] found = {false};
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                found[0] = true;
            }

            @Override
            public void visit(OpOrder order) {
                // Jena's walker does not go into sort conditions
                for (SortCondition condition : order.getConditions()) {
                    Walker.walk(condition.getExpression(), this, new ExprVisitorBase());
                }
            }
        }, new ExprVisitorBase());
        return found[0];
    }
}
