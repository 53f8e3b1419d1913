package org.w3id.apecdekg.faststart;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fast-start [--java JVM] [--dir DIR]}: prepares the fast start of the server. Extracts the
 * packaged jar into {@code DIR} (Spring Boot's {@code jarmode=tools extract}), starts it once on
 * {@code JVM} as a {@link TrainingRun} in Spring's AOT mode over a throw-away store built from
 * {@code data/}, which writes the JVM's class cache ({@link JvmCache}), and writes {@code DIR/apec-dekg},
 * a launcher that starts the server with that cache. Run it from the directory the server runs from
 * (the training reads {@code data/}, {@code ontology/} and {@code queries/} there); the cache holds
 * only for that JVM and that {@code DIR}.
 */
@Command(name = "fast-start", mixinStandardHelpOptions = true,
        description = {"Prepare a fast start: extract this jar into DIR, train the JVM's class cache with one "
                + "start, and write DIR/apec-dekg, which starts the server with it.",
                "JDK 25 or later gets an AOT cache, JDK 17-24 a CDS archive."})
public final class FastStartCommand implements Callable<Integer> {

    static final String LAUNCHER = "apec-dekg";

    /** The JVM running this command: it extracts the jar, and is the default JVM to train. */
    private static final Path THIS_JVM = Path.of(System.getProperty("java.home"), "bin", "java");

    @Option(names = "--java", description = "The JVM to train and start with (default: this one, ${DEFAULT-VALUE}).")
    Path java = THIS_JVM;

    @Option(names = "--dir", description = "Where to put the extracted application, the cache and the launcher (default ${DEFAULT-VALUE}).")
    Path dir = Path.of("target", "fast-start");

    @Option(names = "--jar", description = "The packaged application (default: the jar this command runs from).")
    Path jar;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        try {
            return prepare();
        } catch (IllegalArgumentException | IllegalStateException e) {
            spec.commandLine().getErr().println("fast-start: " + e.getMessage());
            return 1;
        }
    }

    private int prepare() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path app = jar != null ? jar : Path.of(System.getProperty("java.class.path"));
        if (!isBootJar(app)) {
            throw new IllegalArgumentException(app + " is not the packaged application: run this command as "
                    + "'java -jar target/apec-dekg.jar fast-start', or name the jar with --jar");
        }
        Path jvm = java.toAbsolutePath();
        if (!Files.isExecutable(jvm)) {
            throw new IllegalArgumentException("no Java at " + jvm + " (--java names the java executable, e.g. "
                    + "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java)");
        }
        Path target = dir.toAbsolutePath().normalize();
        Files.createDirectories(target);
        JvmCache cache = JvmCache.forFeature(JvmCache.featureOf(output(List.of(jvm.toString(),
                "-XshowSettings:properties", "-version"), target.resolve("java-settings.log"))));

        run(List.of(THIS_JVM.toString(), "-Djarmode=tools", "-jar", app.toString(), "extract", "--force",
                "--destination", target.toString()), target.resolve("extract.log"), "extracting " + app);
        Path extracted = target.resolve(app.getFileName());
        Path cacheFile = target.resolve(cache.fileName());
        Files.deleteIfExists(cacheFile);

        Path store = Files.createTempDirectory("apec-dekg-training-");
        try {
            List<String> training = new ArrayList<>(List.of(jvm.toString(), cache.writeOption(cacheFile),
                    "-Dspring.aot.enabled=true", "-D" + TrainingRun.PROPERTY + "=true", "-Dserver.port=0",
                    "-Dserver.address=127.0.0.1", "-Ddekg.store=" + store, "-jar", extracted.toString()));
            out.printf("Training the %s on Java %d (one start over a store built from data/) ...%n",
                    cache.isAotCache() ? "AOT cache" : "CDS archive", cache.feature());
            out.flush();
            run(training, target.resolve("training.log"), "the training start");
        } finally {
            deleteTree(store);
        }
        if (!Files.isRegularFile(cacheFile)) {
            throw new IllegalStateException("the training start wrote no " + cacheFile + "; see " + target.resolve("training.log"));
        }
        Path launcher = writeLauncher(target, jvm, cache, cacheFile, extracted);
        out.printf("%s: %s (%d MB) for %s%n", cache.isAotCache() ? "AOT cache" : "CDS archive", cacheFile,
                Files.size(cacheFile) >> 20, jvm);
        out.printf("Start the server with %s (JAVA_OPTS adds JVM options; no arguments: serve, configured by "
                + "application properties or the environment, e.g. SERVER_PORT, DEKG_STORE)%n", launcher);
        return 0;
    }

    /** The launcher script: the JVM, the cache, Spring's AOT mode and the extracted jar, then the arguments. */
    static String launcherScript(Path jvm, JvmCache cache, Path cacheFile, Path extracted) {
        List<String> words = new ArrayList<>(List.of(quote(jvm.toString()), "$JAVA_OPTS"));
        cache.startOptions(cacheFile).forEach(o -> words.add(quote(o)));
        words.addAll(List.of("-jar", quote(extracted.toString()), "\"$@\""));
        return "#!/bin/sh\n"
                + "# Starts apec-dekg with the class cache trained by 'apec-dekg fast-start' for this JVM.\n"
                + "# JAVA_OPTS adds JVM options; the arguments go to apec-dekg (none: serve).\n"
                + "exec " + String.join(" ", words) + "\n";
    }

    private static Path writeLauncher(Path target, Path jvm, JvmCache cache, Path cacheFile, Path extracted)
            throws IOException {
        Path launcher = target.resolve(LAUNCHER);
        Files.writeString(launcher, launcherScript(jvm, cache, cacheFile, extracted), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        return launcher;
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static boolean isBootJar(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (JarFile jarFile = new JarFile(file.toFile())) {
            return jarFile.getEntry("BOOT-INF/classes/") != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static void run(List<String> command, Path log, String what) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException(what + " did not end within 10 minutes; see " + log);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException(what + " failed with exit status " + p.exitValue() + "; see " + log);
        }
    }

    private static String output(List<String> command, Path log) throws IOException, InterruptedException {
        run(command, log, String.join(" ", command));
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the training store " + root, e);
        }
    }
}
