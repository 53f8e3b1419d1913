package org.w3id.apecdekg.report.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.w3id.apecdekg.report.Dictionaries;
import org.w3id.apecdekg.report.TestDictionaries;
import org.w3id.apecdekg.report.lexicon.Mention;

class EconomyNamesTests {

    private static java.util.List<String> codes(String text) {
        return TestDictionaries.get().economies().find(text).stream().map(Mention::value).toList();
    }

    @Test
    void longestMatchWinsOverContainedNames() {
        assertThat(codes("中國香港與中華台北及中國")).containsExactly("HK", "TW", "CN");
        assertThat(codes("Hong Kong, China; the Republic of Korea; Korea; China")).containsExactly("HK", "KR", "KR", "CN");
        assertThat(codes("泰國、美國")).containsExactly("TH", "US");
    }

    @Test
    void blockedAndBoundedForms() {
        assertThat(codes("多數發展中國家與開發中國家")).isEmpty();
        assertThat(codes("Korean firms and Peruvian law")).isEmpty();
        assertThat(codes("集中方式與增加方案")).isEmpty();
    }

    @Test
    void selfReferencesAreMarkedNotFixed() {
        assertThat(codes("我方、本部與我國")).containsOnly(Dictionaries.SELF);
        assertThat(codes("澳方、日方、韓方、美方")).containsExactly("AU", "JP", "KR", "US");
    }
}
