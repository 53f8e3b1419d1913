package org.w3id.apecdekg.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything measured at one scale. */
final class ScaleResult {

    /** One library query: first (cold) and repeated (warm) times in ms; -1 = error. */
    record LibraryTiming(String query, double oursCold, double oursCached, double oursSparql, double plainCold,
            double plainWarm) {}

    final long targetTriples;
    Catalog catalog;
    double generateSeconds;
    final List<LoadBench.Load> loads = new ArrayList<>();
    /** Seconds of each run of the N-Quads load, in run order (its median is {@code loads.get(0)}). */
    final List<Double> nquadsSeconds = new ArrayList<>();
    LoadBench.Reports reports;
    final Map<String, Double> startupMillis = new LinkedHashMap<>();
    /** Milliseconds of each of the repeated starts ({@link StartupBench}), by way of starting. */
    Map<String, List<Double>> startups = new LinkedHashMap<>();
    /** The name of the fast start among {@link #startups}; null when not measured. */
    String fastStart;
    final Map<String, ServerProcess.Memory> memory = new LinkedHashMap<>();
    final List<LibraryTiming> library = new ArrayList<>();
    final List<LoadDriver.Point> points = new ArrayList<>();
    /** One closed loop: a target at a client count. */
    record Loop(String target, int clients) {}

    /** Throughput (queries/s) of every round of each closed loop, in round order. */
    final Map<Loop, List<Double>> closedRounds = new LinkedHashMap<>();
    /** RDF4J's native store beside TDB2, in process; null when not measured ({@code bench.rdf4j=false}). */
    NativeStoreBench.Result rdf4j;

    ScaleResult(long targetTriples) {
        this.targetTriples = targetTriples;
    }

    LoadDriver.Point point(String target, String mode, int clients) {
        return points.stream().filter(p -> p.target().equals(target) && p.mode().equals(mode) && p.clients() == clients)
                .findFirst().orElse(null);
    }
}
