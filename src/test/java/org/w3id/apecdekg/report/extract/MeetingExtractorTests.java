package org.w3id.apecdekg.report.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.apecdekg.evaluate.Fact;
import org.w3id.apecdekg.evaluate.FactProjector;
import org.w3id.apecdekg.report.Extraction;
import org.w3id.apecdekg.report.ReportDocument;
import org.w3id.apecdekg.report.TestDictionaries;
import org.w3id.apecdekg.report.text.DateMention;
import org.w3id.apecdekg.report.text.DateParser;

/** Meetings and named events from wordings of news, chair's statements and trip reports (issue 19). */
class MeetingExtractorTests {

    private static List<String> facts(String type, String fileName, String text) {
        Extraction x = TestDictionaries.extractor().extract(ReportDocument.of(fileName, text));
        return FactProjector.facts(x).stream().filter(f -> f.type().equals(type))
                .map(f -> tail(f.subject()) + " | " + f.object()).toList();
    }

    private static String tail(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    @Test
    void weekdayResolvedAgainstTheDateline() {
        DateMention d = DateParser.weekday("The group met on Tuesday and Wednesday.", LocalDate.of(2025, 3, 14));
        assertThat(d.start()).isEqualTo(LocalDate.of(2025, 3, 11));
        assertThat(DateParser.weekday("On Friday, members met.", LocalDate.of(2025, 3, 14)).start())
                .isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(DateParser.weekday("No weekday here.", LocalDate.of(2025, 3, 14))).isNull();
    }

    private static final String NEWS = """
            # Privacy Officials Compare Complaint Handling

            Lima, Peru, 14 March 2025

            Privacy regulators from around the region gathered in Lima this week.

            On Tuesday, the Data Privacy Subgroup (DPS) met under the chairmanship of Chile.

            Representatives of the OECD, ABAC and the Pacific Islands Forum Secretariat joined the meeting as guests.
            """;

    @Test
    void newsMeetingWithWeekdayDatelineCityAndGuests() {
        assertThat(facts("meeting", "en-news.md", NEWS)).contains("dps-2025-03-11 | DPS");
        assertThat(facts("meeting-date", "en-news.md", NEWS)).contains("dps-2025-03-11 | 2025-03-11");
        assertThat(facts("meeting-place", "en-news.md", NEWS)).contains("dps-2025-03-11 | Lima");
        assertThat(facts("attendance", "en-news.md", NEWS)).contains("DPS | oecd", "DPS | abac");
    }

    private static final String STATEMENT = """
            # Chair's Statement: APEC Workshop on Open Data for Coastal Fisheries

            1. The APEC Workshop on Open Data for Coastal Fisheries took place in Da Nang on 3-4 June 2025 under
            the auspices of the Telecommunications and Information Working Group (TELWG).

            2. Viet Nam introduced a proposal for a "Seminar on Satellite Links for Remote Islands" next year.
            """;

    @Test
    void namedEventWithForumCityAndDates() {
        String iri = "apec-workshop-on-open-data-for-coastal-fisheries";
        assertThat(facts("meeting", "en-event.md", STATEMENT)).contains(iri + " | TELWG");
        assertThat(facts("meeting-date", "en-event.md", STATEMENT)).contains(iri + " | 2025-06-03");
        assertThat(facts("meeting-place", "en-event.md", STATEMENT)).contains(iri + " | Da Nang");
        assertThat(facts("meeting", "en-event.md", STATEMENT)).noneMatch(f -> f.contains("satellite"));
    }

    private static final String TRIP = """
            # 出席 APEC 數位經濟指導小組（DESG）會議報告

            派赴地區：秘魯利馬

            ## 一、會議紀要

            本部代表於 2025 年 2 月 10 日於利馬舉行之「跨境資料流通研討會」分享經驗。
            """;

    @Test
    void chineseVenueFieldAndQuotedEvent() {
        assertThat(facts("meeting-place", "zh-trip.md", TRIP)).contains("跨境資料流通研討會 | Lima");
        assertThat(facts("meeting-date", "zh-trip.md", TRIP)).contains("跨境資料流通研討會 | 2025-02-10");
    }

    @Test
    void aForumMeetingTakesTheCityOfTheSentenceThatDatesItWhenTheDocumentNamesNone() {
        String text = """
                # Chair's Summary

                1. The 73rd meeting of the Telecommunications and Information Working Group (TELWG 73) was held in
                Dalian, China, from 19 to 21 August 2026.
                """;
        assertThat(facts("meeting-place", "en-held.md", text)).containsExactly("telwg-2026-08-19 | Dalian");
    }

    @Test
    void guestsOfTheOneMeetingOfNoForumAttendIt() {
        String text = """
                # 2026 APEC Digital Economy Ministerial Meeting: Joint Ministerial Statement

                1. We, the Ministers, met in Xiamen, China, on 15–16 September 2026 for the 2026 APEC Digital Economy
                Ministerial Meeting.

                2. The ASEAN Secretariat and the Pacific Economic Cooperation Council attended the meeting as guests.
                """;
        assertThat(facts("attendance", "en-ministerial.md", text)).containsExactly("- | asean-secretariat", "- | pecc");
    }
}
