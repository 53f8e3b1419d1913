package org.w3id.apecdekg.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fact types added for the corpus: meetings keyed like projects, names with alternatives. */
class CorpusFactTypesTests {

    static Fact f(String type, String subject, String object) {
        return new Fact(type, subject, object);
    }

    static final Fact ANNOTATES_ALL = new Fact(Evaluation.ANNOTATES, "-", "all");

    @Test
    void meetingsAreKeyedByForumAndDate() {
        List<Fact> expected = List.of(ANNOTATES_ALL,
                f("meeting", "DESG SOM1 2026", "DESG"), f("meeting-date", "DESG SOM1 2026", "2026-02-10"),
                f("meeting-place", "DESG SOM1 2026", "Guangzhou"),
                f("meeting", "DESG SOM2 2026", "DESG"), f("meeting-date", "DESG SOM2 2026", "2026-05-12"));
        List<Fact> extracted = List.of(
                new Fact("meeting", "id:m2", "DESG", List.of("DESG meeting"), "", 0), f("meeting-date", "id:m2", "2026-05-12"),
                new Fact("meeting", "id:m1", "DESG", List.of("DESG meeting"), "", 0), f("meeting-date", "id:m1", "2026-02-10"),
                f("meeting-place", "id:m1", "Guangzhou, China"),
                new Fact("meeting", "id:m3", "TELWG", List.of("TEL 70"), "", 0));
        EvaluationResult r = Evaluation.compare("x", expected, extracted, List.of());
        assertThat(r.score("meeting")).isEqualTo(new TypeScore("meeting", 2, 1, 0));
        assertThat(r.score("meeting-date")).isEqualTo(new TypeScore("meeting-date", 2, 0, 0));
        assertThat(r.score("meeting-place")).isEqualTo(new TypeScore("meeting-place", 1, 0, 0));
        // annotated but absent on both sides: not scored; absent from the gold, extracted: false positives
        assertThat(r.byType()).doesNotContainKey("policy-target");
    }

    @Test
    void namesMatchAnyAlternative() {
        List<Fact> expected = List.of(ANNOTATES_ALL,
                new Fact("organization", "Ministry of Digital Affairs | 數位發展部", "TW", List.of("Ministry of Digital Affairs", "數位發展部"), "", 0),
                new Fact("policy-issued", "AI Basic Act | 人工智慧基本法", "2025", List.of("AI Basic Act", "人工智慧基本法"), "", 0),
                f("person-org", "Ichwan Makmur Nasution", "Ministry of Communication and Digital Affairs"));
        List<Fact> extracted = List.of(
                new Fact("organization", "數位發展部", "TW", List.of("MODA", "數位發展部"), "", 0),
                new Fact("policy-issued", "人工智慧基本法", "2025", List.of("人工智慧基本法"), "", 0),
                new Fact("person-org", "Ichwan Makmur Nasution", "Kominfo",
                        List.of("Kominfo", "Ministry of Communication and Digital Affairs of Indonesia"), "", 0),
                new Fact("organization", "OECD", "-", List.of("OECD"), "", 0));
        EvaluationResult r = Evaluation.compare("x", expected, extracted, List.of());
        assertThat(r.score("organization")).isEqualTo(new TypeScore("organization", 1, 1, 0));
        assertThat(r.score("policy-issued")).isEqualTo(new TypeScore("policy-issued", 1, 0, 0));
        assertThat(r.score("person-org")).isEqualTo(new TypeScore("person-org", 1, 0, 0));
    }

    @Test
    void withoutTheMarkerNewTypesCountOnlyWhereTheGoldHasSome() {
        List<Fact> extracted = List.of(new Fact("meeting", "id:m1", "DESG", List.of(), "", 0));
        assertThat(Evaluation.compare("x", List.of(f("attendance", "DESG", "AU")), extracted, List.of()).byType())
                .doesNotContainKey("meeting");
        assertThat(Evaluation.compare("x", List.of(ANNOTATES_ALL), extracted, List.of()).score("meeting"))
                .isEqualTo(new TypeScore("meeting", 0, 1, 0));
    }

    @Test
    void attendanceKeyedByMeetingCountsForItsForum() {
        List<Fact> expected = List.of(f("meeting", "DESG SOM1 2027", "DESG"), f("attendance", "DESG SOM1 2027", "AU"),
                f("meeting", "DESG SOM3 2027", "DESG"), f("attendance", "DESG SOM3 2027", "AU"),
                f("attendance", "DESG SOM3 2027", "oecd"));
        EvaluationResult r = Evaluation.compare("x", expected,
                List.of(f("attendance", "DESG", "AU"), f("attendance", "DESG", "oecd")), List.of());
        assertThat(r.score("attendance")).isEqualTo(new TypeScore("attendance", 2, 0, 0));
    }
}
