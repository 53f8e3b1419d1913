package org.w3id.apecdekg.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The harness settings, read from system properties {@code bench.*} (the Maven profile passes them
 * on). Defaults are those of the profile.
 *
 * @param scales       triples per generated dataset ({@code bench.scales}, default 100000)
 * @param seconds      duration of one load-test point in seconds ({@code bench.duration}, default 15)
 * @param clients      concurrent clients of the load-test points ({@code bench.clients}, default 1,16,64)
 * @param reports      synthetic report files loaded through the report loader ({@code bench.reports}, default 20)
 * @param rate         offered load of our server's constant-rate points (library through {@code /api/queries})
 *                     and of the floor points, in queries/s, or {@code auto} (half its closed-loop
 *                     throughput) ({@code bench.rate}, default 100)
 * @param compareRate  offered load of the side-by-side constant-rate points (ours/sparql and plain Fuseki,
 *                     the same work): {@code auto} (half the lower closed-loop throughput of the two, a load
 *                     both sustain, so that the p50 ratio is overhead and not queueing) or queries/s
 *                     ({@code bench.compare-rate}, default auto)
 * @param bulkLoader   TDB2 bulk loader for comparison: {@code phased}, {@code parallel}, {@code sequential}
 *                     or {@code none} ({@code bench.bulk})
 * @param seed         seed of the data generator and the request mix ({@code bench.seed})
 * @param work         working directory for data and stores ({@code bench.work})
 * @param results      directory of the dated result files ({@code bench.results}, default bench/results)
 * @param appJar       the packaged application jar ({@code bench.app.jar})
 * @param fusekiJar    the standalone Fuseki server jar ({@code bench.fuseki.jar})
 * @param serverJvm    JVM options of both servers ({@code bench.server.jvm}, default -Xmx1g)
 */
public record BenchConfig(List<Long> scales, int seconds, List<Integer> clients, int reports, String rate,
        String compareRate, String bulkLoader, long seed, Path work, Path results, Path appJar, Path fusekiJar, List<String> serverJvm) {

    public static BenchConfig fromSystemProperties() {
        return new BenchConfig(
                longs(prop("bench.scales", "100000")),
                Integer.parseInt(prop("bench.duration", "15")),
                longs(prop("bench.clients", "1,16,64")).stream().map(Long::intValue).toList(),
                Integer.parseInt(prop("bench.reports", "20")),
                prop("bench.rate", "100"),
                prop("bench.compare-rate", "auto"),
                prop("bench.bulk", "phased"),
                Long.parseLong(prop("bench.seed", "20240818")),
                Path.of(prop("bench.work", "target/bench")).toAbsolutePath(),
                Path.of(prop("bench.results", "bench/results")).toAbsolutePath(),
                Path.of(prop("bench.app.jar", "target/apec-dekg.jar")).toAbsolutePath(),
                Path.of(prop("bench.fuseki.jar", "target/bench-lib/jena-fuseki-server-5.6.0.jar")).toAbsolutePath(),
                Arrays.stream(prop("bench.server.jvm", "-Xmx1g").trim().split("\\s+")).filter(s -> !s.isEmpty())
                        .toList());
    }

    private static String prop(String name, String fallback) {
        String v = System.getProperty(name);
        return v == null || v.isBlank() || v.startsWith("${") ? fallback : v.trim();
    }

    private static List<Long> longs(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> (long) Double.parseDouble(s)).toList();
    }
}
