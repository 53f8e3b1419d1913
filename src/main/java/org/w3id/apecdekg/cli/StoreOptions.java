package org.w3id.apecdekg.cli;

import java.nio.file.Path;
import org.w3id.apecdekg.DekgProperties;
import org.w3id.apecdekg.bundle.PathCheck;
import picocli.CommandLine.Option;

/** The options that locate the store and the files, shared by commands as a picocli mixin. */
public final class StoreOptions {

    @Option(names = "--store", description = "TDB2 store directory (default ./var/store).")
    Path store;

    @Option(names = "--store-url", description = "Use the remote SPARQL 1.1 dataset at this URL instead of a TDB2 directory"
            + " (e.g. http://host:3030/ds; its default graph must be the union of its named graphs).")
    String storeUrl;

    @Option(names = "--data", description = "Data directory with reference/, reports/ and dictionaries/ (default ./data).")
    Path data;

    @Option(names = "--ontology", description = "Ontology file; shapes.ttl is read beside it (default ./ontology/dekg.ttl).")
    Path ontology;

    /**
     * The default configuration with the options given on the command line applied. The data directory
     * and the ontology file are checked first (given, or the default or its bundled copy):
     *
     * @throws org.w3id.apecdekg.bundle.BadPathException naming the path when one is missing or unreadable
     */
    public DekgProperties properties() {
        DekgProperties properties = unchecked();
        PathCheck.directory(properties.getData(), data != null ? "--data" : "default data directory");
        PathCheck.file(properties.getOntology(), ontology != null ? "--ontology" : "default ontology");
        return properties;
    }

    private DekgProperties unchecked() {
        DekgProperties properties = new DekgProperties();
        if (store != null) {
            properties.setStore(store);
        }
        if (storeUrl != null) {
            properties.setStoreUrl(storeUrl);
        }
        if (data != null) {
            properties.setData(data);
        }
        if (ontology != null) {
            properties.setOntology(ontology);
        }
        return properties;
    }
}
