package org.w3id.apecdekg.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a path property left at its default points: the default itself when it exists in the working
 * directory (running from the repository uses its {@code data/}, {@code ontology/} and {@code queries/},
 * so edits take effect without a rebuild), else the same path in the {@link Bundle bundle} unpacked
 * once per process into {@code ${dekg.bundle.cache}} (default {@code java.io.tmpdir}). A path that was
 * set explicitly never comes here: it is used as given.
 */
public final class BundledDefaults {

    /** System property naming the directory the bundle is unpacked into (default {@code java.io.tmpdir}). */
    public static final String CACHE_PROPERTY = "dekg.bundle.cache";

    private static final Logger LOG = LoggerFactory.getLogger(BundledDefaults.class);

    private static Optional<Path> unpacked;

    private BundledDefaults() {}

    /**
     * {@code defaultPath} when it exists (or is absolute), else its bundled copy when the bundle has it,
     * else {@code defaultPath} unchanged (the caller then reports it missing).
     */
    public static Path resolve(Path defaultPath) {
        if (defaultPath == null || defaultPath.isAbsolute() || Files.exists(defaultPath)) {
            return defaultPath;
        }
        Path relative = defaultPath.normalize();
        if (relative.toString().isEmpty() || relative.startsWith("..")) {
            return defaultPath;
        }
        return directory().map(dir -> dir.resolve(relative.toString())).filter(Files::exists).orElse(defaultPath);
    }

    /** The unpacked bundle of this process's classpath, unpacked on first use; empty when there is no bundle. */
    public static synchronized Optional<Path> directory() {
        if (unpacked == null) {
            Bundle bundle = Bundle.fromClasspath(BundledDefaults.class.getClassLoader());
            if (bundle.isEmpty()) {
                unpacked = Optional.empty();
            } else {
                Path parent = cacheParent();
                try {
                    Path dir = bundle.extractTo(parent);
                    LOG.debug("Bundled ontology, data and queries in {}", dir);
                    unpacked = Optional.of(dir);
                } catch (IOException e) {
                    throw new BadPathException(parent, parent + ": cannot unpack the bundled ontology, data and queries ("
                            + PathCheck.reason(e) + "; set -D" + CACHE_PROPERTY + "=DIR, or name the data, ontology"
                            + " and queries paths explicitly)", e);
                }
            }
        }
        return unpacked;
    }

    private static Path cacheParent() {
        String configured = System.getProperty(CACHE_PROPERTY);
        return Path.of(configured != null && !configured.isBlank() ? configured : System.getProperty("java.io.tmpdir"));
    }
}
