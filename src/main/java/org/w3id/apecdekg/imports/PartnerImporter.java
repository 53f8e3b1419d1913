package org.w3id.apecdekg.imports;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.w3id.apecdekg.DekgProperties;
import org.w3id.apecdekg.store.DekgStore;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;
import org.w3id.apecdekg.vocab.PROV;

/**
 * Imports one partner file: reads it (RDF by Rio, or a project-database CSV), validates it with
 * SHACL against the reference graph, and only then, in one write transaction, replaces the named
 * graph {@code graph/import/{slug}} and its record in the metadata graph. Any failure leaves the
 * store exactly as it was.
 */
public final class PartnerImporter {

    public static final String IMPORT_GRAPHS = Ids.GRAPH + "import/";

    private static final Node GENERATED_AT = NodeFactory.createURI(PROV.NS + "generatedAtTime");

    private static final Set<String> RESERVED = Set.of(Ids.GRAPH_ONTOLOGY, Ids.GRAPH_REFERENCE, Ids.GRAPH_META);

    private final ShaclGate shacl;

    public PartnerImporter(DekgProperties properties) {
        this.shacl = new ShaclGate(properties.getOntology().resolveSibling("shapes.ttl"));
    }

    /** What an import did. */
    public record Outcome(String file, String graphIri, long triples) {}

    /**
     * Imports {@code content}, named {@code fileName} (its extension picks the format), or by
     * {@code mediaType} when the name has no known extension; {@code graphIri} overrides the target graph.
     */
    public Outcome importFile(DekgStore store, String fileName, byte[] content, String mediaType, String graphIri) {
        Objects.requireNonNull(fileName, "fileName");
        Node graph = NodeFactory.createURI(graphIri == null || graphIri.isBlank() ? IMPORT_GRAPHS + slug(fileName) : graphIri);
        checkTarget(graph.getURI());
        Graph reference = referenceGraph(store.dataset());
        Graph imported = read(fileName, content, mediaType, reference);
        if (imported.isEmpty()) {
            throw new ImportException(ImportException.Kind.BAD_REQUEST, fileName + ": no statements to import");
        }
        shacl.check(fileName, imported, reference);
        Node meta = NodeFactory.createURI(Ids.GRAPH_META);
        store.write(dsg -> {
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            imported.find().forEachRemaining(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
            dsg.deleteAny(meta, graph, Node.ANY, Node.ANY);
            dsg.add(meta, graph, RDF.type.asNode(), PROV.Entity.asNode());
            dsg.add(meta, graph, DCTerms.source.asNode(), NodeFactory.createLiteralString(fileName));
            dsg.add(meta, graph, GENERATED_AT, NodeFactory.createLiteralDT(Instant.now().toString(),
                    XSDDatatype.XSDdateTime));
            dsg.add(meta, graph, DEKG.tripleCount.asNode(), NodeFactory.createLiteralDT(
                    Integer.toString(imported.size()), XSDDatatype.XSDinteger));
        });
        return new Outcome(fileName, graph.getURI(), imported.size());
    }

    private Graph read(String fileName, byte[] content, String mediaType, Graph reference) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        boolean csv = lower.endsWith(".csv")
                || (!lower.contains(".") && mediaType != null && mediaType.toLowerCase(Locale.ROOT).startsWith("text/csv"));
        if (csv) {
            return new ProjectCsvReader(ReferenceIndex.of(reference)).read(fileName, content);
        }
        Optional<RDFFormat> format = RdfFileReader.formatOf(fileName, mediaType);
        if (format.isEmpty()) {
            throw new ImportException(ImportException.Kind.UNSUPPORTED_FORMAT, fileName
                    + ": unknown format (use a file extension or Content-Type of an RDF format, or .csv for project lists)");
        }
        return RdfFileReader.read(fileName, content, format.get(), Ids.BASE);
    }

    private static void checkTarget(String graphIri) {
        if (RESERVED.contains(graphIri) || graphIri.startsWith(Ids.GRAPH + "report/")) {
            throw new ImportException(ImportException.Kind.BAD_REQUEST, "graph <" + graphIri
                    + "> belongs to the ontology, reference data, metadata or a report; imports go to "
                    + IMPORT_GRAPHS + "{slug}");
        }
        if (!graphIri.matches("[a-zA-Z][a-zA-Z0-9+.-]*:\\S+")) {
            throw new ImportException(ImportException.Kind.BAD_REQUEST, "not an absolute IRI: " + graphIri);
        }
    }

    private static Graph referenceGraph(DatasetGraph dsg) {
        Node ref = NodeFactory.createURI(Ids.GRAPH_REFERENCE);
        return Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.find(ref, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(q.asTriple()));
            return copy;
        });
    }

    /** {@code APEC Projects (2024).csv} → {@code apec-projects-2024}. */
    static String slug(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "unnamed" : slug;
    }
}
