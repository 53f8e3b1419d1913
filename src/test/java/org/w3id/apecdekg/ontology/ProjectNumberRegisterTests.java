package org.w3id.apecdekg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;

/**
 * Data quality of the register of project-number forum codes
 * (data/reference/project-number-forums.ttl): every code is a well-formed, unique notation, has a
 * source, and designates exactly one forum that exists in the reference data with a name and a
 * source.
 */
class ProjectNumberRegisterTests {

    static Model reference;

    @BeforeAll
    static void load() throws IOException {
        reference = ModelFactory.createDefaultModel();
        try (Stream<Path> files = Files.list(Path.of("data/reference"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList()) {
                RDFParser.source(p).parse(reference);
            }
        }
    }

    static List<Resource> codes() {
        return reference.listResourcesWithProperty(RDF.type, DEKG.ProjectNumberCode).toList();
    }

    @Test
    void everyCodeDesignatesAForumOfTheReferenceDataAndHasASource() {
        List<String> problems = new ArrayList<>();
        Map<String, String> register = new TreeMap<>();
        for (Resource code : codes()) {
            List<Statement> notations = code.listProperties(SKOS.notation).toList();
            if (notations.size() != 1 || !notations.get(0).getString().matches("[A-Z]{2,6}")) {
                problems.add(code + ": needs exactly one notation of 2-6 capital letters");
                continue;
            }
            String n = notations.get(0).getString();
            if (!code.getURI().equals(Ids.ID + "project-number-code/" + n)) {
                problems.add(code + ": IRI is not id/project-number-code/" + n);
            }
            if (!code.hasProperty(DCTerms.source)) {
                problems.add(n + ": no dcterms:source");
            }
            List<Statement> forums = code.listProperties(DEKG.designatesForum).toList();
            if (forums.size() != 1 || !forums.get(0).getObject().isURIResource()) {
                problems.add(n + ": needs exactly one dekg:designatesForum");
                continue;
            }
            Resource forum = forums.get(0).getResource();
            if (!forum.hasProperty(RDF.type, DEKG.Forum)) {
                problems.add(n + ": " + forum + " is not a dekg:Forum of the reference data");
            }
            if (!forum.hasProperty(SKOS.prefLabel)) {
                problems.add(n + ": " + forum + " has no skos:prefLabel");
            }
            if (!forum.hasProperty(DCTerms.source)) {
                problems.add(n + ": " + forum + " has no dcterms:source");
            }
            if (register.put(n, forum.getURI()) != null) {
                problems.add(n + ": registered twice");
            }
        }
        assertThat(problems).isEmpty();
        assertThat(register)
                .containsEntry("TEL", Ids.forum("TELWG"))
                .containsEntry("SME", Ids.forum("SMEWG"))
                .containsEntry("DESG", Ids.forum("DESG"))
                .containsEntry("CTI", Ids.forum("CTI"))
                .containsEntry("PPWE", Ids.forum("PPWE"));
    }

    @Test
    void codesOnlySourcedFromOutsideTheProjectDatabaseCarryANote() {
        for (Resource code : codes()) {
            boolean fromDatabase = code.listProperties(DCTerms.source).toList().stream()
                    .anyMatch(s -> s.getResource().getURI().startsWith("https://aimp2.apec.org/sites/PDB/"));
            boolean seedOnly = code.listProperties(DCTerms.source).toList().stream()
                    .allMatch(s -> s.getResource().getURI().equals("https://www.apec.org/projects"));
            if (!fromDatabase) {
                assertThat(code.hasProperty(SKOS.note)).as(code + " (no Project Database record) explains its source in skos:note")
                        .isTrue();
            }
            assertThat(fromDatabase || seedOnly || code.hasProperty(SKOS.note)).isTrue();
        }
    }
}
