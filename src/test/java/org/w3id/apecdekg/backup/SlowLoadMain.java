package org.w3id.apecdekg.backup;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.w3id.apecdekg.store.DekgStore;

/**
 * Child process of {@link KillDuringLoadIntegrationTests}: loads an N-Quads file into a store in
 * one write transaction and prints {@code started} once the first 20,000 quads are in, so the parent
 * knows it is killing it in the middle of the load.
 */
public final class SlowLoadMain {

    public static void main(String[] args) {
        try (DekgStore store = DekgStore.open(Path.of(args[0]))) {
            store.write(dsg -> {
                AtomicLong n = new AtomicLong();
                RDFParser.source(args[1]).lang(Lang.NQUADS).parse(new StreamRDFWrapper(StreamRDFLib.dataset(dsg)) {
                    @Override
                    public void quad(Quad quad) {
                        super.quad(quad);
                        if (n.incrementAndGet() == 20_000) {
                            System.out.println("started");
                            System.out.flush();
                        }
                    }
                });
            });
        }
        System.out.println("finished");
    }
}
