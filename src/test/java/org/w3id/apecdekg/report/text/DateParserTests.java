package org.w3id.apecdekg.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024 年 8 月 15 日|2024-08-15|2024-08-15",
        "2024年8月18日|2024-08-18|2024-08-18",
        "18-19 August 2024|2024-08-18|2024-08-19",
        "15 August 2024|2024-08-15|2024-08-15",
        "2024-08-15|2024-08-15|2024-08-15",
        "2024/8/15|2024-08-15|2024-08-15",
        "113 年 11 月 15 日|2024-11-15|2024-11-15",
        "113/11/20|2024-11-20|2024-11-20",
        "中華民國一一三年十一月二十日|2024-11-20|2024-11-20",
        "出國期間：113 年 8 月 15 日至 113 年 8 月 25 日|2024-08-15|2024-08-25",
        "於 8 月 16 日至 8 月 20 日於秘魯利馬舉行|2024-08-16|2024-08-20",
        "August 18-19, 2024|2024-08-18|2024-08-19",
        "2024年8月21日至23日|2024-08-21|2024-08-23"})
    void parses(String text, String start, String end) {
        DateMention d = DateParser.first(Text.clean(text), 2024);
        assertThat(d).isNotNull();
        assertThat(d.start()).isEqualTo(LocalDate.parse(start));
        assertThat(d.end()).isEqualTo(LocalDate.parse(end));
    }

    @Test
    void englishDatesWithoutAYearTakeTheDocumentsYear() {
        List<DateMention> ds = DateParser.find("met in Guangzhou on 3 February, then on 17–18 March, on April 9 and from 19 to 21 August", 2026);
        assertThat(ds).extracting(d -> d.start() + "/" + d.end() + "/" + d.yearGiven()).containsExactly(
                "2026-02-03/2026-02-03/false", "2026-03-17/2026-03-18/false", "2026-04-09/2026-04-09/false",
                "2026-08-19/2026-08-21/false");
        // a year after the month is the year given; "may" as a verb is no month
        assertThat(DateParser.first("on 3 February 2025, members met", 2026).start()).isEqualTo("2025-02-03");
        assertThat(DateParser.find("members may 5 times", 2026)).isEmpty();
    }

    @Test
    void minguoYearsAndYearLists() {
        assertThat(DateParser.year(113)).isEqualTo(2024);
        assertThat(DateParser.year(2024)).isEqualTo(2024);
        assertThat(DateParser.years("2019 年，新加坡推出；113 年")).containsExactly(2019, 2024);
        assertThat(DateParser.first("no date here 2.0", 2024)).isNull();
    }

    @Test
    void weekdaysResolveAgainstTheDatelineInEnglishAndChinese() {
        java.time.LocalDate friday = java.time.LocalDate.of(2026, 6, 26);
        assertThat(DateParser.weekday("the dialogue opened on Monday", friday).start()).isEqualTo("2026-06-22");
        assertThat(DateParser.weekday("the dialogue closed last Friday", friday).start()).isEqualTo("2026-06-19");
        assertThat(DateParser.weekday("本周二（23日），研讨会在深圳开幕", friday).start()).isEqualTo("2026-06-23");
        assertThat(DateParser.weekday("上週四舉行", friday).start()).isEqualTo("2026-06-18");
        assertThat(DateParser.weekday("no weekday here", friday)).isNull();
    }
}
