package org.w3id.apecdekg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;

/** Checks data/reference/*.ttl: shapes, counts, forum hierarchy, sources. */
class ReferenceDataTests {

    static final Path REFERENCE = Path.of("data/reference");
    static final String PREFIXES = """
            PREFIX dekg: <https://w3id.org/apec-dekg/ontology#>
            PREFIX org:  <http://www.w3.org/ns/org#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            """;

    static Model reference;

    @BeforeAll
    static void load() throws IOException {
        reference = ModelFactory.createDefaultModel();
        try (Stream<Path> files = Files.list(REFERENCE)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList()) {
                RDFParser.source(p).parse(reference);
            }
        }
    }

    @Test
    void referenceDataConformsToShapes() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        ValidationReport report = ShaclValidator.get().validate(shapes, reference.getGraph());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShLib.printReport(out, report);
        assertThat(report.conforms()).as(() -> out.toString(StandardCharsets.UTF_8)).isTrue();
    }

    @Test
    void exactly21Economies() {
        List<Resource> economies = reference.listSubjectsWithProperty(RDF.type, DEKG.Economy).toList();
        assertThat(economies).hasSize(21);
        Set<String> codes = new TreeSet<>();
        for (Resource e : economies) {
            String code = e.getProperty(SKOS.notation).getString();
            codes.add(code);
            assertThat(e.getURI()).isEqualTo(Ids.economy(code));
        }
        assertThat(codes).hasSize(21).contains("TW", "HK", "CN", "US", "VN", "PG");
    }

    @Test
    void noExtractionCuesAsLabels() {
        Set<String> cues = Set.of("我方", "我國", "澳方", "加方", "中方", "日方", "韓方", "紐方", "秘方", "星方", "美方");
        List<String> found = new ArrayList<>();
        reference.listStatements(null, SKOS.prefLabel, (org.apache.jena.rdf.model.RDFNode) null)
                .andThen(reference.listStatements(null, SKOS.altLabel, (org.apache.jena.rdf.model.RDFNode) null))
                .forEachRemaining(s -> {
                    if (cues.contains(s.getString())) found.add(s.getSubject() + " " + s.getString());
                });
        assertThat(found).isEmpty();
    }

    @Test
    void elevenKeyFocusAreasNumberedOneToEleven() {
        String q = PREFIXES + """
                SELECT ?kfa ?n WHERE {
                  ?kfa a dekg:KeyFocusArea ;
                       skos:inScheme <https://w3id.org/apec-dekg/id/scheme/aider-kfa> ;
                       skos:notation ?n .
                }""";
        Set<Integer> numbers = new TreeSet<>();
        int rows = 0;
        try (QueryExecution qe = QueryExecution.model(reference).query(q).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                rows++;
                int n = Integer.parseInt(s.getLiteral("n").getString());
                numbers.add(n);
                assertThat(s.getResource("kfa").getURI()).isEqualTo(Ids.kfa(n));
            }
        }
        assertThat(rows).isEqualTo(11);
        assertThat(numbers).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        Resource aider = reference.getResource(Ids.plan("aider"));
        assertThat(aider.getPropertyResourceValue(DEKG.focusAreaScheme).getURI())
                .isEqualTo(Ids.ID + "scheme/aider-kfa");
    }

    @Test
    void forumPathFromDpsToApec() {
        String q = PREFIXES + """
                ASK {
                  <%s> org:subOrganizationOf <%s> .
                  <%s> org:subOrganizationOf <%s> .
                  <%s> org:subOrganizationOf <%s> .
                  <%s> org:subOrganizationOf <%s> .
                  <%s> org:subOrganizationOf+ <%s> .
                }""".formatted(
                Ids.forum("DPS"), Ids.forum("DESG"),
                Ids.forum("DESG"), Ids.forum("CTI"),
                Ids.forum("CTI"), Ids.forum("SOM"),
                Ids.forum("SOM"), Ids.forum("APEC"),
                Ids.forum("DPS"), Ids.forum("APEC"));
        try (QueryExecution qe = QueryExecution.model(reference).query(q).build()) {
            assertThat(qe.execAsk()).isTrue();
        }
        String path = PREFIXES + """
                SELECT ?f WHERE { <%s> org:subOrganizationOf+ ?f }""".formatted(Ids.forum("DPS"));
        Set<String> ancestors = new TreeSet<>();
        try (QueryExecution qe = QueryExecution.model(reference).query(path).build()) {
            qe.execSelect().forEachRemaining(s -> ancestors.add(s.getResource("f").getURI()));
        }
        assertThat(ancestors).containsExactlyInAnyOrder(
                Ids.forum("DESG"), Ids.forum("CTI"), Ids.forum("SOM"), Ids.forum("APEC"));
        // ECSG (historical) sits under CTI as well
        assertThat(reference.contains(reference.getResource(Ids.forum("ECSG")),
                reference.createProperty("http://www.w3.org/ns/org#subOrganizationOf"),
                reference.getResource(Ids.forum("CTI")))).isTrue();
    }

    @Test
    void everyTypedSubjectHasASource() {
        String q = PREFIXES + """
                SELECT DISTINCT ?s WHERE {
                  ?s rdf:type ?t .
                  FILTER NOT EXISTS { ?s <http://purl.org/dc/terms/source> ?src }
                  # our own controlled vocabularies and roles need no external source
                  FILTER NOT EXISTS {
                    ?s rdf:type ?vt .
                    FILTER (?vt IN (skos:Concept, skos:ConceptScheme, org:Role))
                    FILTER (STRSTARTS(STR(?s), "https://w3id.org/apec-dekg/id/"))
                  }
                }""";
        List<String> missing = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(reference).query(q).build()) {
            qe.execSelect().forEachRemaining(s -> missing.add(s.get("s").toString()));
        }
        assertThat(missing).as("typed subjects without dcterms:source").isEmpty();
    }

    @Test
    void economiesHaveChineseNamesAndJoiningYears() {
        for (Resource e : reference.listSubjectsWithProperty(RDF.type, DEKG.Economy).toList()) {
            boolean zh = e.listProperties(SKOS.prefLabel).toList().stream()
                    .anyMatch(s -> "zh-Hant".equals(s.getLanguage()));
            assertThat(zh).as(e + " has a zh-Hant prefLabel").isTrue();
            Literal year = e.getProperty(DEKG.joinedApec).getLiteral();
            assertThat(year.getDatatypeURI()).endsWith("#gYear");
            assertThat(e.hasProperty(DCTerms.source)).isTrue();
        }
        assertThat(reference.getResource(Ids.economy("TW")).getProperty(DEKG.joinedApec).getString()).isEqualTo("1991");
    }

    @Test
    void prefLabelsAndAltLabelsAreDisjoint() {
        String q = PREFIXES + """
                SELECT ?s ?l WHERE { ?s skos:prefLabel ?l ; skos:altLabel ?l }""";
        List<String> clashes = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(reference).query(q).build()) {
            qe.execSelect().forEachRemaining(r -> clashes.add(r.get("s") + " " + r.get("l")));
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void depaPartiesAndApplicants() {
        Resource depa = reference.getResource(Ids.agreement("depa"));
        Set<String> parties = new TreeSet<>();
        depa.listProperties(DEKG.party).forEachRemaining(s -> parties.add(s.getResource().getURI()));
        Set<String> applicants = new TreeSet<>();
        depa.listProperties(DEKG.accessionApplicant).forEachRemaining(s -> applicants.add(s.getResource().getURI()));
        assertThat(parties).containsExactlyInAnyOrder(
                Ids.economy("CL"), Ids.economy("NZ"), Ids.economy("SG"), Ids.economy("KR"));
        assertThat(applicants).containsExactlyInAnyOrder(
                Ids.economy("CN"), Ids.economy("CA"), Ids.economy("PE"));
    }
}
