package org.w3id.apecdekg.publish;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.w3id.apecdekg.export.DumpFormat;
import org.w3id.apecdekg.export.PublishedContext;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;

/**
 * The VoID description and DCAT catalogue of the dataset, computed from the store: triples,
 * distinct subjects and objects, entities (IRIs under {@code id/}), class and property partitions,
 * example resources, the SPARQL endpoint, one dump per export format, and one subset per named graph.
 */
final class DatasetDescription {

    /**
     * The licence of the published data. CC BY 4.0 is the project's working choice and still has to
     * be confirmed by the project owners before the first public release.
     */
    static final String LICENSE = "http://creativecommons.org/licenses/by/4.0/";

    private static final String PREFIXES = "PREFIX dekg: <" + DEKG.NS + ">\n";

    private DatasetDescription() {}

    /** {@code base}: published IRI base; {@code server}: this server's URL, for endpoints and dumps. */
    static Model build(DatasetGraph dsg, String base, String server) {
        return Txn.calculateRead(dsg, () -> {
            Model m = ModelFactory.createDefaultModel();
            PublishedContext.get().prefixes().forEach(m::setNsPrefix);
            Resource catalog = m.createResource(base + "catalog").addProperty(RDF.type, DCAT.Catalog)
                    .addProperty(DCTerms.title, m.createLiteral("APEC Digital Economy Knowledge Graph", "en"))
                    .addProperty(DCTerms.license, m.createResource(LICENSE));
            Resource ds = m.createResource(base + "dataset").addProperty(RDF.type, VOID.Dataset)
                    .addProperty(RDF.type, DCAT.Dataset)
                    .addProperty(DCTerms.title, m.createLiteral("APEC Digital Economy Knowledge Graph", "en"))
                    .addProperty(DCTerms.description, m.createLiteral("APEC member economies, fora, projects, "
                            + "meetings, AIDER key focus areas, policies and agreements, each fact with the report "
                            + "and quoted text it came from.", "en"))
                    .addProperty(DCTerms.license, m.createResource(LICENSE))
                    .addProperty(VOID.sparqlEndpoint, m.createResource(server + "/sparql"))
                    .addProperty(VOID.uriSpace, base + "id/")
                    .addProperty(VOID.vocabulary, m.createResource(DEKG.NS))
                    .addProperty(VOID.rootResource, m.createResource(Ids.forum("APEC")));
            catalog.addProperty(DCAT.dataset, ds);
            m.createResource(server + "/sparql").addProperty(RDF.type, DCAT.DataService)
                    .addProperty(DCAT.endpointURL, m.createResource(server + "/sparql"))
                    .addProperty(DCAT.servesDataset, ds);
            ds.addProperty(DCAT.accessService, m.createResource(server + "/sparql"));
            for (String example : List.of(Ids.economy("TW"), Ids.forum("DESG"), Ids.kfa(5))) {
                ds.addProperty(VOID.exampleResource, m.createResource(example));
            }
            firstOfClass(dsg, DEKG.Project.asNode()).ifPresent(p -> ds.addProperty(VOID.exampleResource, m.createResource(p)));
            firstOfClass(dsg, DEKG.Policy.asNode()).ifPresent(p -> ds.addProperty(VOID.exampleResource, m.createResource(p)));

            QuerySolution totals = one(dsg, PREFIXES + """
                SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?o) AS ?objects)
                       (COUNT(DISTINCT ?p) AS ?properties)
                { ?s ?p ?o }""");
            ds.addProperty(VOID.triples, integer(m, totals.getLiteral("triples").getLong()))
                    .addProperty(VOID.distinctSubjects, integer(m, totals.getLiteral("subjects").getLong()))
                    .addProperty(VOID.distinctObjects, integer(m, totals.getLiteral("objects").getLong()))
                    .addProperty(VOID.properties, integer(m, totals.getLiteral("properties").getLong()));
            QuerySolution entities = one(dsg, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \""
                    + base + "id/\")) }");
            ds.addProperty(VOID.entities, integer(m, entities.getLiteral("n").getLong()));
            List<QuerySolution> classes = all(dsg, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { ?s a ?c } GROUP BY ?c ORDER BY ?c");
            ds.addProperty(VOID.classes, integer(m, classes.size()));
            for (QuerySolution row : classes) {
                ds.addProperty(VOID.classPartition, m.createResource()
                        .addProperty(VOID._class, row.getResource("c"))
                        .addProperty(VOID.entities, integer(m, row.getLiteral("n").getLong())));
            }
            for (QuerySolution row : all(dsg, "SELECT ?p (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?p ORDER BY ?p")) {
                ds.addProperty(VOID.propertyPartition, m.createResource()
                        .addProperty(VOID.property, row.getResource("p"))
                        .addProperty(VOID.triples, integer(m, row.getLiteral("n").getLong())));
            }
            for (DumpFormat f : DumpFormat.values()) {
                Resource dump = m.createResource(server + "/export/all." + f.extension());
                ds.addProperty(VOID.dataDump, dump);
                ds.addProperty(DCAT.distribution, m.createResource(base + "dataset/all." + f.extension())
                        .addProperty(RDF.type, DCAT.Distribution)
                        .addProperty(DCAT.downloadURL, dump)
                        .addProperty(DCAT.mediaType, m.createResource("https://www.iana.org/assignments/media-types/" + f.mediaType()))
                        .addProperty(DCTerms.format, f.mediaType())
                        .addProperty(DCTerms.license, m.createResource(LICENSE)));
            }
            for (Node g : graphs(dsg)) {
                String name = g.getURI().startsWith(Ids.GRAPH) ? g.getURI().substring(Ids.GRAPH.length()) : g.getURI();
                String slug = name.contains("/") ? name.substring(name.indexOf('/') + 1) : name;
                ds.addProperty(VOID.subset, m.createResource(base + "dataset/" + name)
                        .addProperty(RDF.type, VOID.Dataset)
                        .addProperty(DCTerms.source, m.createResource(g.getURI()))
                        .addProperty(VOID.triples, integer(m, Iter.count(dsg.find(g, Node.ANY, Node.ANY, Node.ANY))))
                        .addProperty(VOID.dataDump, m.createResource(server + "/export/" + slug + ".trig")));
            }
            return m;
        });
    }

    private static List<Node> graphs(DatasetGraph dsg) {
        List<Node> graphs = new ArrayList<>(Iter.toList(dsg.listGraphNodes()));
        graphs.sort(java.util.Comparator.comparing(Node::getURI));
        return graphs;
    }

    private static java.util.Optional<String> firstOfClass(DatasetGraph dsg, Node cls) {
        return Iter.toList(dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), cls)).stream()
                .map(q -> q.getSubject()).filter(Node::isURI).map(Node::getURI).sorted().findFirst();
    }

    private static QuerySolution one(DatasetGraph dsg, String query) {
        return all(dsg, query).get(0);
    }

    private static List<QuerySolution> all(DatasetGraph dsg, String query) {
        try (QueryExecution qe = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dsg)).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    private static org.apache.jena.rdf.model.Literal integer(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
