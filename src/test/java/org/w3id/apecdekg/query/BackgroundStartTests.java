package org.w3id.apecdekg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.w3id.apecdekg.DekgApplication;

/**
 * The query library and the import gate are made on a background thread while the application starts;
 * a failure there still stops the start, with the file and position in the message.
 */
class BackgroundStartTests {

    @Test
    void aBrokenLibraryQueryStopsTheStart(@TempDir Path dir) throws Exception {
        Path queries = Files.createDirectories(dir.resolve("queries"));
        Files.writeString(queries.resolve("broken.rq"), "#+ summary: broken\nSELECT ?s WHERE { ?s ?p }\n");
        Throwable thrown = catchThrowable(() -> SpringApplication.run(DekgApplication.class,
                "--server.port=0", "--server.address=127.0.0.1", "--dekg.store=" + dir.resolve("store"),
                "--dekg.queries=" + queries, "--spring.main.banner-mode=off"));
        assertThat(thrown).isNotNull();
        Throwable cause = thrown;
        while (!(cause instanceof QueryLibraryException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertThat(cause).isInstanceOf(QueryLibraryException.class)
                .hasMessageStartingWith(queries.resolve("broken.rq") + ":2:");
    }
}
