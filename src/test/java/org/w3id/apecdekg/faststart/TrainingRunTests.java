package org.w3id.apecdekg.faststart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The training requests are answered by the real server (without the property, it does not stop). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrainingRunTests {

    @TempDir
    static Path storeDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("dekg.store", () -> storeDir.resolve("tdb2").toString());
    }

    @LocalServerPort
    int port;

    @Test
    void everyTrainingRequestIsAnswered() {
        assertThat(TrainingRun.warmUp(port)).isEmpty();
    }

    @Test
    void aRequestNotAnsweredIsAFailure() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        List<String> failures = TrainingRun.warmUp(closed);
        assertThat(failures).hasSize(5 * TrainingRun.REQUESTS.size());
        assertThat(failures.get(0)).startsWith("/sparql?query=ASK+%7B%7D: ");
    }
}
