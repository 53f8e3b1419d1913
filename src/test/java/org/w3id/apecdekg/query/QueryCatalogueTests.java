package org.w3id.apecdekg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The catalogue table in {@code queries/README.md} (between the {@code catalogue:start} and
 * {@code catalogue:end} markers) lists exactly the queries of the folder, in file-name order, with
 * the name, summary, tags, parameters and view of each file's header.
 */
class QueryCatalogueTests {

    static final Path QUERIES = Path.of("queries");
    static final String START = "<!-- catalogue:start -->";
    static final String END = "<!-- catalogue:end -->";

    @Test
    void catalogueMatchesTheQueryHeaders() throws IOException {
        List<String> expected = new ArrayList<>();
        for (QueryDefinition def : QueryLibrary.load(QUERIES).all()) {
            expected.add(row(def));
        }
        assertThat(catalogueRows()).containsExactlyElementsOf(expected);
    }

    @Test
    void everyQueryFileIsInTheCatalogue() throws IOException {
        List<String> files;
        try (var list = Files.list(QUERIES)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList();
        }
        List<String> linked = catalogueRows().stream()
                .map(r -> r.substring(r.indexOf("](") + 2, r.indexOf(".rq)") + 3)).toList();
        assertThat(linked).isEqualTo(files);
    }

    /** The catalogue row a query's header calls for. */
    static String row(QueryDefinition def) {
        List<String> params = new ArrayList<>();
        for (QueryParameter p : def.parameters()) {
            StringBuilder s = new StringBuilder("`").append(p.name()).append("`: ").append(p.type().label());
            if (p.defaultValue() != null) {
                s.append(", default ").append(p.defaultValue());
            }
            if (!p.enumeration().isEmpty()) {
                s.append(", one of ").append(String.join("/", p.enumeration()));
            }
            params.add(s.toString());
        }
        return "| [`" + def.name() + "`](" + def.name() + ".rq) | " + def.summary() + " | "
                + String.join(", ", def.tags()) + " | " + (params.isEmpty() ? "-" : String.join("; ", params))
                + " | " + def.view() + " |";
    }

    static List<String> catalogueRows() throws IOException {
        List<String> lines = Files.readAllLines(QUERIES.resolve("README.md"), StandardCharsets.UTF_8);
        int start = lines.indexOf(START);
        int end = lines.indexOf(END);
        assertThat(start).as("README has " + START).isNotNegative();
        assertThat(end).as("README has " + END).isGreaterThan(start);
        List<String> table = lines.subList(start + 1, end);
        assertThat(table).hasSizeGreaterThan(2);
        assertThat(table.get(0)).isEqualTo("| query | summary | tags | parameters | view |");
        assertThat(table.get(1)).isEqualTo("|---|---|---|---|---|");
        return table.subList(2, table.size());
    }
}
