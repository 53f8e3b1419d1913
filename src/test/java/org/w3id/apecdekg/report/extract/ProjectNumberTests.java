package org.w3id.apecdekg.report.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ProjectNumberTests {

    static final Set<String> FORA = Set.of("CTI", "DESG", "EC");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CTI 01 2023S|CTI 01 2023S",
        "DESG 02 2021|DESG 02 2021",
        "DESG_101_2024A|DESG 101 2024A",
        "EC_106_2024A|EC 106 2024A",
        "( DESG_101_2024 A)|DESG 101 2024A",
        "CTI\u3000１１ ２０２３Ｓ|CTI 11 2023S",
        "DESG  01   2024S|DESG 01 2024S",
        "CN_DESG_101_2024|DESG 101 2024"})
    void normalises(String written, String canonical) {
        assertThat(ProjectNumber.normalise(written, FORA)).isEqualTo(canonical);
    }

    @Test
    void fundingFromSuffixAndConceptNotes() {
        assertThat(ProjectNumber.find("DESG_101_2024A", FORA).get(0).fundingSource()).isEqualTo("asf");
        assertThat(ProjectNumber.find("CTI 01 2023S", FORA).get(0).fundingSource()).isEqualTo("self-funded");
        assertThat(ProjectNumber.find("DESG 02 2021", FORA).get(0).fundingSource()).isEqualTo("gpa");
        ProjectNumber cn = ProjectNumber.find("CN_DESG_101_2024", FORA).get(0);
        assertThat(cn.conceptNote()).isTrue();
        assertThat(cn.fundingSource()).isNull();
    }

    @Test
    void hyphensAndSlashesSeparateThePartsToo() {
        assertThat(ProjectNumber.find("(EC-07-2017A) and DESG 05/2026T", FORA)).extracting(ProjectNumber::canonical)
                .containsExactly("EC 07 2017A", "DESG 05 2026T");
        assertThat(ProjectNumber.find("DESG 2025-2026 work plan", FORA)).isEmpty();
    }

    @Test
    void ignoresUnknownForaAndNonNumbers() {
        assertThat(ProjectNumber.find("SOM3 2024 and ABC 01 2023 and DESG 2024", FORA)).isEmpty();
        assertThat(ProjectNumber.find("DESG 02 2021 Australia", FORA)).extracting(ProjectNumber::canonical)
                .containsExactly("DESG 02 2021");
    }
}
