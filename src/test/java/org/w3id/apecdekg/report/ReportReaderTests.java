package org.w3id.apecdekg.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportReaderTests {

    static final Path BAD = Path.of("src/test/resources/bad-input");
    static final long LIMIT = 20L * 1024 * 1024;

    @Test
    void rejectsEmptyAndBlankFiles() {
        assertThatThrownBy(() -> ReportReader.read(BAD.resolve("empty.md"), LIMIT))
                .isInstanceOf(ReportFormatException.class).hasMessageContaining("empty.md:").hasMessageContaining("empty");
        assertThatThrownBy(() -> ReportReader.read(BAD.resolve("blank.md"), LIMIT))
                .isInstanceOf(ReportFormatException.class).hasMessageContaining("blank");
    }

    @Test
    void rejectsBinaryFiles() {
        assertThatThrownBy(() -> ReportReader.read(BAD.resolve("binary.md"), LIMIT))
                .isInstanceOf(ReportFormatException.class).hasMessageContaining("binary");
    }

    @Test
    void rejectsInvalidUtf8NamingLineAndOffset() {
        assertThatThrownBy(() -> ReportReader.read(BAD.resolve("invalid-utf8.md"), LIMIT))
                .isInstanceOfSatisfying(ReportFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(BAD.resolve("invalid-utf8.md").toString());
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.reason()).contains("invalid UTF-8").contains("byte offset 24");
                    assertThat(e.getMessage()).startsWith(BAD.resolve("invalid-utf8.md") + ":3: ");
                });
    }

    @Test
    void rejectsFilesOverTheLimitWithoutReadingThem(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.md");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        assertThatThrownBy(() -> ReportReader.read(big, LIMIT))
                .isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("limit of " + LIMIT + " bytes");
    }

    @Test
    void stripsBomAndDerivesSlug(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("MODA APEC_DESG.som3-2024.zh.md");
        Files.write(f, ("\uFEFF# 標題\n").getBytes(StandardCharsets.UTF_8));
        ReportDocument d = ReportReader.read(f, LIMIT);
        assertThat(d.text()).startsWith("# 標題");
        assertThat(d.slug()).isEqualTo("moda-apec-desg");
        assertThat(d.sha256()).hasSize(64);
        assertThat(ReportReader.slugOf("moda-apec-desg-som3-2024.zh.md")).isEqualTo("moda-apec-desg-som3-2024");
        assertThat(ReportReader.slugOf("出國報告.pdf")).matches("report-[0-9a-f]{12}")
                .isNotEqualTo(ReportReader.slugOf("會議紀錄.pdf")).isEqualTo(ReportReader.slugOf("出國報告.docx"));
    }
}
