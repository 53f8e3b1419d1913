package org.w3id.apecdekg.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;

/** Counts shown on the home page and in health details, computed with one SPARQL query. */
public final class StoreStatistics {

    private static final String QUERY = """
        PREFIX dekg: <https://w3id.org/apec-dekg/ontology#>
        PREFIX org:  <http://www.w3.org/ns/org#>
        SELECT
          (COUNT(DISTINCT ?economy) AS ?economies) (COUNT(DISTINCT ?forum) AS ?fora)
          (COUNT(DISTINCT ?project) AS ?projects) (COUNT(DISTINCT ?policy) AS ?policies)
          (COUNT(DISTINCT ?meeting) AS ?meetings) (COUNT(DISTINCT ?report) AS ?reports)
        WHERE {
          { ?economy a dekg:Economy } UNION { ?forum a dekg:Forum } UNION { ?project a dekg:Project }
          UNION { ?policy a dekg:Policy } UNION { ?meeting a dekg:Meeting } UNION { ?report a dekg:Report }
        }""";

    private StoreStatistics() {}

    /** Entity counts by kind plus {@code triples} (distinct quads in all graphs) and {@code graphs}. */
    public static Map<String, Long> of(DekgStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            try (QueryExecution qe = QueryExecution.create().query(QUERY).dataset(
                    DatasetFactory.wrap(store.dataset())).build()) {
                ResultSet rs = qe.execSelect();
                QuerySolution row = rs.next();
                rs.getResultVars().forEach(v -> counts.put(v, row.getLiteral(v).getLong()));
            }
            counts.put("quads", store.quadCount());
            counts.put("graphs", (long) Iter.count(store.dataset().listGraphNodes()));
            return counts;
        });
    }
}
