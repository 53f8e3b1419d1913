package org.w3id.apecdekg.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
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
import org.w3id.apecdekg.security.TestCredentials;
import org.w3id.apecdekg.store.DekgStore;

/**
 * Writes need editor credentials wherever they come from (loopback is no longer a credential); a
 * refused write changes nothing, an accepted one bumps the store version.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WriteEndpointSecurityTests {

    @TempDir
    static Path storeDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("dekg.store", () -> storeDir.resolve("tdb2").toString());
        TestCredentials.register(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    DekgStore store;

    @Test
    void updateWithoutCredentialsIsRefusedEvenFromLoopback() throws Exception {
        mvc.perform(post("/update").contentType("application/sparql-update")
                        .content("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
                        .with(r -> { r.setRemoteAddr("127.0.0.1"); return r; }))
                .andExpect(status().isUnauthorized());
        assertThat(contains("urn:a")).isFalse();
    }

    @Test
    void graphStoreWriteFromAnotherHostNeedsTheEditorRole() throws Exception {
        mvc.perform(post("/data").param("graph", "urn:g").contentType("text/turtle")
                        .content("<urn:a> <urn:b> <urn:c> .")
                        .with(httpBasic(TestCredentials.READER, TestCredentials.READER + TestCredentials.PASSWORD_SUFFIX))
                        .with(r -> { r.setRemoteAddr("192.0.2.7"); return r; }))
                .andExpect(status().isForbidden());
        assertThat(Txn.calculateRead(store.dataset(),
                () -> store.dataset().containsGraph(NodeFactory.createURI("urn:g")))).isFalse();
    }

    @Test
    void updateWithEditorCredentialsFromAnotherHostIsAcceptedAndBumpsTheVersion() throws Exception {
        long version = store.version();
        mvc.perform(post("/update").contentType("application/sparql-update")
                        .content("INSERT DATA { <urn:e> <urn:b> <urn:c> }")
                        .with(httpBasic(TestCredentials.EDITOR, TestCredentials.EDITOR + TestCredentials.PASSWORD_SUFFIX))
                        .with(r -> { r.setRemoteAddr("192.0.2.7"); return r; }))
                .andExpect(status().isNoContent());
        assertThat(contains("urn:e")).isTrue();
        assertThat(store.version()).isGreaterThan(version);
    }

    private boolean contains(String subject) {
        return Txn.calculateRead(store.dataset(),
                () -> store.dataset().contains(Node.ANY, NodeFactory.createURI(subject), Node.ANY, Node.ANY));
    }
}
