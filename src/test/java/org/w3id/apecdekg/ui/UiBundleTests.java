package org.w3id.apecdekg.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The Maven build put the built front end on the classpath, self-contained (no CDN at run time). */
class UiBundleTests {

    @Test
    void builtPageIsOnTheClasspathAndLoadsOnlyLocalAssets() throws IOException {
        ClassPathResource index = new ClassPathResource("static/ui/index.html");
        assertThat(index.exists()).as("static/ui/index.html (built by npm in generate-resources)").isTrue();
        String html;
        try (InputStream in = index.getInputStream()) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(html).contains("src=\"/ui/assets/").doesNotContain("src=\"http").doesNotContain("href=\"http");
    }
}
