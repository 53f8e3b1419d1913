package org.w3id.apecdekg.report.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTests {

    private static List<String> found(Gazetteer<String> g, String text) {
        return g.find(text).stream().map(m -> m.surface() + "=" + m.value()).toList();
    }

    @Test
    void theLongestFormWinsWhetherItIsCaseSensitiveOrNot() {
        Gazetteer<String> g = new Gazetteer<String>().add("APEC", "APEC").add("APEC Ministerial Meeting", "AMM");
        assertThat(found(g, "report to the APEC Ministerial Meeting in November; APEC members"))
                .containsExactly("APEC Ministerial Meeting=AMM", "APEC=APEC");
        assertThat(found(g, "the apec ministerial meeting")).containsExactly("apec ministerial meeting=AMM");
    }

    @Test
    void shortAcronymsMatchOnlyInCapitals() {
        Gazetteer<String> g = new Gazetteer<String>().add("CTI", "CTI");
        assertThat(found(g, "CTI and cti")).containsExactly("CTI=CTI");
    }

    @Test
    void latinFormsMatchAtWordBoundariesOnly() {
        Gazetteer<String> g = new Gazetteer<String>().add("Peru", "PE").add("DEPA", "DEPA");
        assertThat(found(g, "Peruvian DEPAs, Peru, (DEPA)")).containsExactly("Peru=PE", "DEPA=DEPA");
    }

    @Test
    void chineseFormsMatchAnywhereAndTheLongerBlocksTheShorter() {
        Gazetteer<String> g = new Gazetteer<String>().add("中國", "CN").add("中國香港", "HK").add("發展中國家", null);
        assertThat(found(g, "中國香港與中國及發展中國家")).containsExactly("中國香港=HK", "中國=CN");
    }

    @Test
    void theFirstValueGivenForAFormWins() {
        Gazetteer<String> g = new Gazetteer<String>().add("Digital Agency", "JP").add("digital agency", "XX");
        assertThat(found(g, "the Digital Agency said")).containsExactly("Digital Agency=JP");
    }
}
