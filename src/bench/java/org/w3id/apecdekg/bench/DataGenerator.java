package org.w3id.apecdekg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.apecdekg.ApecDekg;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;
import org.w3id.apecdekg.vocab.PROV;

/**
 * Seeded generator of APEC-like data as gzipped N-Quads: the real ontology and reference data in their
 * graphs, then synthetic report graphs (one per report) until the target number of quads is reached.
 * Each report graph holds a meeting with attendance, 20-40 projects drawn from a shared pool (so the
 * same project gets statuses from several reports), a few policies, and one {@code dekg:Evidence} node
 * per fact, as the extractor writes them; the meta graph gets the report and its load run.
 * Co-sponsorship, fora and KFAs are Zipf-skewed. The same seed and target give the same file.
 */
final class DataGenerator {

    private static final Node META = uri(Ids.GRAPH_META);
    private static final Node FOAF_DOCUMENT = uri("http://xmlns.com/foaf/0.1/Document");
    private static final double QUADS_PER_REPORT = 2_000;

    private final SplittableRandom random;
    private final Zipf economies = new Zipf(Apec.ECONOMIES.size(), 1.1);
    private final Zipf fora = new Zipf(Apec.FORA.size(), 1.2);
    private final Zipf kfas = new Zipf(11, 0.8);
    private final List<Integer> economyRank;
    private final Catalog catalog = new Catalog();
    private StreamRDF out;
    private Node graph;
    private List<Pool> pool;

    /** A project of the shared pool: number, proposer and co-sponsors fixed, status advancing by report. */
    private record Pool(String number, String suffix, int forum, int proposer, List<Integer> coSponsors,
            List<Integer> kfas, int topic, int kind) {}

    DataGenerator(long seed) {
        this.random = new SplittableRandom(seed);
        List<Integer> ranks = new ArrayList<>();
        for (int i = 0; i < Apec.ECONOMIES.size(); i++) {
            ranks.add(i);
        }
        java.util.Collections.shuffle(ranks, new java.util.Random(seed));
        this.economyRank = ranks;
    }

    /** Writes about {@code targetQuads} quads to {@code file} (gzipped if it ends in .gz); returns what it wrote. */
    Catalog write(Path file, long targetQuads, Path ontology, Path referenceDir) {
        try (OutputStream os = open(file)) {
            out = StreamRDFWriter.getWriterStream(os, Lang.NQUADS);
            out.start();
            copy(ontology, Ids.GRAPH_ONTOLOGY);
            try (var files = Files.list(referenceDir)) {
                for (Path ttl : files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList()) {
                    copy(ttl, Ids.GRAPH_REFERENCE);
                }
            }
            int reports = (int) Math.max(1, Math.round((targetQuads - catalog.quads) / QUADS_PER_REPORT));
            pool = projects(Math.max(30, reports * 10));
            for (int r = 0; catalog.quads < targetQuads; r++) {
                report(r);
            }
            out.finish();
            return catalog;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OutputStream open(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        return file.toString().endsWith(".gz") ? new GZIPOutputStream(os, 1 << 16) : os;
    }

    private void copy(Path turtle, String graphIri) {
        Node g = uri(graphIri);
        RDFDataMgr.loadGraph(turtle.toString()).find().forEach(t -> emit(g, t));
    }

    private List<Pool> projects(int n) {
        int[][] counters = new int[Apec.FORA.size()][12];
        List<Pool> projects = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int forum = fora.next(random);
            int yearIndex = random.nextInt(12);
            int nn = ++counters[forum][yearIndex];
            String suffix = List.of("", "A", "S", "S", "T").get(random.nextInt(5));
            String number = Apec.FORA.get(forum) + " " + (nn < 10 ? "0" + nn : String.valueOf(nn)) + " "
                    + (2014 + yearIndex) + suffix;
            int proposer = economy();
            Set<Integer> co = new LinkedHashSet<>();
            int wanted = Math.min(10, (int) Math.floor(-Math.log(1 - random.nextDouble()) * 3));
            while (co.size() < wanted) {
                int e = economy();
                if (e != proposer) {
                    co.add(e);
                }
            }
            List<Integer> k = new ArrayList<>(List.of(kfas.next(random) + 1));
            if (random.nextInt(3) == 0) {
                int second = kfas.next(random) + 1;
                if (!k.contains(second)) {
                    k.add(second);
                }
            }
            projects.add(new Pool(number, suffix, forum, proposer, List.copyOf(co), k,
                    random.nextInt(Apec.TOPICS_EN.size()), random.nextInt(Apec.KINDS_EN.size())));
        }
        catalog.projects = n;
        projects.forEach(p -> {
            catalog.projectNumbers.add(p.number);
            catalog.entityIris.add(Ids.project(p.number));
        });
        return projects;
    }

    private int economy() {
        return economyRank.get(economies.next(random));
    }

    private void report(int r) {
        int forum = fora.next(random);
        int year = 2014 + random.nextInt(12);
        String slug = "synthetic-" + Apec.FORA.get(forum).toLowerCase(java.util.Locale.ROOT) + "-" + year + "-" + r;
        String reportIri = Ids.report(slug);
        graph = uri(Ids.reportGraph(slug));
        LocalDate date = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        long before = catalog.quads;
        String meeting = meeting(slug, reportIri, forum, date);
        int projects = 20 + random.nextInt(21);
        for (int i = 0; i < projects; i++) {
            project(pool.get(random.nextInt(pool.size())), slug, reportIri, meeting, year, i);
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            policy(slug, reportIri, date, i);
        }
        Node report = uri(reportIri);
        graph = META;
        add(report, RDF.type.asNode(), DEKG.Report);
        add(report, RDF.type.asNode(), PROV.Entity);
        add(report, RDF.type.asNode(), FOAF_DOCUMENT);
        add(report, DCTerms.title.asNode(), NodeFactory.createLiteralLang(
                "出席 " + year + " 年 APEC " + Apec.FORA_ZH.get(forum) + "會議出國報告（合成 " + r + "）", "zh-Hant"));
        add(report, DCTerms.date.asNode(), date(date.plusMonths(2)));
        add(report, DCTerms.language.asNode(), NodeFactory.createLiteralString("zh-Hant"));
        add(report, DEKG.reportingEconomy, uri(Ids.economy("TW")));
        add(report, DEKG.sourceFile, NodeFactory.createLiteralString(slug + ".zh.md"));
        add(report, DEKG.sha256, NodeFactory.createLiteralString(hex(slug, 32)));
        add(report, DEKG.reportsOn, uri(meeting));
        Node run = uri(Ids.ID + "load-run/" + slug);
        add(run, RDF.type.asNode(), DEKG.LoadRun);
        add(run, RDF.type.asNode(), PROV.Activity);
        add(run, PROV.used.asNode(), report);
        add(run, DEKG.softwareVersion, NodeFactory.createLiteralString("apec-dekg " + ApecDekg.VERSION));
        Node g = uri(Ids.reportGraph(slug));
        add(g, PROV.wasGeneratedBy.asNode(), run);
        add(g, PROV.wasDerivedFrom.asNode(), report);
        add(g, DEKG.tripleCount, NodeFactory.createLiteralDT(Long.toString(catalog.quads - before),
                XSDDatatype.XSDinteger));
        catalog.reports++;
    }

    private String meeting(String slug, String reportIri, int forum, LocalDate date) {
        String iri = Ids.event(slug + "-meeting");
        catalog.entityIris.add(iri);
        Node m = uri(iri);
        String acronym = Apec.FORA.get(forum);
        add(m, RDF.type.asNode(), DEKG.Meeting);
        add(m, RDF.type.asNode(), DEKG.Event);
        add(m, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(acronym + " Meeting " + date.getYear()
                + " (" + slug + ")", "en"));
        add(m, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(Apec.FORA_ZH.get(forum) + date.getYear()
                + " 年會議（" + slug + "）", "zh-Hant"));
        add(m, DEKG.startDate, date(date));
        add(m, DEKG.endDate, date(date.plusDays(1 + random.nextInt(3))));
        add(m, DEKG.venue, NodeFactory.createLiteralString("Venue " + random.nextInt(50)));
        add(m, DEKG.hostEconomy, uri(Ids.economy(Apec.ECONOMIES.get(economy()))));
        add(m, DEKG.forum, uri(Ids.forum(acronym)));
        int attending = 10 + random.nextInt(12);
        List<Integer> order = new ArrayList<>(economyRank);
        for (int i = 0; i < attending; i++) {
            Node e = uri(Ids.economy(Apec.ECONOMIES.get(order.get(i))));
            fact(m, DEKG.attendedBy, e, slug, reportIri, "參 > 一、會議出席", 40 + i,
                    "出席經濟體計有" + Apec.ECONOMY_ZH.get(order.get(i)) + "等 " + attending + " 個會員經濟體");
        }
        add(m, DEKG.attendanceCount, integer(attending));
        add(m, DEKG.quorum, integer(14));
        add(m, DEKG.quorumReached, NodeFactory.createLiteralDT(Boolean.toString(attending >= 14),
                XSDDatatype.XSDboolean));
        return iri;
    }

    private void project(Pool p, String slug, String reportIri, String meeting, int year, int row) {
        Node s = uri(Ids.project(p.number));
        int line = 400 + row;
        String quote = Apec.ECONOMY_ZH.get(p.proposer) + "\t「" + Apec.TOPICS_ZH.get(p.topic) + Apec.KINDS_ZH.get(p.kind)
                + "」（" + p.number + "）\t此計畫由多個經濟體共同連署。";
        String path = "參 > (七) 各經濟體更新計畫進度";
        add(s, RDF.type.asNode(), DEKG.Project);
        add(s, DEKG.projectNumber, NodeFactory.createLiteralString(p.number));
        add(s, SKOS.notation.asNode(), NodeFactory.createLiteralString(p.number));
        add(s, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(p.number.replace(' ', '_')));
        add(s, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(Apec.KINDS_EN.get(p.kind) + " "
                + Apec.TOPICS_EN.get(p.topic) + " (" + p.number + ")", "en"));
        add(s, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(Apec.TOPICS_ZH.get(p.topic)
                + Apec.KINDS_ZH.get(p.kind) + "（" + p.number + "）", "zh-Hant"));
        add(s, DEKG.forum, uri(Ids.forum(Apec.FORA.get(p.forum))));
        add(s, DEKG.fundingSource, uri(Ids.fundingSource(Apec.suffixFunding(p.suffix))));
        add(s, DEKG.hasEvent, uri(meeting));
        fact(s, DEKG.proposedBy, uri(Ids.economy(Apec.ECONOMIES.get(p.proposer))), slug, reportIri, path, line, quote);
        for (int c : p.coSponsors) {
            fact(s, DEKG.coSponsoredBy, uri(Ids.economy(Apec.ECONOMIES.get(c))), slug, reportIri, path, line, quote);
        }
        int projectYear = Integer.parseInt(p.number.replaceAll("^\\S+ \\S+ ([0-9]{4}).*$", "$1"));
        int status = Math.max(0, Math.min(2, year - projectYear + random.nextInt(2) - 1));
        fact(s, DEKG.status, uri(Ids.projectStatus(Apec.STATUSES.get(status))), slug, reportIri, path, line, quote);
        for (int k : p.kfas) {
            fact(s, DEKG.addressesFocusArea, uri(Ids.kfa(k)), slug, reportIri, path, line, quote);
        }
    }

    private void policy(String slug, String reportIri, LocalDate date, int i) {
        int issuer = economy();
        int topic = random.nextInt(Apec.TOPICS_EN.size());
        String iri = Ids.ID + "policy/" + Apec.ECONOMIES.get(issuer) + "-" + hex(slug + i, 8);
        catalog.entityIris.add(iri);
        Node s = uri(iri);
        add(s, RDF.type.asNode(), DEKG.Policy);
        add(s, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(Apec.TOPICS_EN.get(topic) + " Act "
                + date.getYear() + " " + i, "en"));
        add(s, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(Apec.TOPICS_ZH.get(topic) + "法（" + slug + "-"
                + i + "）", "zh-Hant"));
        add(s, DCTerms.date.asNode(), date(date.minusMonths(random.nextInt(24))));
        add(s, DEKG.policyType, uri(Ids.policyType(List.of("law", "strategy", "framework", "guideline", "bill")
                .get(random.nextInt(5)))));
        add(s, DEKG.topic, uri(Ids.policyTopic(List.of("ai-governance", "digital-identity", "privacy", "cybersecurity",
                "consumer-protection", "digital-inclusion", "data-governance", "online-fraud").get(topic % 8))));
        fact(s, DEKG.issuedBy, uri(Ids.economy(Apec.ECONOMIES.get(issuer))), slug, reportIri, "參 > 數位政策", 600 + i,
                Apec.ECONOMY_ZH.get(issuer) + "：分享" + Apec.TOPICS_ZH.get(topic) + "政策");
    }

    /** The fact itself and its evidence node (8 quads) in the current report graph. */
    private void fact(Node s, Resource p, Node o, String slug, String reportIri, String path, int line, String quote) {
        add(s, p, o);
        Node e = uri(Ids.ID + "evidence/" + slug + "-" + hex(s.getURI() + p.getURI() + o + line, 16));
        add(e, RDF.type.asNode(), DEKG.Evidence);
        add(e, RDF.subject.asNode(), s);
        add(e, RDF.predicate.asNode(), p.asNode());
        add(e, RDF.object.asNode(), o);
        add(e, PROV.wasDerivedFrom.asNode(), uri(reportIri));
        add(e, DEKG.sectionPath, NodeFactory.createLiteralString(path));
        add(e, DEKG.lineNumber, integer(line));
        add(e, DEKG.quote, NodeFactory.createLiteralString(quote));
    }

    private void add(Node s, Resource p, Node o) {
        add(s, p.asNode(), o);
    }

    private void add(Node s, Node p, Resource o) {
        add(s, p, o.asNode());
    }

    private void add(Node s, Node p, Node o) {
        out.quad(Quad.create(graph, s, p, o));
        catalog.quads++;
    }

    private void emit(Node g, Triple t) {
        out.quad(Quad.create(g, t));
        catalog.quads++;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static String hex(String text, int chars) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(
                    text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, chars);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
