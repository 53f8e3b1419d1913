package org.w3id.apecdekg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.apecdekg.store.DekgStore;
import org.w3id.apecdekg.vocab.Ids;

/**
 * Loads the ontology ({@code ontology/dekg.ttl}) into its named graph and every Turtle file of
 * {@code data/reference/} into the reference graph, replacing what those graphs held.
 */
public final class ReferenceLoader {

    private ReferenceLoader() {}

    /** Parses all reference files into one graph; a syntax error names the file, line and column. */
    public static Graph readReference(Path referenceDir) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (Path file : turtleFiles(referenceDir)) {
            parseInto(file, graph);
        }
        return graph;
    }

    /** Replaces the ontology and reference graphs in one transaction; returns the reference graph read. */
    public static Graph load(DekgStore store, Path ontologyFile, Path referenceDir) {
        Graph ontology = GraphFactory.createDefaultGraph();
        parseInto(ontologyFile, ontology);
        Graph reference = readReference(referenceDir);
        store.write(dsg -> {
            replace(dsg, Ids.GRAPH_ONTOLOGY, ontology);
            replace(dsg, Ids.GRAPH_REFERENCE, reference);
        });
        return reference;
    }

    static void replace(org.apache.jena.sparql.core.DatasetGraph dsg, String graphIri, Graph content) {
        Node g = NodeFactory.createURI(graphIri);
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        content.find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    private static void parseInto(Path file, Graph graph) {
        try {
            RDFDataMgr.read(graph, file.toString());
        } catch (RiotException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> turtleFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
