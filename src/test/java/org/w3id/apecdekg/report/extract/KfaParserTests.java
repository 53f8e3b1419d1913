package org.w3id.apecdekg.report.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.apecdekg.report.TestDictionaries;
import org.w3id.apecdekg.report.text.Text;

class KfaParserTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "對應 AIDER KFA5、6 以及 10|5,6,10",
        "對應 AIDER KFA5（提倡監理方法之調和）、6（促進創新）以及 10（提升包容性）。|5,6,10",
        "涉及 KFA 3、4 兩項|3,4",
        "It addresses Key Focus Area 7.|7",
        "It addresses Key Focus Areas 7 and 10 of the AIDER.|7,10",
        "對應 AIDER 第 2、5 及第 11 項重點領域|2,5,11",
        "沒有關鍵字 5、6|''"})
    void parsesLists(String text, String expected) {
        String got = String.join(",", new KfaParser(TestDictionaries.get()).parse(Text.clean(text))
                .stream().map(String::valueOf).toList());
        assertThat(got).isEqualTo(expected);
    }
}
