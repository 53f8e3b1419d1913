package org.w3id.apecdekg.backup;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.apecdekg.store.DekgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code backup --store DIR --out FILE.nq.gz}: a consistent gzipped N-Quads snapshot of a store. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write a gzipped N-Quads snapshot of the store (stop the server first, or use POST /admin/backup).")
public final class BackupCommand implements Callable<Integer> {

    @Option(names = "--store", description = "TDB2 store directory (default ./var/store).")
    Path store = Path.of("var/store");

    @Option(names = "--out", required = true, description = "Snapshot file, e.g. backup.nq.gz.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (DekgStore db = DekgStore.open(store)) {
            StoreBackup.Result r = StoreBackup.backup(db, out);
            spec.commandLine().getOut().printf("%s: %d quads, %d bytes%n", r.file(), r.quads(), r.bytes());
            return 0;
        }
    }
}
