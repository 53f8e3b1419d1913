package org.w3id.apecdekg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.apecdekg.DekgProperties;
import org.w3id.apecdekg.store.DekgStore;
import org.w3id.apecdekg.store.StoreStatistics;

/** The first start builds the store from data/; a restart keeps it and loads nothing twice. */
class DataBootstrapTests {

    @TempDir
    Path dir;

    @Test
    void restartOnAnExistingStoreKeepsItsDataAndDoesNotReload() {
        DekgProperties properties = new DekgProperties();
        properties.setStore(dir.resolve("tdb2"));
        Map<String, Long> first;
        try (DekgStore store = DekgStore.open(properties.getStore())) {
            assertThat(DataBootstrap.from(properties).buildIfEmpty(store)).isTrue();
            first = StoreStatistics.of(store);
        }
        assertThat(first.get("economies")).isEqualTo(21);
        // exactly the reports of data/reports, each in its own graph, besides ontology, reference and meta
        long reports = DataBootstrap.reports(properties.getData().resolve("reports")).size();
        assertThat(reports).isEqualTo(1);
        assertThat(first.get("reports")).isEqualTo(reports);
        assertThat(first.get("graphs")).isEqualTo(3 + reports);
        try (DekgStore store = DekgStore.open(properties.getStore())) {
            assertThat(DataBootstrap.from(properties).buildIfEmpty(store)).isFalse();
            assertThat(StoreStatistics.of(store)).isEqualTo(first);
        }
    }
}
