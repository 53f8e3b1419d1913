package org.w3id.apecdekg.export;

import jakarta.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import no.hasmac.jsonld.document.JsonDocument;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.jsonld.JSONLDMode;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.w3id.apecdekg.review.Curation;
import org.w3id.apecdekg.review.CurationState;
import org.w3id.apecdekg.store.DekgStore;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;

/**
 * Selects a dataset of the store ({@code all}, {@code ontology}, {@code reference}, {@code meta}, a
 * report or import slug, or a graph IRI) and writes it with RDF4J Rio in a {@link DumpFormat}:
 * prefixes from the {@link PublishedContext} in their fixed order, statements in {@link StableOrder},
 * so the same data always gives the same bytes. Triple formats write the union of the graphs.
 */
public final class Exporter {

    public static final String ALL = "all";

    private static final Pattern TYPE_NAME = Pattern.compile("[A-Z][A-Za-z]{1,40}");

    private final DekgStore store;

    public Exporter(DekgStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The graph IRI of a dataset name, or empty for {@code all}; throws for an unknown name. */
    public Optional<Node> graphOf(String dataset) {
        Objects.requireNonNull(dataset, "dataset");
        if (dataset.equals(ALL)) {
            return Optional.empty();
        }
        DatasetGraph dsg = store.dataset();
        List<String> candidates = dataset.contains(":")
                ? List.of(dataset)
                : List.of(Ids.GRAPH + dataset, Ids.reportGraph(dataset), Ids.GRAPH + "import/" + dataset);
        return Txn.calculateRead(dsg, () -> candidates.stream().map(NodeFactory::createURI)
                .filter(g -> dsg.containsGraph(g)).findFirst())
                .map(Optional::of)
                .orElseThrow(() -> new UnknownDatasetException(dataset));
    }

    /**
     * All quads of a dataset, read in one read transaction (in store order), as curated: a statement a
     * review withdrew (rejected or corrected) is left out of the graph that states it; the review records
     * and the corrected statements are in the reviews and curation graphs.
     */
    public List<Quad> quads(String dataset) {
        Optional<Node> graph = graphOf(dataset);
        DatasetGraph dsg = store.dataset();
        List<Quad> quads = new ArrayList<>();
        CurationState curation = Curation.of(store).current();
        Txn.executeRead(dsg, () -> dsg.find(graph.orElse(Node.ANY), Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> {
                    if (!curation.isWithdrawn(q)) {
                        quads.add(q);
                    }
                }));
        return quads;
    }

    /** Writes a dataset; {@code frameType} (JSON-LD only) frames the output on {@code dekg:<frameType>}. */
    public void export(String dataset, DumpFormat format, String frameType, boolean gzip, OutputStream out) {
        if (frameType != null) {
            checkFrameType(frameType);
        }
        List<Quad> quads = quads(dataset);
        try {
            OutputStream target = gzip ? new GZIPOutputStream(out, 1 << 16) : out;
            write(quads, format, frameType, target);
            if (gzip) {
                ((GZIPOutputStream) target).finish();
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] export(String dataset, DumpFormat format, String frameType, boolean gzip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        export(dataset, format, frameType, gzip, out);
        return out.toByteArray();
    }

    /**
     * Writes quads in {@link StableOrder} with Rio; for triple formats the graph component is dropped
     * and duplicate triples removed.
     */
    public static void write(Collection<Quad> quads, DumpFormat format, String frameType, OutputStream out) {
        List<Quad> ordered = format.quads() ? StableOrder.sort(quads) : StableOrder.sort(asTriples(quads));
        RDFWriter writer = Rio.createWriter(format.rio(), out);
        writer.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true);
        writer.getWriterConfig().set(BasicWriterSettings.INLINE_BLANK_NODES, format != DumpFormat.JSONLD);
        if (format == DumpFormat.JSONLD) {
            writer.getWriterConfig().set(JSONLDSettings.JSONLD_MODE, JSONLDMode.COMPACT);
            if (frameType != null) {
                writer.getWriterConfig().set(JSONLDSettings.JSONLD_MODE, JSONLDMode.FRAME);
                writer.getWriterConfig().set(JSONLDSettings.FRAME, JsonDocument.of(Json.createObjectBuilder()
                        .add("@context", PublishedContext.get().context())
                        .add("@type", "dekg:" + frameType).build()));
            }
        }
        writer.startRDF();
        PublishedContext.get().prefixes().forEach(writer::handleNamespace);
        for (Quad q : ordered) {
            writer.handleStatement(JenaRio.statement(q));
        }
        writer.endRDF();
    }

    private static List<Quad> asTriples(Collection<Quad> quads) {
        Set<Quad> triples = new LinkedHashSet<>();
        for (Quad q : quads) {
            triples.add(Quad.create(Quad.defaultGraphIRI, q.asTriple()));
        }
        return new ArrayList<>(triples);
    }

    /** A frame type must name a class of the ontology, e.g. {@code Project}. */
    public void checkFrameType(String frameType) {
        DatasetGraph dsg = store.dataset();
        Node cls = NodeFactory.createURI(DEKG.NS + frameType);
        boolean known = TYPE_NAME.matcher(frameType).matches() && Txn.calculateRead(dsg, () ->
                dsg.contains(NodeFactory.createURI(Ids.GRAPH_ONTOLOGY), cls, RDF.type.asNode(), OWL.Class.asNode()));
        if (!known) {
            throw new IllegalArgumentException("unknown frame type '" + frameType
                    + "': use the local name of a dekg: class, e.g. Project, Economy, Policy");
        }
    }

    /** A dataset name that is neither {@code all} nor the name of a graph in the store. */
    public static final class UnknownDatasetException extends RuntimeException {
        public UnknownDatasetException(String dataset) {
            super("unknown dataset '" + dataset + "': use all, ontology, reference, meta, a report or import slug, "
                    + "or a graph IRI");
        }
    }
}
