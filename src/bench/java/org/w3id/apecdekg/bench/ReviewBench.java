package org.w3id.apecdekg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.w3id.apecdekg.review.CuratedQuery;
import org.w3id.apecdekg.review.CurationState;
import org.w3id.apecdekg.store.DekgStore;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;

/**
 * Reviews (issue 20): do 1,000 reviews on a 10^6-triple store keep lookups within 10% of their latency
 * without reviews? A generated store ({@link DataGenerator}, {@code bench.reviews.scale} triples) is served
 * by the application jar with one editor configured (HTTP Basic, a bcrypt hash of the strength
 * {@code hash-password} uses). The lookups are the harness's own mix ({@link LoadDriver}: 90% lookups of
 * entities and of projects by number, 10% cached library aggregates) at 16 clients and {@code bench.rate}
 * (the "lookups p50/p99" target of issue 8), plus a point whose lookups are only of the reviewed subjects
 * (the lookups that get a curation filter), and a 16-client closed loop.
 *
 * <ol>
 * <li><b>Same JVM, before and after</b>: warm-up, the points ({@link #SAME_ROUNDS} rounds), then
 * {@code bench.reviews.count} reviews POSTed one after the other to {@code /api/facts/{id}/review} as the
 * editor (a mix of reject, confirm and correct on the co-sponsor, attendance, issuer, proposer and status
 * statements of entities the lookups read; a rejected co-sponsor is rejected in every report graph that
 * states it, so that the curated default graph leaves it out), each timed; correctness checks; a warm-up;
 * the points again.</li>
 * <li><b>A/B with restarts</b>: the store as it was before the reviews (a copy) and the reviewed store,
 * each served by a fresh JVM in turn, in alternating order (A B, B A, …), {@code bench.reviews.rounds} times (without reviews, with reviews,
 * without, …), each warmed up for 2 × {@code bench.duration}: the machine's drift falls on both alike.
 * The target is judged on the median of these rounds.</li>
 * </ol>
 *
 * <p>Settings: {@code bench.reviews} = {@code false} (default), {@code true} (after the scales and the
 * intake) or {@code only}; {@code bench.reviews.scale} (1000000), {@code bench.reviews.count} (1000),
 * {@code bench.reviews.mix} (reject, confirm, correct shares: 600,200,200), {@code bench.reviews.rounds} (3).
 */
final class ReviewBench {

    /** {@code true}, {@code false} or {@code only}. */
    static final String MODE = prop("bench.reviews", "false").toLowerCase(Locale.ROOT);
    static final long SCALE = (long) Double.parseDouble(prop("bench.reviews.scale", "1000000"));
    static final int COUNT = Integer.parseInt(prop("bench.reviews.count", "1000"));
    static final List<Integer> MIX = Arrays.stream(prop("bench.reviews.mix", "600,200,200").split(","))
            .map(String::trim).map(Integer::parseInt).toList();
    static final int ROUNDS = Math.max(1, Integer.parseInt(prop("bench.reviews.rounds", "3")));
    /** Rounds of the points before and after the reviews in the same JVM. */
    static final int SAME_ROUNDS = 2;
    static final int CLIENTS = 16;
    static final double TARGET_RATIO = 1.10;
    static final String USER = "bench-editor";
    static final String PASSWORD = "bench-editor-password";

    private static final String REPORT_GRAPHS = Ids.GRAPH + "report/";
    private static final Node CO = DEKG.coSponsoredBy.asNode();
    private static final Node PROPOSER = DEKG.proposedBy.asNode();
    private static final Node STATUS = DEKG.status.asNode();
    private static final Node ATTENDED = DEKG.attendedBy.asNode();
    private static final Node ISSUER = DEKG.issuedBy.asNode();

    /**
     * One review to send: the fact (a quad of a report graph), the verdict, a correction's new object; for a
     * rejection, whether every report graph stating the triple gets one (the curated default graph then leaves
     * it out).
     */
    record Planned(Quad fact, String verdict, Node newObject, boolean everyGraph) {
        String id() {
            return Ids.factId(fact.getSubject(), fact.getPredicate(), fact.getObject(), fact.getGraph());
        }
    }

    /** A measured point: which phase, which store, which workload. */
    record Measured(String phase, String store, String workload, int round, LoadDriver.Point point) {}

    static final class Result {
        Catalog catalog;
        double generateSeconds;
        LoadBench.Load load;
        final Map<String, Integer> planned = new LinkedHashMap<>();
        int reviewedSubjects;
        int hiddenTriples;
        int lookupIris;
        final Histogram reviewMicros = new Histogram(3_600_000_000L, 3);
        final List<Double> reviewMillis = new ArrayList<>();
        double reviewSeconds;
        int reviewErrors;
        String reviewErrorKinds = "";
        double bcryptMillis;
        int bcryptStrength;
        final List<Measured> points = new ArrayList<>();
        final List<String> checks = new ArrayList<>();
        boolean checksPassed = true;
        final Map<String, Double> curate = new LinkedHashMap<>();
        int withdrawnQuads;
        final Map<String, Double> startups = new LinkedHashMap<>();
        ServerProcess.Memory memoryBefore;
        ServerProcess.Memory memoryAfter;
        String loadAverageStart;
        String loadAverageEnd;
        List<String> serverJvm;
        double rate;
        int seconds;
    }

    private final BenchConfig config;
    private final Path basedir;
    private final Path dir;
    private final Result result = new Result();
    private final String hash;
    private final double rate;

    private ReviewBench(BenchConfig config, Path basedir) {
        this.config = config;
        this.basedir = basedir;
        this.dir = config.work().resolve("reviews");
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(); // the strength `hash-password` writes
        this.hash = encoder.encode(PASSWORD);
        double[] checks = new double[5];
        for (int i = 0; i < checks.length; i++) {
            long t0 = System.nanoTime();
            encoder.matches(PASSWORD, hash);
            checks[i] = (System.nanoTime() - t0) / 1e6;
        }
        result.bcryptMillis = BenchMain.median(checks);
        result.bcryptStrength = Integer.parseInt(hash.substring(4, 6));
        this.rate = config.rate().equals("auto") ? 100 : Double.parseDouble(config.rate());
        result.rate = rate;
        result.seconds = config.seconds();
        result.serverJvm = config.serverJvm();
    }

    static Result run(BenchConfig config, Path basedir) throws IOException {
        return new ReviewBench(config, basedir).run();
    }

    private Result run() throws IOException {
        result.loadAverageStart = IntakeBench.loadAverage();
        BenchMain.delete(dir);
        Files.createDirectories(dir);
        Path nq = dir.resolve("data.nq.gz");
        Path base = dir.resolve("store-before");
        Path reviewed = dir.resolve("store-reviewed");

        log("generating " + SCALE + " triples (seed " + config.seed() + ")");
        long t0 = System.nanoTime();
        result.catalog = new DataGenerator(config.seed()).write(nq, SCALE, basedir.resolve("ontology/dekg.ttl"),
                basedir.resolve("data/reference"));
        result.generateSeconds = (System.nanoTime() - t0) / 1e9;
        log(result.catalog + " in " + String.format(Locale.ROOT, "%.1f s", result.generateSeconds));
        log("loading N-Quads");
        result.load = LoadBench.nquads(nq, base);
        log(result.load.triples() + " quads in " + String.format(Locale.ROOT, "%.1f s", result.load.seconds()));

        List<Planned> plan = plan(base);
        BenchMain.copy(base, reviewed);
        curateCost(plan);

        Catalog all = result.catalog;
        Catalog touched = reviewedCatalog(plan);
        result.lookupIris = all.entityIris.size();
        LoadDriver mix = new LoadDriver(all, config.seed());
        LoadDriver onReviewed = new LoadDriver(touched, config.seed());
        int seconds = config.seconds();

        log("same JVM: the lookups, " + plan.size() + " reviews, the lookups again");
        try (ServerProcess server = start(reviewed, "same JVM")) {
            int port = this.port;
            Target target = Target.ours(port, null);
            mix.run(target, CLIENTS, 0, 2 * seconds);
            List<Check> checks = checks(plan);
            before(port, checks);
            for (int round = 1; round <= SAME_ROUNDS; round++) {
                points("same JVM", "without reviews", round, target, mix, onReviewed);
            }
            result.memoryBefore = server.memory();
            review(port, plan);
            after(port, checks);
            mix.run(target, CLIENTS, 0, 2 * seconds); // the new curation path compiled, the cache filled again
            for (int round = 1; round <= SAME_ROUNDS; round++) {
                points("same JVM", "with reviews", round, target, mix, onReviewed);
            }
            result.memoryAfter = server.memory();
        }
        log("A/B: fresh servers on the store without and with the reviews, " + ROUNDS + " rounds");
        for (int round = 1; round <= ROUNDS; round++) {
            // the order alternates (A B, B A, A B …): the second server of a round is not always the same store
            List<String> order = round % 2 == 1 ? List.of("without reviews", "with reviews")
                    : List.of("with reviews", "without reviews");
            for (String store : order) {
                try (ServerProcess server = start(store.equals("with reviews") ? reviewed : base, store + " " + round)) {
                    Target target = Target.ours(port, null);
                    mix.run(target, CLIENTS, 0, 2 * seconds);
                    points("A/B", store, round, target, mix, onReviewed);
                }
            }
        }
        result.loadAverageEnd = IntakeBench.loadAverage();
        BenchMain.delete(base);
        BenchMain.delete(reviewed);
        return result;
    }

    /** The three points: the harness's mix at the constant rate, the same on the reviewed subjects only, a closed loop. */
    private void points(String phase, String store, int round, Target target, LoadDriver mix, LoadDriver onReviewed) {
        int seconds = config.seconds();
        result.points.add(logged(new Measured(phase, store, "mix, rate", round, mix.run(target, CLIENTS, rate, seconds))));
        result.points.add(logged(new Measured(phase, store, "reviewed subjects, rate", round,
                onReviewed.run(target, CLIENTS, rate, seconds))));
        result.points.add(logged(new Measured(phase, store, "mix, closed", round, mix.run(target, CLIENTS, 0, seconds))));
    }

    private static Measured logged(Measured m) {
        LoadDriver.Point p = m.point();
        System.out.printf(Locale.ROOT, "bench: [reviews] %-8s %-15s %-24s r%d: %7.1f q/s, lookups p50 %6.2f ms, p99 %7.2f ms, "
                + "%d errors %s%n", m.phase(), m.store(), m.workload(), m.round(), p.throughput(),
                p.lookups().getValueAtPercentile(50) / 1e3, p.lookups().getValueAtPercentile(99) / 1e3, p.errors(),
                p.errors() > 0 ? p.errorKinds() : "");
        return m;
    }

    private int port;

    /** The application jar with one editor, as {@link BenchMain} starts it ({@code serve --port --store --data}). */
    private ServerProcess start(Path store, String what) {
        port = ServerProcess.freePort();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(config.serverJvm());
        cmd.add("-Ddekg.security.users[0].name=" + USER);
        cmd.add("-Ddekg.security.users[0].password-hash=" + hash);
        cmd.add("-Ddekg.security.users[0].roles=editor");
        cmd.addAll(List.of("-jar", config.appJar().toString(), "serve", "--port", Integer.toString(port),
                "--store", store.toString(), "--data", basedir.resolve("data").toString()));
        ServerProcess s = ServerProcess.start(cmd, basedir, dir.resolve("ours-" + port + ".log"), Target.ours(port, null).probe());
        result.startups.put(what, s.startupMillis());
        return s;
    }

    // ---- what to review ----------------------------------------------------------------------------------

    /**
     * Picks the reviews, seeded: entities in random order, each given one kind of review while its quota
     * lasts. Rejections: a co-sponsor of a project, an attending economy of a meeting or the issuer of a
     * policy, in every report graph that states it (three groups in four: the curated default graph then
     * leaves the triple out) or in one graph only (the others still state it). Confirmations: a project's
     * proposer in one report. Corrections: a project's status in one report, to another status.
     */
    private Set<Quad> withdrawn = Set.of();
    private Set<Triple> hidden = Set.of();

    private List<Planned> plan(Path storeDir) {
        int rejects = MIX.get(0) * COUNT / MIX.stream().mapToInt(Integer::intValue).sum();
        int confirms = MIX.get(1) * COUNT / MIX.stream().mapToInt(Integer::intValue).sum();
        int corrects = COUNT - rejects - confirms;
        Random random = new Random(config.seed());
        List<String> subjects = new ArrayList<>(result.catalog.entityIris);
        Collections.shuffle(subjects, random);
        List<Planned> plan = new ArrayList<>();
        Set<Triple> hidden = new HashSet<>();
        Set<String> reviewedSubjects = new LinkedHashSet<>();
        try (DekgStore store = DekgStore.open(storeDir)) {
            var dsg = store.dataset();
            Txn.executeRead(dsg, () -> {
                int[] left = {rejects, confirms, corrects};
                int groups = 0;
                for (String iri : subjects) {
                    if (left[0] + left[1] + left[2] == 0) {
                        break;
                    }
                    Node s = org.apache.jena.graph.NodeFactory.createURI(iri);
                    Map<Node, List<Quad>> byPredicate = new HashMap<>();
                    dsg.find(Node.ANY, s, Node.ANY, Node.ANY).forEachRemaining(q -> {
                        if (q.getGraph().isURI() && q.getGraph().getURI().startsWith(REPORT_GRAPHS)) {
                            byPredicate.computeIfAbsent(q.getPredicate(), k -> new ArrayList<>()).add(q);
                        }
                    });
                    // the kind: weighted by what is left of each quota
                    int pick = random.nextInt(left[0] + left[1] + left[2]);
                    int kind = pick < left[0] ? 0 : pick < left[0] + left[1] ? 1 : 2;
                    if (kind == 0) {
                        List<Quad> candidates = new ArrayList<>();
                        for (Node p : List.of(CO, ATTENDED, ISSUER)) {
                            candidates.addAll(byPredicate.getOrDefault(p, List.of()));
                        }
                        if (candidates.isEmpty()) {
                            continue;
                        }
                        Quad chosen = candidates.get(random.nextInt(candidates.size()));
                        List<Quad> stating = Iter.toList(dsg.find(Node.ANY, chosen.getSubject(), chosen.getPredicate(),
                                chosen.getObject())).stream().filter(q -> q.getGraph().getURI().startsWith(REPORT_GRAPHS))
                                .toList();
                        // one group in four: only the chosen report's statement (if others state it too)
                        boolean every = groups++ % 4 != 3 || stating.size() == 1;
                        List<Quad> quads = every ? stating : List.of(chosen);
                        if (quads.size() > left[0]) {
                            continue;
                        }
                        for (Quad q : quads) {
                            plan.add(new Planned(q, "reject", null, every));
                        }
                        left[0] -= quads.size();
                    } else if (kind == 1) {
                        List<Quad> candidates = byPredicate.getOrDefault(PROPOSER, List.of());
                        if (candidates.isEmpty()) {
                            continue;
                        }
                        plan.add(new Planned(candidates.get(random.nextInt(candidates.size())), "confirm", null, false));
                        left[1]--;
                    } else {
                        List<Quad> candidates = byPredicate.getOrDefault(STATUS, List.of());
                        if (candidates.isEmpty()) {
                            continue;
                        }
                        Quad q = candidates.get(random.nextInt(candidates.size()));
                        List<String> others = new ArrayList<>(Apec.STATUSES);
                        others.removeIf(st -> Ids.projectStatus(st).equals(q.getObject().getURI()));
                        Node to = org.apache.jena.graph.NodeFactory.createURI(Ids.projectStatus(
                                others.get(random.nextInt(others.size()))));
                        plan.add(new Planned(q, "correct", to, false));
                        left[2]--;
                    }
                    reviewedSubjects.add(iri);
                }
                // what the curated default graph will leave out: triples withdrawn (rejected or corrected) in
                // every report graph that states them
                Set<Quad> withdrawn = new HashSet<>();
                plan.stream().filter(p -> !p.verdict().equals("confirm")).forEach(p -> withdrawn.add(p.fact()));
                for (Quad w : withdrawn) {
                    if (Iter.toList(dsg.find(Node.ANY, w.getSubject(), w.getPredicate(), w.getObject())).stream()
                            .allMatch(withdrawn::contains)) {
                        hidden.add(w.asTriple());
                    }
                }
                this.withdrawn = withdrawn;
                this.hidden = hidden;
            });
        }
        Collections.shuffle(plan, random);
        Map<String, Integer> counts = new TreeMap<>();
        plan.forEach(p -> counts.merge(p.verdict() + (p.verdict().equals("reject") ? p.everyGraph()
                ? " (in every graph stating the triple)" : " (in one of the graphs)" : "") + " " + label(p.fact().getPredicate()), 1,
                Integer::sum));
        result.planned.putAll(counts);
        result.reviewedSubjects = reviewedSubjects.size();
        result.hiddenTriples = hidden.size();
        result.withdrawnQuads = withdrawn.size();
        log(plan.size() + " reviews planned on " + reviewedSubjects.size() + " subjects: " + counts);
        return plan;
    }

    private static String label(Node p) {
        return "dekg:" + p.getURI().substring(p.getURI().lastIndexOf('#') + 1).replaceAll("^.*/", "");
    }

    /** The reviewed subjects as a catalog: entity lookups of them, project-number lookups of the reviewed projects. */
    private Catalog reviewedCatalog(List<Planned> plan) {
        Map<String, String> numbers = new HashMap<>();
        for (String n : result.catalog.projectNumbers) {
            numbers.put(Ids.project(n), n);
        }
        Catalog c = new Catalog();
        Set<String> seen = new LinkedHashSet<>();
        for (Planned p : plan) {
            String s = p.fact().getSubject().getURI();
            if (seen.add(s)) {
                c.entityIris.add(s);
                if (numbers.containsKey(s)) {
                    c.projectNumbers.add(numbers.get(s));
                }
            }
        }
        if (c.projectNumbers.isEmpty()) {
            c.projectNumbers.addAll(result.catalog.projectNumbers);
        }
        return c;
    }

    /**
     * In the harness's JVM: what {@link CuratedQuery#curate} (run by {@code /sparql} on every query) costs per
     * lookup query with the reviews' state (the withdrawn quads and the triples left out, as the server works
     * them out) and with none — the CPU the rewrite adds, apart from HTTP and the machine's noise.
     */
    private void curateCost(List<Planned> plan) {
        CurationState with = new CurationState(1, List.of(), Map.of(), withdrawn, hidden, Set.of());
        CurationState without = new CurationState(1, List.of(), Map.of(), Set.of(), Set.of(), Set.of());
        Set<String> reviewed = new HashSet<>();
        plan.forEach(p -> reviewed.add(p.fact().getSubject().getURI()));
        String plainSubject = result.catalog.entityIris.stream().filter(i -> !reviewed.contains(i)).findFirst().orElseThrow();
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("entity lookup, subject without reviews", "SELECT ?p ?o WHERE { <" + plainSubject + "> ?p ?o } LIMIT 500");
        if (!hidden.isEmpty()) {
            queries.put("entity lookup, subject with a triple left out", "SELECT ?p ?o WHERE { <"
                    + hidden.iterator().next().getSubject().getURI() + "> ?p ?o } LIMIT 500");
        }
        queries.put("project by number", "SELECT ?project WHERE { ?project <" + DEKG.projectNumber.getURI() + "> \""
                + result.catalog.projectNumbers.get(0) + "\" }");
        for (var e : queries.entrySet()) {
            Query q = QueryFactory.create(e.getValue());
            for (int pass = 0; pass < 3; pass++) { // the first two passes warm the JIT
                for (int k = 0; k < 2; k++) {
                    CurationState state = k == 0 ? without : with;
                    int n = 50_000;
                    long t0 = System.nanoTime();
                    int changed = 0;
                    for (int i = 0; i < n; i++) {
                        changed += CuratedQuery.curate(q, state, true) != q ? 1 : 0;
                    }
                    double ns = (System.nanoTime() - t0) / (double) n;
                    if (pass == 2) {
                        result.curate.put(e.getKey() + (k == 0 ? ", no reviews" : ", " + plan.size() + " reviews"
                                + (changed > 0 ? " (filter added)" : " (unchanged)")), ns / 1e3);
                    }
                }
            }
        }
        log("CuratedQuery.curate per query (µs): " + result.curate);
    }

    // ---- the reviews -------------------------------------------------------------------------------------

    private void review(int port, List<Planned> plan) {
        String auth = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        Map<String, Integer> errors = new TreeMap<>();
        long t0 = System.nanoTime();
        int n = 0;
        for (Planned p : plan) {
            StringBuilder body = new StringBuilder("{\"verdict\":\"").append(p.verdict()).append("\",\"note\":\"")
                    .append(switch (p.verdict()) {
                        case "reject" -> "benchmark: not stated by the report";
                        case "confirm" -> "benchmark: checked against the report";
                        default -> "benchmark: the report says otherwise";
                    }).append("\",\"subject\":\"").append(p.fact().getSubject().getURI()).append('"');
            if (p.newObject() != null) {
                body.append(",\"object\":\"").append(p.newObject().getURI()).append('"');
            }
            body.append('}');
            long r0 = System.nanoTime();
            int status = post(URI.create("http://127.0.0.1:" + port + "/api/facts/" + p.id() + "/review"), auth,
                    body.toString());
            long micros = Math.max(1, (System.nanoTime() - r0) / 1000);
            if (status == 201) {
                result.reviewMicros.recordValue(micros);
                result.reviewMillis.add(micros / 1e3);
            } else {
                result.reviewErrors++;
                errors.merge(Integer.toString(status), 1, Integer::sum);
            }
            if (++n % 100 == 0) {
                log(n + " reviews posted, last " + String.format(Locale.ROOT, "%.1f ms", micros / 1e3));
            }
        }
        result.reviewSeconds = (System.nanoTime() - t0) / 1e9;
        result.reviewErrorKinds = errors.toString();
    }

    private static int post(URI uri, String auth, String json) {
        try {
            HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setConnectTimeout(5_000);
            c.setReadTimeout(120_000);
            c.setRequestProperty("Authorization", auth);
            c.setRequestProperty("Content-Type", "application/json");
            c.setRequestProperty("Accept", "application/json");
            try (OutputStream out = c.getOutputStream()) {
                out.write(json.getBytes(StandardCharsets.UTF_8));
            }
            int status = c.getResponseCode();
            try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
                if (in != null) {
                    byte[] answer = in.readAllBytes();
                    if (status != 201) {
                        System.out.println("bench: [reviews] " + status + " " + new String(answer, StandardCharsets.UTF_8));
                    }
                }
            }
            return status;
        } catch (IOException e) {
            return -1;
        }
    }

    // ---- correctness -------------------------------------------------------------------------------------

    /** A statement to look for in the entity lookup of its subject: there before, and after present or not. */
    record Check(String what, Triple triple, boolean presentAfter) {}

    /** A few of the rejections in every graph (left out afterwards), of one graph (kept), and corrections (new object in). */
    private List<Check> checks(List<Planned> plan) {
        List<Check> checks = new ArrayList<>();
        Set<Triple> seen = new HashSet<>();
        for (Planned p : plan) {
            if (p.verdict().equals("reject") && p.everyGraph() && seen.add(p.fact().asTriple())
                    && checks.stream().filter(c -> c.what().startsWith("rejected in every")).count() < 5) {
                checks.add(new Check("rejected in every graph stating it", p.fact().asTriple(), false));
            }
        }
        for (Planned p : plan) {
            if (p.verdict().equals("reject") && !p.everyGraph() && checks.stream().filter(c -> c.what().startsWith("rejected in one"))
                    .count() < 2) {
                checks.add(new Check("rejected in one of the report graphs stating it (the others still do)",
                        p.fact().asTriple(), true));
            }
        }
        for (Planned p : plan) {
            if (p.verdict().equals("correct") && checks.stream().filter(c -> c.what().startsWith("corrected")).count() < 3) {
                checks.add(new Check("corrected to " + p.newObject().getURI().replaceAll("^.*/", "") + ": the new object",
                        Triple.create(p.fact().getSubject(), p.fact().getPredicate(), p.newObject()), true));
            }
        }
        return checks;
    }

    private void before(int port, List<Check> checks) {
        for (Check c : checks) {
            if (c.what().startsWith("corrected")) {
                continue; // the new object may or may not be stated by another report before
            }
            boolean there = lookup(port, c.triple()).contains(pair(c.triple()));
            if (!there) {
                result.checksPassed = false;
            }
            result.checks.add("before the reviews, " + c.what() + ": " + nt(c.triple()) + " in the lookup of its subject: "
                    + (there ? "yes" : "**no**"));
        }
    }

    private void after(int port, List<Check> checks) {
        for (Check c : checks) {
            boolean there = lookup(port, c.triple()).contains(pair(c.triple()));
            boolean ok = there == c.presentAfter();
            result.checksPassed &= ok;
            result.checks.add("with the reviews, " + c.what() + ": " + nt(c.triple()) + " in the lookup of its subject: "
                    + (there ? "yes" : "no") + (ok ? " (as expected)" : " (**wrong**)"));
            if (!c.presentAfter()) {
                Triple t = c.triple();
                String spo = "<" + t.getSubject().getURI() + "> <" + t.getPredicate().getURI() + "> <" + t.getObject().getURI() + ">";
                boolean ask = ask(port, "ASK { " + spo + " }");
                boolean raw = ask(port, "ASK { GRAPH ?g { " + spo + " } }");
                boolean ok2 = !ask && raw;
                result.checksPassed &= ok2;
                result.checks.add("  `ASK { s p o }` on /sparql: " + ask + ", `ASK { GRAPH ?g { s p o } }`: " + raw
                        + (ok2 ? " (as expected: left out of the curated default graph, still in the report graphs)"
                                : " (**wrong**)"));
            }
        }
    }

    private static String pair(Triple t) {
        return t.getPredicate().getURI() + " " + t.getObject();
    }

    private static String nt(Triple t) {
        return "`" + t.getSubject().getURI().replaceAll("^.*/id/", "id:") + " " + label(t.getPredicate()) + " "
                + t.getObject().getURI().replaceAll("^.*/id/", "id:") + "`";
    }

    /** The harness's entity lookup ({@link Target#entity}) of the triple's subject: its (p o) pairs. */
    private static Set<String> lookup(int port, Triple t) {
        Set<String> out = new HashSet<>();
        URI uri = Target.ours(port, null).entity(t.getSubject().getURI());
        try (InputStream in = get(uri)) {
            ResultSet rs = ResultSetMgr.read(in, ResultSetLang.RS_JSON);
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                out.add(row.get("p").asNode().getURI() + " " + row.get("o").asNode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static boolean ask(int port, String query) {
        URI uri = URI.create("http://127.0.0.1:" + port + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        try (InputStream in = get(uri)) {
            return ResultSetMgr.readBoolean(in, ResultSetLang.RS_JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream get(URI uri) throws IOException {
        HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
        c.setRequestProperty("Accept", Target.JSON);
        if (c.getResponseCode() != 200) {
            throw new IOException(uri + ": " + c.getResponseCode());
        }
        return c.getInputStream();
    }

    // ---- the report --------------------------------------------------------------------------------------

    private static List<Measured> select(Result r, String phase, String store, String workload) {
        return r.points.stream().filter(m -> m.phase().equals(phase) && m.store().equals(store) && m.workload().equals(workload))
                .toList();
    }

    /** Median over rounds of the lookups' percentile {@code pct}, in ms. */
    private static double medianLookups(List<Measured> ms, double pct) {
        return BenchMain.median(ms.stream().mapToDouble(m -> m.point().lookups().getValueAtPercentile(pct) / 1e3).toArray());
    }

    private static double medianThroughput(List<Measured> ms) {
        return BenchMain.median(ms.stream().mapToDouble(m -> m.point().throughput()).toArray());
    }

    static String markdown(Result r) {
        StringBuilder b = new StringBuilder();
        b.append("## Reviews (issue 20)\n\n");
        b.append("Store: ").append(r.catalog).append(", generated in ").append(f1(r.generateSeconds)).append(" s; ")
                .append(r.load.triples()).append(" quads loaded in ").append(f1(r.load.seconds()))
                .append(" s (one transaction). Served by `java -jar apec-dekg.jar serve` (")
                .append(String.join(" ", r.serverJvm)).append(") with one editor (HTTP Basic, bcrypt strength ")
                .append(r.bcryptStrength).append(" as `hash-password` writes; one check of the password costs ")
                .append(f1(r.bcryptMillis)).append(" ms in the harness's JVM). Load average at the start ")
                .append(r.loadAverageStart).append(", at the end ").append(r.loadAverageEnd).append(".\n\n");
        b.append("Workloads, each for ").append(r.seconds).append(" s at ").append(CLIENTS).append(" clients: **mix, rate** — the ")
                .append("harness's mix (90% lookups: `SELECT ?p ?o { <iri> ?p ?o }` of a random project, meeting or policy "
                        + "of all ").append(r.lookupIris).append(", or a project by `dekg:projectNumber`; 10% cached library "
                        + "aggregates) at a constant ").append(f0(r.rate)).append(" q/s, latency from the scheduled send — the "
                        + "conditions of the lookup target of issue 8; **reviewed subjects, rate** — the same, but every lookup "
                        + "is of one of the ").append(r.reviewedSubjects).append(" reviewed subjects (the lookups that get a "
                        + "curation filter once a triple of their subject is left out); **mix, closed** — 16 clients back to "
                        + "back (throughput). Latencies are of the lookups only (HdrHistogram).\n\n");

        List<Measured> abBefore = select(r, "A/B", "without reviews", "mix, rate");
        List<Measured> abAfter = select(r, "A/B", "with reviews", "mix, rate");
        double p50b = medianLookups(abBefore, 50);
        double p50a = medianLookups(abAfter, 50);
        double p99b = medianLookups(abBefore, 99);
        double p99a = medianLookups(abAfter, 99);
        List<Measured> sBefore = select(r, "same JVM", "without reviews", "mix, rate");
        List<Measured> sAfter = select(r, "same JVM", "with reviews", "mix, rate");
        double sp50b = medianLookups(sBefore, 50);
        double sp50a = medianLookups(sAfter, 50);
        double sp99b = medianLookups(sBefore, 99);
        double sp99a = medianLookups(sAfter, 99);
        b.append("| target (issue 20) | without reviews | with ").append(r.reviewMillis.size())
                .append(" reviews | ratio | met |\n|---|---:|---:|---:|---|\n");
        b.append("| lookups p50 within +10% (A/B, fresh servers, median of ").append(abBefore.size()).append(" rounds) | ")
                .append(f2(p50b)).append(" ms | ").append(f2(p50a)).append(" ms | ").append(f2(p50a / p50b)).append(" | ")
                .append(p50a / p50b <= TARGET_RATIO ? "yes" : "**no**").append(" |\n");
        b.append("| lookups p99 within +10% (A/B, median of ").append(abBefore.size()).append(" rounds) | ")
                .append(f2(p99b)).append(" ms | ").append(f2(p99a)).append(" ms | ").append(f2(p99a / p99b)).append(" | ")
                .append(p99a / p99b <= TARGET_RATIO ? "yes" : "**no**").append(" |\n");
        b.append("| — the same JVM before and after the reviews, p50 (median of ").append(sBefore.size()).append(" rounds) | ")
                .append(f2(sp50b)).append(" ms | ").append(f2(sp50a)).append(" ms | ").append(f2(sp50a / sp50b)).append(" | ")
                .append(sp50a / sp50b <= TARGET_RATIO ? "yes" : "**no**").append(" |\n");
        b.append("| — the same JVM, p99 | ").append(f2(sp99b)).append(" ms | ").append(f2(sp99a)).append(" ms | ")
                .append(f2(sp99a / sp99b)).append(" | ").append(sp99a / sp99b <= TARGET_RATIO ? "yes" : "**no**").append(" |\n");
        List<Measured> rb = select(r, "A/B", "without reviews", "reviewed subjects, rate");
        List<Measured> ra = select(r, "A/B", "with reviews", "reviewed subjects, rate");
        b.append("| — lookups of the reviewed subjects only, p50 / p99 (A/B) | ").append(f2(medianLookups(rb, 50))).append(" / ")
                .append(f2(medianLookups(rb, 99))).append(" ms | ").append(f2(medianLookups(ra, 50))).append(" / ")
                .append(f2(medianLookups(ra, 99))).append(" ms | ").append(f2(medianLookups(ra, 50) / medianLookups(rb, 50)))
                .append(" / ").append(f2(medianLookups(ra, 99) / medianLookups(rb, 99))).append(" | |\n");
        List<Measured> cb = select(r, "A/B", "without reviews", "mix, closed");
        List<Measured> ca = select(r, "A/B", "with reviews", "mix, closed");
        b.append("| — closed loop, 16 clients, throughput (A/B) | ").append(f0(medianThroughput(cb))).append(" q/s | ")
                .append(f0(medianThroughput(ca))).append(" q/s | ").append(f2(medianThroughput(ca) / medianThroughput(cb)))
                .append(" | |\n");
        Histogram h = r.reviewMicros;
        b.append("| the reviews answered (201), no errors | | ").append(r.reviewMillis.size()).append(" of ")
                .append(r.reviewMillis.size() + r.reviewErrors).append(" | | ").append(r.reviewErrors == 0 ? "yes" : "**no** " + r.reviewErrorKinds)
                .append(" |\n");
        b.append("| rejected statements absent from lookups, raw facts kept (checks below) | | | | ")
                .append(r.checksPassed ? "yes" : "**no**").append(" |\n\n");

        b.append("### The reviews\n\n");
        b.append(r.reviewMillis.size() + r.reviewErrors).append(" POSTs to `/api/facts/{id}/review`, one after the other "
                + "(one client, HTTP Basic, `\"subject\"` given), on ").append(r.reviewedSubjects)
                .append(" subjects; ").append(r.withdrawnQuads).append(" statements withdrawn (rejected or corrected), ")
                .append(r.hiddenTriples).append(" triples withdrawn in every report graph that states them, which the "
                        + "curated default graph leaves out. Planned:\n\n| review | count |\n|---|---:|\n");
        r.planned.forEach((k, v) -> b.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        b.append("\n| requests | p50 (ms) | p90 | p99 | max | total (s) | reviews/s |\n|---|---:|---:|---:|---:|---:|---:|\n");
        b.append("| all ").append(h.getTotalCount()).append(" | ").append(f1(h.getValueAtPercentile(50) / 1e3)).append(" | ")
                .append(f1(h.getValueAtPercentile(90) / 1e3)).append(" | ").append(f1(h.getValueAtPercentile(99) / 1e3))
                .append(" | ").append(f1(h.getMaxValue() / 1e3)).append(" | ").append(f1(r.reviewSeconds)).append(" | ")
                .append(f1(h.getTotalCount() / r.reviewSeconds)).append(" |\n");
        int n = r.reviewMillis.size();
        List<int[]> ranges = n <= 300 ? List.of() : List.of(new int[] {0, 100}, new int[] {n / 2 - 50, n / 2 + 50},
                new int[] {n - 100, n});
        for (int[] range : ranges) {
            List<Double> part = r.reviewMillis.subList(range[0], range[1]);
            double[] v = part.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            if (v.length == 0) {
                continue;
            }
            b.append("| reviews ").append(range[0] + 1).append("–").append(range[1]).append(" | ").append(f1(v[v.length / 2]))
                    .append(" | ").append(f1(v[(int) (v.length * 0.9)])).append(" | ").append(f1(v[Math.min(v.length - 1,
                            (int) (v.length * 0.99))])).append(" | ").append(f1(v[v.length - 1])).append(" | | |\n");
        }
        b.append("\nEach review request includes the bcrypt check of the editor's password (HTTP Basic checks it on every "
                + "request: ").append(f1(r.bcryptMillis)).append(" ms measured in the harness).\n\n");

        if (!r.curate.isEmpty()) {
            b.append("`CuratedQuery.curate`, which `/sparql` runs on every query, timed in the harness's JVM (50,000 calls "
                    + "after two warm-up passes; ").append(r.withdrawnQuads).append(" withdrawn statements, ")
                    .append(r.hiddenTriples).append(" triples left out):\n\n| query, state | µs per call |\n|---|---:|\n");
            r.curate.forEach((k, v) -> b.append("| ").append(k).append(" | ").append(f2(v)).append(" |\n"));
            b.append("\n");
        }
        b.append("### Every point\n\n| phase | store | workload | round | q/s | lookups p50 (ms) | lookups p99 (ms) "
                + "| all p50 (ms) | all p99 (ms) | errors |\n|---|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Measured m : r.points) {
            LoadDriver.Point p = m.point();
            b.append("| ").append(m.phase()).append(" | ").append(m.store()).append(" | ").append(m.workload()).append(" | ")
                    .append(m.round()).append(" | ").append(f1(p.throughput())).append(" | ")
                    .append(f2(p.lookups().getValueAtPercentile(50) / 1e3)).append(" | ")
                    .append(f2(p.lookups().getValueAtPercentile(99) / 1e3)).append(" | ")
                    .append(f2(p.all().getValueAtPercentile(50) / 1e3)).append(" | ")
                    .append(f2(p.all().getValueAtPercentile(99) / 1e3)).append(" | ").append(p.errors()).append(" |\n");
        }
        b.append("\nSame JVM: one server, warmed up with a closed loop of 2 × duration, the points in ").append(SAME_ROUNDS)
                .append(" rounds, the reviews, another warm-up (the library cache was invalidated by the reviews), the "
                        + "points again. A/B: a fresh server per store and round, alternating, the order reversed every other round (A B, B A, …), each warmed up for 2 × duration.\n\n");
        if (r.memoryBefore != null && r.memoryAfter != null) {
            b.append("Memory of the same-JVM server (live heap after a full GC / RSS): without reviews ")
                    .append(f0(r.memoryBefore.liveMb())).append(" / ").append(f0(r.memoryBefore.rssMb())).append(" MB, with ")
                    .append(f0(r.memoryAfter.liveMb())).append(" / ").append(f0(r.memoryAfter.rssMb())).append(" MB.\n\n");
        }
        b.append("Startups (ms to the first answered `ASK {}`): ");
        b.append(String.join(", ", r.startups.entrySet().stream().map(e -> e.getKey() + " " + f0(e.getValue())).toList()))
                .append(".\n\n");
        b.append("### Correctness\n\n");
        r.checks.forEach(c -> b.append(c.startsWith("  ") ? "  - " + c.strip() : "- " + c).append("\n"));
        b.append("\n");
        return b.toString();
    }

    private static String f0(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String prop(String name, String fallback) {
        String v = System.getProperty(name);
        return v == null || v.isBlank() || v.startsWith("${") ? fallback : v.trim();
    }

    private static void log(String message) {
        System.out.println("bench: [reviews] " + message);
    }
}
