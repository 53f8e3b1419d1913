package org.w3id.apecdekg.backup;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.apecdekg.store.DekgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code compact --store DIR}: TDB2 compaction (stop the server first, or use POST /admin/compact). */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Compact the TDB2 store: write a new generation without dead space and delete the old one.")
public final class CompactCommand implements Callable<Integer> {

    @Option(names = "--store", description = "TDB2 store directory (default ./var/store).")
    Path store = Path.of("var/store");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (DekgStore db = DekgStore.open(store)) {
            long[] sizes = StoreBackup.compact(db);
            spec.commandLine().getOut().printf("%s: %d bytes before, %d after%n", store, sizes[0], sizes[1]);
            return 0;
        }
    }
}
