package org.w3id.apecdekg.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Markdown markup never breaks a pattern: the text the extractor reads has none. */
class TextTests {

    @Test
    void markupIsUndone() {
        assertThat(Text.clean("**TEL 04 2018S** was *completed* in 2019."))
                .isEqualTo("TEL 04 2018S was completed in 2019.");
        assertThat(Text.clean("Singapore joined [DEPA](https://example.org/depa \"DEPA\")[^3] in 2020."))
                .isEqualTo("Singapore joined DEPA in 2020.");
        assertThat(Text.clean("see ![chart](img/c.png) and <sup>2</sup>Korea"))
                .isEqualTo("see chart and Korea");
        assertThat(Text.clean("DESG\\_101\\_2024A and DESG_101_2024A")).isEqualTo("DESG_101_2024A and DESG_101_2024A");
        assertThat(Text.clean("2 * 3 * 4 stays")).isEqualTo("2 * 3 * 4 stays");
    }
}
