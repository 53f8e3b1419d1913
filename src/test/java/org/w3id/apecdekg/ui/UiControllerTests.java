package org.w3id.apecdekg.ui;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** Every route of the UI, full page or embedded chart, is the one built page. */
class UiControllerTests {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new UiController()).build();

    @ParameterizedTest
    @ValueSource(strings = {"/ui/", "/ui/home", "/ui/query", "/ui/network", "/ui/kfa", "/ui/policies",
            "/embed/network", "/embed/kfa", "/embed/policies", "/embed/kfa/"})
    void routeForwardsToThePage(String path) throws Exception {
        mvc.perform(get(path).queryParam("forum", "DESG"))
                .andExpect(status().isOk())
                .andExpect(forwardedUrl("/ui/index.html"));
    }

    @Test
    void uiWithoutSlashRedirects() throws Exception {
        mvc.perform(get("/ui")).andExpect(redirectedUrl("/ui/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/embed/query", "/embed/home", "/ui/nothing-here"})
    void unknownRoutesAreNotThePage(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isNotFound());
    }
}
