package org.w3id.apecdekg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Drives a target with N clients for a fixed duration on a 90/10 mix: 90% lookups over SPARQL (half
 * entity by IRI, half project by number, random keys), 10% library aggregates (round robin). Two
 * modes: closed loop (each client sends its next request when the previous one answered: the
 * throughput the server sustains) and constant rate (clients send on a fixed schedule and latency is
 * measured from the scheduled send time, so a stalled server is not hidden: no coordinated omission).
 * Latencies go to HdrHistogram in microseconds. A third mode, floor, sends only {@code ASK {}} at the
 * same rate: what HTTP, the client and the machine cost before any query work.
 *
 * <p>The client is blocking ({@link HttpURLConnection}, connections kept alive, one per client thread):
 * the calling thread writes the request and reads the answer itself. {@code java.net.http.HttpClient}
 * hands every exchange between its selector thread, its executor and the caller; on this 2-core machine
 * those hand-offs added about 1.5 ms to every request at 16 clients and 100 q/s (measured 2026-11-27 with
 * both clients on the same server: {@code ASK {}} p50 3.2 ms with it, 1.9 ms blocking), which is the
 * client's cost, not the server's.
 */
final class LoadDriver {

    /** Library queries of the aggregate share of the mix. */
    static final List<String> AGGREGATES = List.of("cosponsorship-network", "kfa-coverage", "projects-by-forum",
            "economies-by-kfa", "policy-topic-counts", "projects-by-year");

    private static final long MAX_MICROS = 3_600_000_000L;

    /** One measured point. */
    record Point(String target, String mode, int clients, double offeredRate, double seconds, long ok, long errors,
            Histogram all, Histogram lookups, Histogram aggregates, String errorKinds) {
        double throughput() {
            return ok / seconds;
        }
    }

    static {
        // Idle kept-alive connections per server (JDK default 5): enough for every client thread, so
        // that 16 or 64 clients do not open a new connection for most requests. Read once, when the
        // JDK's keep-alive cache is first used.
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", "256");
        }
    }

    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int READ_TIMEOUT_MILLIS = 120_000;

    private final Catalog catalog;
    private final long seed;

    LoadDriver(Catalog catalog, long seed) {
        this.catalog = catalog;
        this.seed = seed;
    }

    /** {@code rate} ≤ 0: closed loop; else constant rate in requests/s over all clients. */
    Point run(Target target, int clients, double rate, int seconds) {
        return run(target, clients, rate, seconds, false);
    }

    /** Only {@code ASK {}}, at a constant rate: the floor under every request of the mix. */
    Point floor(Target target, int clients, double rate, int seconds) {
        return run(target, clients, rate, seconds, true);
    }

    private Point run(Target target, int clients, double rate, int seconds, boolean floor) {
        Histogram all = histogram();
        Histogram lookups = histogram();
        Histogram aggregates = histogram();
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        java.util.Map<String, Long> kinds = new java.util.concurrent.ConcurrentSkipListMap<>();
        long start = System.nanoTime() + 50_000_000L;
        long end = start + seconds * 1_000_000_000L;
        SplittableRandom root = new SplittableRandom(seed + clients);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            SplittableRandom random = root.split();
            long interval = rate > 0 ? (long) (clients * 1e9 / rate) : 0;
            long offset = rate > 0 ? interval * c / clients : 0;
            Thread t = new Thread(() -> {
                Histogram a = histogram();
                Histogram l = histogram();
                Histogram g = histogram();
                int aggregate = random.nextInt(AGGREGATES.size());
                long next = start + offset;
                while (true) {
                    long now = System.nanoTime();
                    if (rate > 0) {
                        if (next >= end) {
                            break;
                        }
                        while ((now = System.nanoTime()) < next) {
                            LockSupport.parkNanos(next - now);
                        }
                    } else if (now >= end) {
                        break;
                    } else if (now < start) {
                        LockSupport.parkNanos(start - now);
                        continue;
                    }
                    long sent = rate > 0 ? next : System.nanoTime();
                    boolean isAggregate = !floor && random.nextInt(10) == 0;
                    URI request;
                    if (floor) {
                        request = target.probe();
                    } else if (isAggregate) {
                        request = target.library(AGGREGATES.get(aggregate++ % AGGREGATES.size()));
                    } else if (random.nextBoolean()) {
                        request = target.entity(catalog.entityIris.get(random.nextInt(catalog.entityIris.size())));
                    } else {
                        request = target.projectByNumber(
                                catalog.projectNumbers.get(random.nextInt(catalog.projectNumbers.size())));
                    }
                    int status = status(request);
                    if (status / 100 == 2) {
                        long micros = Math.min(MAX_MICROS, Math.max(1, (System.nanoTime() - sent) / 1000));
                        a.recordValue(micros);
                        (isAggregate ? g : l).recordValue(micros);
                        ok.incrementAndGet();
                    } else {
                        errors.incrementAndGet();
                        kinds.merge(status < 0 ? "I/O error" : Integer.toString(status), 1L, Long::sum);
                    }
                    next += interval;
                }
                synchronized (all) {
                    all.add(a);
                    lookups.add(l);
                    aggregates.add(g);
                }
            }, "bench-client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        double elapsed = Math.max(seconds, (System.nanoTime() - start) / 1e9);
        return new Point(target.name(), floor ? "floor" : rate > 0 ? "rate" : "closed", clients, rate, elapsed, ok.get(), errors.get(),
                all, lookups, aggregates, kinds.toString());
    }

    /** One GET asking for SPARQL JSON, body read to the end; its HTTP status, or -1 on an I/O error. */
    int status(URI request) {
        try {
            HttpURLConnection c = (HttpURLConnection) request.toURL().openConnection();
            c.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
            c.setReadTimeout(READ_TIMEOUT_MILLIS);
            c.setRequestProperty("Accept", Target.JSON);
            int status = c.getResponseCode();
            // Reading to the end (and closing) returns the connection to the keep-alive cache.
            try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
                if (in != null) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
            return status;
        } catch (IOException e) {
            return -1;
        }
    }

    /** Milliseconds of one request, or -1 on error. */
    double time(URI request) {
        long t0 = System.nanoTime();
        return status(request) / 100 == 2 ? (System.nanoTime() - t0) / 1e6 : -1;
    }

    private static Histogram histogram() {
        return new Histogram(MAX_MICROS, 3);
    }
}
