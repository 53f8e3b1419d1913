package org.w3id.apecdekg.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.w3id.apecdekg.store.DekgStore;

/** Writes from other hosts than loopback are refused before they reach Fuseki, and change nothing. */
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

    @Autowired
    DekgStore store;

    @Test
    void updateFromAnotherHostIsForbidden() throws Exception {
        mvc.perform(post("/update").contentType("application/sparql-update")
                        .content("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
                        .with(r -> { r.setRemoteAddr("192.0.2.7"); return r; }))
                .andExpect(status().isForbidden());
        assertThat(Txn.calculateRead(store.dataset(),
                () -> store.dataset().contains(Node.ANY, NodeFactory.createURI("urn:a"), Node.ANY, Node.ANY))).isFalse();
    }

    @Test
    void graphStoreWriteFromAnotherHostIsForbidden() throws Exception {
        mvc.perform(post("/data").param("graph", "urn:g").contentType("text/turtle")
                        .content("<urn:a> <urn:b> <urn:c> .")
                        .with(r -> { r.setRemoteAddr("192.0.2.7"); return r; }))
                .andExpect(status().isForbidden());
        assertThat(Txn.calculateRead(store.dataset(),
                () -> store.dataset().containsGraph(NodeFactory.createURI("urn:g")))).isFalse();
    }
}
