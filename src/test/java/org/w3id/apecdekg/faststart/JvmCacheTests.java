package org.w3id.apecdekg.faststart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JvmCacheTests {

    @Test
    void jdk25AndLaterTrainAnAotCache() {
        JvmCache cache = JvmCache.forFeature(25);
        Path file = Path.of("/srv/fast-start/apec-dekg.aot");
        assertThat(cache.isAotCache()).isTrue();
        assertThat(cache.fileName()).isEqualTo("apec-dekg.aot");
        assertThat(cache.writeOption(file)).isEqualTo("-XX:AOTCacheOutput=/srv/fast-start/apec-dekg.aot");
        assertThat(cache.startOptions(file))
                .containsExactly("-XX:AOTCache=/srv/fast-start/apec-dekg.aot", "-Dspring.aot.enabled=true");
    }

    @Test
    void jdk17To24TrainADynamicCdsArchive() {
        for (int feature : List.of(17, 21, 24)) {
            JvmCache cache = JvmCache.forFeature(feature);
            Path file = Path.of("/srv/fast-start/apec-dekg.jsa");
            assertThat(cache.isAotCache()).isFalse();
            assertThat(cache.fileName()).isEqualTo("apec-dekg.jsa");
            assertThat(cache.writeOption(file)).isEqualTo("-XX:ArchiveClassesAtExit=/srv/fast-start/apec-dekg.jsa");
            assertThat(cache.readOption(file)).isEqualTo("-XX:SharedArchiveFile=/srv/fast-start/apec-dekg.jsa");
        }
    }

    @Test
    void olderJvmsAreRefused() {
        assertThatThrownBy(() -> JvmCache.forFeature(11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Java 11 is too old: the application needs Java 17 or later");
    }

    @Test
    void readsTheFeatureVersionFromTheJvmSettings() {
        String settings = """
                Property settings:
                    file.encoding = UTF-8
                    java.specification.name = Java Platform API Specification
                    java.specification.vendor = Oracle Corporation
                    java.specification.version = 25
                    java.vendor = Eclipse Adoptium
                openjdk version "25.0.3" 2026-04-21 LTS
                """;
        assertThat(JvmCache.featureOf(settings)).isEqualTo(25);
        assertThat(JvmCache.featureOf("    java.specification.version = 17\n")).isEqualTo(17);
        assertThatThrownBy(() -> JvmCache.featureOf("openjdk version \"17.0.15\""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRunningJvmsSettingsNameItsFeatureVersion() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-XshowSettings:properties", "-version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        assertThat(JvmCache.featureOf(out)).isEqualTo(Runtime.version().feature());
    }
}
