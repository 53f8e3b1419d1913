package org.w3id.apecdekg.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RiotException;
import org.w3id.apecdekg.store.DekgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restore --store DIR [--force] FILE.nq.gz}: rebuilds a store from a snapshot, in one transaction. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Rebuild a store from a snapshot (N-Quads, gzipped or not). Refuses a non-empty store unless --force.")
public final class RestoreCommand implements Callable<Integer> {

    @Option(names = "--store", description = "TDB2 store directory (default ./var/store).")
    Path store = Path.of("var/store");

    @Option(names = "--force", description = "Replace the content of a non-empty store.")
    boolean force;

    @Parameters(index = "0", paramLabel = "FILE", description = "Snapshot written by backup.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("error: no such file: " + file);
            return 1;
        }
        try (DekgStore db = DekgStore.open(store)) {
            long quads = StoreBackup.restore(file, db, force);
            spec.commandLine().getOut().printf("%s: restored %d quads from %s%n", store, quads, file);
            return 0;
        } catch (IllegalStateException | RiotException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage() + " (store unchanged)");
            return 1;
        } catch (IllegalArgumentException e) { // a malformed snapshot: the message names file, line and column
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
    }
}
