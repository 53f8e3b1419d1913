package org.w3id.apecdekg.report.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The year a policy was issued kept apart from the years it aims at (sentences of our own writing). */
class PolicyYearsTests {

    /** The years of the one policy {@code name} in {@code sentence}. */
    static PolicyYears.Years years(String sentence, String name) {
        int from = sentence.indexOf(name);
        List<int[]> names = new ArrayList<>();
        names.add(new int[] {from, from + name.length()});
        return PolicyYears.of(sentence, from, from + name.length(), List.of(name), names);
    }

    @Test
    void aYearInAVisionsNameIsItsTargetNotItsDate() {
        assertThat(years("Indonesia launched the Golden Indonesia 2045 Vision in 2023.", "Golden Indonesia 2045 Vision"))
                .isEqualTo(new PolicyYears.Years(2023, Set.of(2045)));
        assertThat(years("Brunei presented its Digital Economy Masterplan 2025.", "Digital Economy Masterplan 2025"))
                .isEqualTo(new PolicyYears.Years(null, Set.of(2025)));
    }

    @Test
    void aYearInALawsNameIsTheYearItWasEnacted() {
        assertThat(years("The Internet Transactions Act of 2023 created a new bureau.", "Internet Transactions Act of 2023"))
                .isEqualTo(new PolicyYears.Years(2023, Set.of()));
    }

    @Test
    void periodsAndToYearsAreTargetsAndAnIssuingVerbGivesTheIssueYear() {
        String s = "In June 2020 Viet Nam approved the National Digital Transformation Programme to 2025, with orientation towards 2030.";
        assertThat(years(s, "National Digital Transformation Programme to 2025, with orientation towards 2030"))
                .isEqualTo(new PolicyYears.Years(2020, Set.of(2025, 2030)));
        assertThat(years("Thailand is implementing its National AI Strategy and Action Plan (2022–2027).",
                "National AI Strategy and Action Plan (2022–2027)")).isEqualTo(new PolicyYears.Years(null, Set.of(2027)));
        assertThat(years("The Smart Data Plan, released in March 2024, runs to 2030.", "Smart Data Plan"))
                .isEqualTo(new PolicyYears.Years(2024, Set.of(2030)));
    }

    @Test
    void chineseIssuingVerbsAndPeriods() {
        assertThat(years("人工智慧基本法於 2025 年 12 月三讀通過。", "人工智慧基本法"))
                .isEqualTo(new PolicyYears.Years(2025, Set.of()));
        assertThat(years("數位韌性推動計畫期程 2024 年至 2027 年。", "數位韌性推動計畫"))
                .isEqualTo(new PolicyYears.Years(null, Set.of(2027)));
    }

    @Test
    void aPeriodAfterAnotherPolicysNameIsThatPolicys() {
        String s = "Members noted Malaysia's Digital Blueprint and Thailand's AI Action Plan (2022–2027).";
        int a = s.indexOf("Digital Blueprint");
        int b = s.indexOf("AI Action Plan");
        List<int[]> names = List.of(new int[] {a, a + "Digital Blueprint".length()}, new int[] {b, b + "AI Action Plan".length()});
        assertThat(PolicyYears.of(s, a, a + "Digital Blueprint".length(), List.of("Digital Blueprint"), names))
                .isEqualTo(new PolicyYears.Years(null, Set.of()));
        assertThat(PolicyYears.of(s, b, b + "AI Action Plan".length(), List.of("AI Action Plan"), names))
                .isEqualTo(new PolicyYears.Years(null, Set.of(2027)));
    }
}
