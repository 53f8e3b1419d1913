package org.w3id.apecdekg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Startup to the first answered query, {@code bench.starts} times per way of starting (the machine's
 * spread between two starts is ±10%), on the store of the scale: our jar with {@code java -jar} on the
 * harness's JVM, our fast start ({@code apec-dekg fast-start}: Spring AOT mode and a class cache trained
 * by one start) on {@code bench.fast-start.java}, and standalone Fuseki on both JVMs. Our server starts
 * without arguments, configured by system properties — the start the fast-start launcher makes; with
 * {@code serve --port …} the command-line parser adds ~0.3 s.
 */
final class StartupBench {

    /** Starts per way of starting ({@code bench.starts}, default 5). */
    static final int STARTS = Math.max(1, Integer.getInteger("bench.starts", 5));

    private static final Pattern RELEASE_VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");

    /** One way of starting a server (on a free port of its own), returned once it answered a query. */
    interface Start {
        ServerProcess start();
    }

    private StartupBench() {
    }

    /** Milliseconds of each start, by the name of the way of starting, in insertion order. */
    static Map<String, List<Double>> measure(Map<String, Start> starts) {
        Map<String, List<Double>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Start> e : starts.entrySet()) {
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < STARTS; i++) {
                try (ServerProcess server = e.getValue().start()) {
                    ms.add(server.startupMillis());
                }
            }
            System.out.printf("bench:   startup %-45s %s ms%n", e.getKey(), ms.stream().map(v -> String.format("%.0f", v)).toList());
            out.put(e.getKey(), ms);
        }
        return out;
    }

    /**
     * {@code bench.fast-start.java}, or with {@code auto} (the default) the newest JDK under
     * {@code /usr/lib/jvm} by its {@code release} file when it is newer than the harness's, else the
     * harness's own {@code java}.
     */
    static Path fastStartJava() {
        String configured = System.getProperty("bench.fast-start.java", "auto");
        Path own = Path.of(System.getProperty("java.home"), "bin", "java");
        if (!configured.equals("auto")) {
            return Path.of(configured);
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return own;
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            Optional<Path> newest = homes.filter(h -> Files.isExecutable(h.resolve("bin/java")))
                    .filter(h -> feature(h) > Runtime.version().feature())
                    .max(Comparator.comparingInt(StartupBench::feature));
            return newest.map(h -> h.resolve("bin/java")).orElse(own);
        } catch (IOException e) {
            return own;
        }
    }

    /** The feature version of the JDK of {@code java} (…/bin/java), by its {@code release} file; 0 if unknown. */
    static int featureOfJava(Path java) {
        Path home = java.toAbsolutePath().getParent().getParent();
        return home == null ? 0 : feature(home);
    }

    private static int feature(Path javaHome) {
        try {
            Matcher m = RELEASE_VERSION.matcher(Files.readString(javaHome.resolve("release"), StandardCharsets.UTF_8));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Runs {@code apec-dekg fast-start} for {@code java} into {@code dir}; returns the launcher. */
    static Path prepareFastStart(Path appJar, Path java, Path dir, Path basedir) {
        Path harnessJava = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = dir.resolve("fast-start.log");
        try {
            Files.createDirectories(dir);
            Process p = new ProcessBuilder(harnessJava.toString(), "-jar", appJar.toString(), "fast-start", "--java",
                    java.toString(), "--dir", dir.toString()).directory(basedir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("apec-dekg fast-start failed; see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return dir.resolve("apec-dekg");
    }
}
