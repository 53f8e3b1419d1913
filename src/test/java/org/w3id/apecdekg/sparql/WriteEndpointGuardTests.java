package org.w3id.apecdekg.sparql;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Writes are refused from other hosts than loopback; reads of /data stay public. */
@SpringBootTest
@AutoConfigureMockMvc
class WriteEndpointGuardTests {

    @TempDir
    static Path storeDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("dekg.store", () -> storeDir.resolve("tdb2").toString());
    }

    @Autowired
    MockMvc mvc;

    @Test
    void updateFromAnotherHostIsForbidden() throws Exception {
        mvc.perform(post("/update").contentType("application/sparql-update")
                        .content("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
                        .with(r -> { r.setRemoteAddr("192.0.2.7"); return r; }))
                .andExpect(status().isForbidden());
        mvc.perform(get("/sparql").param("query", "ASK { <urn:a> ?p ?o }").accept("application/sparql-results+json"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.boolean").value(false));
    }

    @Test
    void graphStoreWriteFromAnotherHostIsForbiddenButReadIsAllowed() throws Exception {
        mvc.perform(post("/data").param("graph", "urn:g").contentType("text/turtle")
                        .content("<urn:a> <urn:b> <urn:c> .")
                        .with(r -> { r.setRemoteAddr("192.0.2.7"); return r; }))
                .andExpect(status().isForbidden());
        mvc.perform(get("/data").param("graph", "https://w3id.org/apec-dekg/graph/reference")
                        .accept("text/turtle")
                        .with(r -> { r.setRemoteAddr("192.0.2.7"); return r; }))
                .andExpect(status().isOk());
    }
}
