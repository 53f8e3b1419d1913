package org.w3id.apecdekg.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real standalone Fuseki server ({@code org.apache.jena:jena-fuseki-server}, copied by the build
 * to {@code target/test-lib/}) in a child JVM on a free loopback port: one TDB2 dataset {@code /ds}
 * with query, update and Graph Store Protocol, and the union of named graphs as default graph.
 */
public final class StandaloneFuseki implements AutoCloseable {

    /** The configuration template shared with the browser tests' server.js. */
    private static final Path CONFIG = Path.of("src/test/resources/remote/fuseki-config.ttl");


    private final Process process;
    private final int port;
    private final Path log;

    private StandaloneFuseki(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the server with an empty dataset under {@code dir}, waiting until it answers. */
    public static StandaloneFuseki start(Path dir) {
        return start(dir, true);
    }

    /** As {@link #start(Path)}; {@code unionDefaultGraph} false gives a plain default graph (a misconfiguration here). */
    public static StandaloneFuseki start(Path dir, boolean unionDefaultGraph) {
        Path jar = Path.of(System.getProperty("dekg.test.fuseki.jar", "target/test-lib/jena-fuseki-server.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no Fuseki server jar at " + jar + ": run the tests with Maven");
        }
        try {
            Files.createDirectories(dir);
            Path config = dir.resolve("config.ttl");
            Files.writeString(config, Files.readString(CONFIG).replace("@LOCATION@", dir.resolve("db").toAbsolutePath().toString())
                    .replace("@UNION@", Boolean.toString(unionDefaultGraph)));
            int port = freePort();
            Path log = dir.resolve("fuseki.log");
            Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-jar", jar.toAbsolutePath().toString(),
                    "--localhost", "--port", Integer.toString(port), "--config", config.toString()))
                    .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            StandaloneFuseki fuseki = new StandaloneFuseki(p, port, log);
            fuseki.awaitReady(Duration.ofSeconds(90));
            return fuseki;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dataset URL, e.g. {@code http://127.0.0.1:PORT/ds}. */
    public String datasetUrl() {
        return "http://127.0.0.1:" + port + "/ds";
    }

    private void awaitReady(Duration limit) throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki exited: " + Files.readString(log));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/$/ping"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        close();
        throw new IllegalStateException("Fuseki did not answer within " + limit + ": " + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
