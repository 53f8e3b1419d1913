package org.w3id.apecdekg.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.w3id.apecdekg.store.DekgStore;

/** No users and no keys configured (the default): there is no password that opens a write. */
@SpringBootTest
@AutoConfigureMockMvc
class NoCredentialsIntegrationTests {

    @TempDir
    static Path storeDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("dekg.store", () -> storeDir.resolve("tdb2").toString());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    DekgStore store;

    @Test
    void everyWriteIsRefusedWithAMessageSayingWhy() throws Exception {
        long before = store.quadCount();
        mvc.perform(post("/update").contentType("application/sparql-update").content("INSERT DATA { <urn:a> <urn:b> <urn:c> }"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(Matchers.containsString("writes are disabled: no users or API keys are configured")));
        mvc.perform(post("/update").contentType("application/sparql-update").content("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isForbidden());
        mvc.perform(put("/data").param("graph", "urn:g").contentType("text/turtle").content("<urn:a> <urn:b> <urn:c> ."))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/reports").param("name", "r.md").contentType("text/markdown").content("# report"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/backup")).andExpect(status().isForbidden());
        assertThat(store.quadCount()).isEqualTo(before);
    }

    @Test
    void readsStayOpen() throws Exception {
        mvc.perform(get("/api/queries").accept("application/json")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }
}
