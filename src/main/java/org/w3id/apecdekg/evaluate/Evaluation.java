package org.w3id.apecdekg.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares expected and extracted fact tuples per type. Project-keyed facts (project, cosponsor,
 * status, kfa) use the project's number, or for an unnumbered project the expected {@code title:}
 * key of the same proposer whose title contains or is contained in one of its labels. Policies
 * match by issuer and any alternative name; names are compared normalised.
 */
public final class Evaluation {

    /** Fact types in report order. */
    public static final List<String> TYPES = List.of("report-economy", "report-date", "report-language",
            "project", "cosponsor", "status", "kfa", "attendance", "policy", "agreement-party",
            "agreement-applicant", "person-role");

    private static final Set<String> PROJECT_KEYED = Set.of("project", "cosponsor", "status", "kfa");

    private Evaluation() {}

    public static EvaluationResult compare(String report, List<Fact> expected, List<Fact> extracted,
                                           List<FactProjector.ExtractedProject> projects) {
        Map<String, String> keys = projectKeys(expected, projects);
        List<Fact> keyed = new ArrayList<>();
        for (Fact f : extracted) {
            if (PROJECT_KEYED.contains(f.type())) {
                String key = keys.getOrDefault(f.subject(), f.subject());
                keyed.add(new Fact(f.type(), key, f.object(), f.alternatives(), f.note(), f.line()));
            } else {
                keyed.add(f);
            }
        }
        Map<String, TypeScore> byType = new LinkedHashMap<>();
        List<Fact> misses = new ArrayList<>();
        List<Fact> fps = new ArrayList<>();
        List<String> types = new ArrayList<>(TYPES);
        for (Fact f : expected) {
            if (!types.contains(f.type())) {
                types.add(f.type());
            }
        }
        for (String type : types) {
            List<Fact> exp = expected.stream().filter(f -> f.type().equals(type)).toList();
            List<Fact> got = keyed.stream().filter(f -> f.type().equals(type)).distinct().toList();
            if (exp.isEmpty() && got.isEmpty()) {
                continue;
            }
            boolean[] used = new boolean[got.size()];
            int tp = 0;
            for (Fact e : exp) {
                int hit = -1;
                for (int i = 0; i < got.size() && hit < 0; i++) {
                    if (!used[i] && matches(e, got.get(i))) {
                        hit = i;
                    }
                }
                if (hit >= 0) {
                    used[hit] = true;
                    tp++;
                } else {
                    misses.add(e);
                }
            }
            int fp = 0;
            for (int i = 0; i < got.size(); i++) {
                if (!used[i]) {
                    fp++;
                    fps.add(got.get(i));
                }
            }
            byType.put(type, new TypeScore(type, tp, fp, exp.size() - tp));
        }
        return new EvaluationResult(report, byType, misses, fps);
    }

    static boolean matches(Fact expected, Fact got) {
        switch (expected.type()) {
            case "policy":
                if (!expected.subject().equals(got.subject())) {
                    return false;
                }
                for (String alt : expected.alternatives()) {
                    for (String label : got.alternatives().isEmpty() ? List.of(got.object()) : got.alternatives()) {
                        if (Names.sameName(alt, label)) {
                            return true;
                        }
                    }
                }
                return false;
            case "person-role":
                return Names.normalise(expected.subject()).equals(Names.normalise(got.subject()))
                        && expected.object().equals(got.object());
            default:
                return expected.subject().equals(got.subject()) && expected.object().equals(got.object());
        }
    }

    /** Maps extracted project IRIs to expected keys. */
    static Map<String, String> projectKeys(List<Fact> expected, List<FactProjector.ExtractedProject> projects) {
        Map<String, String> expectedProposer = new LinkedHashMap<>();
        for (Fact f : expected) {
            if (f.type().equals("project")) {
                expectedProposer.put(f.subject(), f.object());
            }
        }
        Map<String, String> keys = new LinkedHashMap<>();
        for (FactProjector.ExtractedProject p : projects) {
            if (p.number() != null) {
                keys.put(p.iri(), p.number());
                continue;
            }
            String key = null;
            for (Map.Entry<String, String> e : expectedProposer.entrySet()) {
                if (!e.getKey().startsWith("title:")) {
                    continue;
                }
                String title = e.getKey().substring("title:".length());
                boolean proposerOk = e.getValue().equals(p.proposer()) || e.getValue().equals("-");
                if (proposerOk && p.labels().stream().anyMatch(l -> Names.containsEither(l, title))) {
                    key = e.getKey();
                    break;
                }
            }
            if (key == null) {
                key = "title:" + (p.labels().isEmpty() ? p.iri() : p.labels().get(0));
            }
            keys.put(p.iri(), key);
        }
        return keys;
    }
}
