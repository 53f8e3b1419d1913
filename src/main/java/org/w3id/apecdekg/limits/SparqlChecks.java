package org.w3id.apecdekg.limits;

import java.util.Locale;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/** What the gate refuses in a parsed query or update, with the reason; null when nothing is wrong. */
final class SparqlChecks {

    static final String NO_SERVICE = "SERVICE (federated query) is disabled on this endpoint";

    private SparqlChecks() {}

    static String check(Query query) {
        return usesService(query.getQueryPattern()) ? NO_SERVICE : null;
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
            if (update instanceof UpdateModify modify && usesService(modify.getWherePattern())) {
                return NO_SERVICE;
            }
        }
        return null;
    }

    /** True if the pattern, its subqueries or its EXISTS filters contain SERVICE (read off the algebra). */
    private static boolean usesService(Element pattern) {
        if (pattern == null) {
            return false;
        }
        String algebra = Algebra.compile(pattern).toString();
        return algebra.contains("(service ");
    }
}
