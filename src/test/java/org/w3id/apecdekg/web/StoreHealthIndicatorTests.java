package org.w3id.apecdekg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.w3id.apecdekg.DekgProperties;
import org.w3id.apecdekg.store.DekgStore;

/** The store's health names where the store is: its absolute directory, or the remote URL without credentials. */
class StoreHealthIndicatorTests {

    @TempDir
    Path dir;

    @Test
    void anEmbeddedStoreIsNamedByItsAbsoluteDirectory() {
        DekgProperties properties = new DekgProperties();
        try (DekgStore store = DekgStore.open(dir.resolve("tdb2"))) {
            Health health = new StoreHealthIndicator(store, properties).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("type", "tdb2")
                    .containsEntry("store", dir.resolve("tdb2").toAbsolutePath().toString())
                    .containsEntry("empty", true);
        }
    }

    @Test
    void aRemoteUrlLosesItsCredentialsQueryAndFragment() {
        assertThat(StoreHealthIndicator.withoutCredentials("https://user:secret@fuseki.example:3030/ds?apikey=k#x"))
                .isEqualTo("https://fuseki.example:3030/ds");
        assertThat(StoreHealthIndicator.withoutCredentials("http://host/ds")).isEqualTo("http://host/ds");
        assertThat(StoreHealthIndicator.withoutCredentials("not a url")).doesNotContain("not a url");
    }
}
