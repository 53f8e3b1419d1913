package org.w3id.apecdekg.report.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Quotes anchored in code points (not UTF-16 units), with context, or as their whole lines. */
class TextAnchorsTests {

    // U+20BB7 (𠮷) is outside the BMP: one code point, two UTF-16 units
    static final String TEXT = "# 標題\r\n𠮷野家 met in Lima.\nPeru hosted **DESG 01 2024A** then.\n";

    @Test
    void positionsCountCodePoints() {
        TextAnchors.Anchor a = new TextAnchors(TEXT).anchor(2, 2, "met in Lima.");
        assertThat(a.exact()).isEqualTo("met in Lima.");
        // "# 標題\r\n" is 6 code points, "𠮷野家 " 4 more
        assertThat(a.start()).isEqualTo(10);
        assertThat(a.end()).isEqualTo(22);
        assertThat(a.prefix()).isEqualTo("# 標題\r\n𠮷野家 ");
        assertThat(a.suffix()).isEqualTo("\nPeru hosted **DESG 01 2024A** t");
        assertThat(TEXT.codePoints().skip(a.start()).limit(a.end() - a.start())
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                .isEqualTo(a.exact());
    }

    @Test
    void aNormalisedQuoteIsAnchoredAsItsLines() {
        TextAnchors.Anchor a = new TextAnchors(TEXT).anchor(3, 3, "Peru hosted DESG 01 2024A then.");
        assertThat(a.exact()).isEqualTo("Peru hosted **DESG 01 2024A** then.");
        assertThat(a.start()).isEqualTo(23);
        assertThat(a.suffix()).isEqualTo("\n");
    }

    @Test
    void linesOutsideTheTextHaveNoAnchor() {
        assertThat(new TextAnchors(TEXT).anchor(9, 9, "x")).isNull();
        assertThat(new TextAnchors(TEXT).anchor(4, 4, "x")).isNull(); // the empty last line
    }
}
