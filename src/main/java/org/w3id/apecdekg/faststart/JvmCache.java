package org.w3id.apecdekg.faststart;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The class cache a JVM of a given feature version can write in a training run and read at start:
 * the AOT cache of JEP 483/514 from JDK 25 on (loaded and linked classes, with method profiles), the
 * dynamic CDS archive of JEP 350 before (loaded classes only).
 *
 * @param feature  the JVM's feature version (17, 21, 25, …)
 * @param fileName the cache file's name
 */
public record JvmCache(int feature, String fileName) {

    /** The first JDK whose {@code -XX:AOTCacheOutput} trains and writes the cache in one run. */
    static final int AOT_CACHE_SINCE = 25;

    private static final Pattern SPEC_VERSION = Pattern.compile("java\\.specification\\.version = (\\d+)");

    public static JvmCache forFeature(int feature) {
        if (feature < 17) {
            throw new IllegalArgumentException("Java " + feature + " is too old: the application needs Java 17 or later");
        }
        return new JvmCache(feature, feature >= AOT_CACHE_SINCE ? "apec-dekg.aot" : "apec-dekg.jsa");
    }

    /**
     * The feature version in the output of {@code java -XshowSettings:properties -version}.
     *
     * @throws IllegalArgumentException when the output names none
     */
    public static int featureOf(String showSettingsOutput) {
        Matcher m = SPEC_VERSION.matcher(showSettingsOutput);
        if (!m.find()) {
            throw new IllegalArgumentException("no java.specification.version in the JVM's settings");
        }
        return Integer.parseInt(m.group(1));
    }

    public boolean isAotCache() {
        return feature >= AOT_CACHE_SINCE;
    }

    /** The JVM option of the training run that writes the cache to {@code cache} when the JVM exits. */
    public String writeOption(Path cache) {
        return (isAotCache() ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + cache;
    }

    /** The JVM option that reads the cache at start. */
    public String readOption(Path cache) {
        return (isAotCache() ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + cache;
    }

    /** The JVM options of a start in Spring's AOT mode with this cache. */
    public List<String> startOptions(Path cache) {
        return List.of(readOption(cache), "-Dspring.aot.enabled=true");
    }
}
