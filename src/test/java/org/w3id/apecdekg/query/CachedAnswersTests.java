package org.w3id.apecdekg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.apecdekg.store.DekgStore;

/** Cached pages of library queries: their rows do not depend on the store, and written answers are reused. */
class CachedAnswersTests {

    private static final String QUERY = """
            #+ summary: Labels
            #+ params:
            #+   lang: {type: string, description: language tag}

            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?s ?label WHERE { ?s rdfs:label ?label FILTER(!BOUND(?_lang) || LANG(?label) = ?_lang) }
            ORDER BY ?s
            """;

    @TempDir
    Path dir;

    private QueryDefinition library() throws IOException {
        Path queries = Files.createDirectories(dir.resolve("queries"));
        Files.writeString(queries.resolve("labels.rq"), QUERY, StandardCharsets.UTF_8);
        return QueryLibrary.load(queries).find("labels").orElseThrow();
    }

    private static void fill(DekgStore store) {
        store.write(dsg -> {
            for (int i = 0; i < 20; i++) {
                dsg.add(new Quad(NodeFactory.createURI("urn:x:g"), NodeFactory.createURI("urn:x:s" + (100 + i)),
                        NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                        NodeFactory.createLiteralLang("label " + i, "en")));
            }
        });
    }

    @Test
    void cachedRowsCanBeWrittenAfterTheStoreIsClosed() throws IOException {
        QueryDefinition def = library();
        QueryResults results;
        try (DekgStore store = DekgStore.open(dir.resolve("store"))) {
            fill(store);
            results = new QueryRunner(store, new ResultCache(10)).run(def, Map.of(), 1, null);
        }
        String json = new String(ResultFormat.SPARQL_JSON.write(results), StandardCharsets.UTF_8);
        assertThat(results.rows()).hasSize(20);
        assertThat(json).contains("urn:x:s100").contains("label 19");
    }

    @Test
    void aWrittenAnswerIsReusedUntilTheStoreChanges() throws IOException {
        QueryDefinition def = library();
        try (DekgStore store = DekgStore.open(dir.resolve("store"))) {
            fill(store);
            QueryRunner runner = new QueryRunner(store, new ResultCache(10));
            QueryRunner.Page first = runner.write(def, Map.of("lang", "en"), 1, 5, "CSV", ResultFormat.CSV::write);
            QueryRunner.Page again = runner.write(def, Map.of("lang", "en"), 1, 5, "CSV", ResultFormat.CSV::write);
            assertThat(again).isSameAs(first);
            assertThat(first.hasMore()).isTrue();
            assertThat(new String(first.body(), StandardCharsets.UTF_8)).startsWith("s,label").contains("urn:x:s104")
                    .doesNotContain("urn:x:s105");
            QueryRunner.Page json = runner.write(def, Map.of("lang", "en"), 1, 5, "SPARQL_JSON",
                    ResultFormat.SPARQL_JSON::write);
            assertThat(new String(json.body(), StandardCharsets.UTF_8)).contains("\"head\"");

            store.markChanged();
            assertThat(runner.write(def, Map.of("lang", "en"), 1, 5, "CSV", ResultFormat.CSV::write))
                    .isNotSameAs(first);
        }
    }
}
