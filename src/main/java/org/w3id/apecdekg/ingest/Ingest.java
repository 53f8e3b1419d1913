package org.w3id.apecdekg.ingest;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.w3id.apecdekg.DekgProperties;
import org.w3id.apecdekg.report.Dictionaries;
import org.w3id.apecdekg.report.ReportExtractor;
import org.w3id.apecdekg.store.DekgStore;
import org.w3id.apecdekg.vocab.Ids;

/** Assembles the loaders from configuration, for the server and the command line alike. */
public final class Ingest {

    private Ingest() {}

    /** A report loader using the dictionaries and reference data under {@code dekg.data}. */
    public static ReportLoader reportLoader(DekgProperties properties) {
        return reportLoader(properties, readReference(properties));
    }

    /** A report loader over reference data already read (e.g. just loaded into the store). */
    public static ReportLoader reportLoader(DekgProperties properties, Graph reference) {
        return new ReportLoader(extractor(properties, reference), properties.getMaxReportBytes(),
                properties.getData().resolve("dictionaries").resolve(MeetingIdentity.FILE));
    }

    public static ReportExtractor extractor(DekgProperties properties) {
        return extractor(properties, readReference(properties));
    }

    private static ReportExtractor extractor(DekgProperties properties, Graph reference) {
        return new ReportExtractor(Dictionaries.load(properties.getData().resolve("dictionaries"),
                ModelFactory.createModelForGraph(reference)));
    }

    private static Graph readReference(DekgProperties properties) {
        return ReferenceLoader.readReference(properties.getData().resolve("reference"));
    }

    /** Loads the ontology and reference data if the store has no reference graph yet. */
    public static void ensureReference(DekgStore store, DekgProperties properties) {
        DatasetGraph dsg = store.dataset();
        boolean present = Txn.calculateRead(dsg,
                () -> dsg.containsGraph(NodeFactory.createURI(Ids.GRAPH_REFERENCE)));
        if (!present) {
            ReferenceLoader.load(store, properties.getOntology(), properties.getData().resolve("reference"));
        }
    }
}
