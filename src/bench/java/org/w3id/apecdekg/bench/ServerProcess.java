package org.w3id.apecdekg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server JVM started as a child process: the time until its first answered query, its heap (by
 * {@code jcmd GC.heap_info}) and resident set size ({@code /proc/PID/status} VmRSS).
 */
final class ServerProcess implements AutoCloseable {

    private static final Pattern HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");

    /** Heap in MB: used and committed now, used after a full GC (the live set), RSS. */
    record Memory(double heapUsedMb, double heapCommittedMb, double liveMb, double rssMb) {}

    private final Process process;
    private final double startupMillis;

    private ServerProcess(Process process, double startupMillis) {
        this.process = process;
        this.startupMillis = startupMillis;
    }

    /** Starts {@code command} in {@code dir}, output to {@code log}, and waits until {@code probe} answers 200. */
    static ServerProcess start(List<String> command, Path dir, Path log, URI probe) {
        return start(command, Map.of(), dir, log, probe);
    }

    /** As {@link #start(List, Path, Path, URI)}, with {@code environment} added to the process's. */
    static ServerProcess start(List<String> command, Map<String, String> environment, Path dir, Path log, URI probe) {
        try {
            long t0 = System.nanoTime();
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process p = builder.start();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            long deadline = t0 + TimeUnit.MINUTES.toNanos(10);
            while (System.nanoTime() < deadline) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("server exited with " + p.exitValue() + "; see " + log);
                }
                try {
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(30))
                            .header("Accept", "application/sparql-results+json").build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        return new ServerProcess(p, (System.nanoTime() - t0) / 1e6);
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
            p.destroyForcibly();
            throw new IllegalStateException("server did not answer within 10 minutes; see " + log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    double startupMillis() {
        return startupMillis;
    }

    Memory memory() {
        long[] now = heap(false);
        long[] live = heap(true);
        return new Memory(now[1] / 1024.0, now[0] / 1024.0, live[1] / 1024.0, rssKb() / 1024.0);
    }

    private long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return -1;
    }

    /** {total, used} in KB, after {@code GC.run} when {@code afterGc}; {-1,-1} when jcmd fails. */
    private long[] heap(boolean afterGc) {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        if (afterGc) {
            run(jcmd, Long.toString(process.pid()), "GC.run");
        }
        Matcher m = HEAP.matcher(run(jcmd, Long.toString(process.pid()), "GC.heap_info"));
        return m.find() ? new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))} : new long[] {-1, -1};
    }

    private static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(60, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
