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
            "agreement-applicant", "person-role", "person-org", "meeting", "meeting-place", "meeting-date",
            "organization", "policy-issued", "policy-target");

    private static final Set<String> MEETING_KEYED = Set.of("meeting", "meeting-place", "meeting-date");

    /** Types added for the corpus (issue 19): scored where a gold file has some, or annotates all types. */
    static final Set<String> CORPUS_TYPES = Set.of("person-org", "meeting", "meeting-place", "meeting-date",
            "organization", "policy-issued", "policy-target");

    /** The pseudo-type of the "annotates: all" marker of a gold file. */
    static final String ANNOTATES = "annotates";

    private static final Set<String> PROJECT_KEYED = Set.of("project", "cosponsor", "status", "kfa");

    private Evaluation() {}

    public static EvaluationResult compare(String report, List<Fact> expected, List<Fact> extracted,
                                           List<FactProjector.ExtractedProject> projects) {
        Map<String, String> keys = projectKeys(expected, projects);
        List<MeetingKeys.ExtractedMeeting> meetings = new ArrayList<>();
        for (Fact f : extracted) {
            if (f.type().equals("meeting")) {
                String start = extracted.stream().filter(d -> d.type().equals("meeting-date") && d.subject().equals(f.subject()))
                        .map(Fact::object).findFirst().orElse(null);
                meetings.add(new MeetingKeys.ExtractedMeeting(f.subject(), f.object(), f.alternatives(), start));
            }
        }
        Map<String, String> meetingKeys = MeetingKeys.of(expected, meetings);
        List<Fact> keyed = new ArrayList<>();
        for (Fact f : extracted) {
            if (PROJECT_KEYED.contains(f.type())) {
                String key = keys.getOrDefault(f.subject(), f.subject());
                keyed.add(new Fact(f.type(), key, f.object(), f.alternatives(), f.note(), f.line()));
            } else if (MEETING_KEYED.contains(f.type())) {
                String key = meetingKeys.getOrDefault(f.subject(), f.subject());
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
        boolean annotatesAll = expected.stream().anyMatch(f -> f.type().equals(ANNOTATES));
        expected = attendanceByForum(expected.stream().filter(f -> !f.type().equals(ANNOTATES)).toList());
        types.remove(ANNOTATES);
        for (String type : types) {
            List<Fact> exp = expected.stream().filter(f -> f.type().equals(type)).toList();
            if (CORPUS_TYPES.contains(type) && exp.isEmpty() && !annotatesAll) {
                continue;
            }
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
            case "person-org":
                return Names.normalise(expected.subject()).equals(Names.normalise(got.subject()))
                        && anyName(got, n -> Names.containsEither(expected.object(), n), got.object());
            case "meeting-place":
                return expected.subject().equals(got.subject()) && Names.containsEither(expected.object(), got.object());
            case "organization", "policy-issued", "policy-target":
                return expected.object().equals(got.object()) && (expected.alternatives().isEmpty()
                        ? List.of(expected.subject()) : expected.alternatives()).stream()
                        .anyMatch(e -> anyName(got, n -> Names.sameName(e, n), got.subject()));
            default:
                return expected.subject().equals(got.subject()) && expected.object().equals(got.object());
        }
    }

    /**
     * Attendance is scored per forum (the meetings of one forum in one report being one meeting in
     * practice, as the fixtures README says): an attendance fact keyed by a meeting key of the gold
     * (the corpus's "DESG SOM1 2027") counts for that meeting's forum.
     */
    static List<Fact> attendanceByForum(List<Fact> expected) {
        Map<String, String> forumOf = new LinkedHashMap<>();
        for (Fact f : expected) {
            if (f.type().equals("meeting")) {
                forumOf.put(f.subject(), f.object()); // "-": an event of no forum, as the extracted facts name it
            }
        }
        List<Fact> out = new ArrayList<>(expected.size());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Fact f : expected) {
            if (f.type().equals("attendance") && forumOf.containsKey(f.subject())) {
                Fact byForum = new Fact(f.type(), forumOf.get(f.subject()), f.object(), f.alternatives(), f.note(), f.line());
                if (seen.add(byForum.subject() + "\t" + byForum.object())) {
                    out.add(byForum);
                }
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** True when one of {@code got}'s alternative names (or {@code name} when it has none) passes. */
    private static boolean anyName(Fact got, java.util.function.Predicate<String> test, String name) {
        return (got.alternatives().isEmpty() ? List.of(name) : got.alternatives()).stream().anyMatch(test);
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
