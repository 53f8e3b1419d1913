package org.w3id.apecdekg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads the query library of {@code queries/} and the deliberately broken files of {@code broken-queries/}. */
class QueryLibraryTests {

    static final Path QUERIES = Path.of("queries");
    static final Path BROKEN = Path.of("src/test/resources/broken-queries");

    static final List<String> PREFIXES = List.of(
            "PREFIX dekg:    <https://w3id.org/apec-dekg/ontology#>",
            "PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>",
            "PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>",
            "PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>",
            "PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>",
            "PREFIX dcterms: <http://purl.org/dc/terms/>",
            "PREFIX prov:    <http://www.w3.org/ns/prov#>",
            "PREFIX org:     <http://www.w3.org/ns/org#>",
            "PREFIX foaf:    <http://xmlns.com/foaf/0.1/>");

    @Test
    void theWholeLibraryLoads() {
        QueryLibrary library = QueryLibrary.load(QUERIES);
        assertThat(library.all()).hasSizeGreaterThanOrEqualTo(18);
        assertThat(library.all()).extracting(QueryDefinition::name)
                .allMatch(name -> name.matches("[a-z0-9]+(-[a-z0-9]+)*"))
                .contains("economy-profile", "cosponsorship-network", "kfa-coverage", "policy-timeline",
                        "project-status-changes", "extraction-issues");
        assertThat(library.find("projects-by-economy")).isPresent();
        assertThat(library.find("no-such-query")).isEmpty();
    }

    @Test
    void everyQueryHasSummaryTagsViewOrderByAndLimit() {
        for (QueryDefinition def : QueryLibrary.load(QUERIES).all()) {
            assertThat(def.summary()).as(def.name()).isNotBlank().doesNotContain("|");
            assertThat(def.description()).as(def.name()).isNotBlank();
            assertThat(def.tags()).as(def.name()).isNotEmpty();
            assertThat(def.view()).as(def.name()).isIn(QueryHeader.VIEWS);
            assertThat(def.query().isSelectType()).as(def.name()).isTrue();
            assertThat(def.query().hasOrderBy()).as("%s has ORDER BY", def.name()).isTrue();
            assertThat(def.query().hasLimit()).as("%s has LIMIT", def.name()).isTrue();
            assertThat(def.query().getLimit()).as(def.name()).isBetween(1L, (long) QueryRunner.MAX_PAGE_SIZE);
            for (QueryParameter p : def.parameters()) {
                assertThat(p.description()).as("%s parameter %s", def.name(), p.name()).isNotBlank();
            }
        }
    }

    @Test
    void everyQueryHasTheFullPrefixBlockAfterItsHeaderAndNoSampleOrGroupConcat() throws IOException {
        for (QueryDefinition def : QueryLibrary.load(QUERIES).all()) {
            List<String> lines = def.sparql().lines().toList();
            int afterHeader = 0;
            while (lines.get(afterHeader).startsWith("#+")) {
                afterHeader++;
            }
            assertThat(lines.get(afterHeader)).as("%s: blank line after the header", def.name()).isEmpty();
            assertThat(lines.subList(afterHeader + 1, afterHeader + 1 + PREFIXES.size()))
                    .as("%s: prefix block", def.name()).isEqualTo(PREFIXES);
            String upper = def.sparql().toUpperCase();
            assertThat(upper).as(def.name()).doesNotContain("SAMPLE(").doesNotContain("GROUP_CONCAT(");
            assertThat(lines).as("%s: no tabs", def.name()).noneMatch(line -> line.contains("\t"));
        }
    }

    @Test
    void aSyntaxErrorNamesTheFileLineAndColumn() {
        assertThatThrownBy(() -> QueryLibrary.load(BROKEN.resolve("syntax-error")))
                .isInstanceOf(QueryLibraryException.class)
                .hasMessageContaining("projects-with-syntax-error.rq:12:1: ")
                .hasMessageContaining("line 12, column 1");
    }

    @Test
    void aDeclaredParameterTheQueryDoesNotUseIsRefused() {
        assertThatThrownBy(() -> QueryLibrary.load(BROKEN.resolve("unused-parameter")))
                .isInstanceOf(QueryLibraryException.class)
                .hasMessageContaining("projects-with-unused-parameter.rq")
                .hasMessageContaining("parameters declared [economy] but the query uses ?_ variables []");
    }

    @Test
    void aParameterVariableTheHeaderDoesNotDeclareIsRefused() {
        assertThatThrownBy(() -> QueryLibrary.load(BROKEN.resolve("undeclared-parameter")))
                .isInstanceOf(QueryLibraryException.class)
                .hasMessageContaining("projects-with-undeclared-parameter.rq")
                .hasMessageContaining("parameters declared [] but the query uses ?_ variables [economy]");
    }

    @Test
    void oneBrokenFileStopsTheWholeLoad(@TempDir Path dir) throws IOException {
        Files.copy(QUERIES.resolve("kfa-coverage.rq"), dir.resolve("kfa-coverage.rq"));
        Files.copy(BROKEN.resolve("syntax-error/projects-with-syntax-error.rq"), dir.resolve("zz-broken.rq"));
        assertThatThrownBy(() -> QueryLibrary.load(dir))
                .isInstanceOf(QueryLibraryException.class)
                .hasMessageContaining("zz-broken.rq:");
    }

    @Test
    void aHeaderWithoutSummaryOrWithAnUnknownViewIsRefused(@TempDir Path dir) throws IOException {
        String body = "\nSELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 10\n";
        Files.writeString(dir.resolve("no-summary.rq"), "#+ view: table\n" + body, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> QueryLibrary.load(dir)).isInstanceOf(QueryLibraryException.class)
                .hasMessageContaining("no-summary.rq").hasMessageContaining("summary");
        Files.delete(dir.resolve("no-summary.rq"));
        Files.writeString(dir.resolve("pie-view.rq"), "#+ summary: x\n#+ view: pie\n" + body, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> QueryLibrary.load(dir)).isInstanceOf(QueryLibraryException.class)
                .hasMessageContaining("pie-view.rq").hasMessageContaining("view 'pie'");
    }
}
