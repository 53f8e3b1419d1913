package org.w3id.apecdekg.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.apecdekg.security.TestCredentials.ADMIN;
import static org.w3id.apecdekg.security.TestCredentials.EDITOR;
import static org.w3id.apecdekg.security.TestCredentials.EDITOR_KEY;
import static org.w3id.apecdekg.security.TestCredentials.basic;
import static org.w3id.apecdekg.security.TestCredentials.bearer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /actuator/health}: the status for everyone, the details (where the store is, disk space) for admins only. */
class HealthDetailsIntegrationTests extends SecuredServerSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonNode health(String authorization) throws Exception {
        HttpResponse<String> response = get("/actuator/health", "application/json", authorization);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> fields(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }

    @Test
    void anonymousCallersGetTheStatusOnly() throws Exception {
        JsonNode anonymous = health(null);
        assertThat(anonymous.get("status").asString()).isEqualTo("UP");
        // Besides the status, only the names of the probe groups (liveness, readiness): no components, no details.
        assertThat(fields(anonymous)).containsAnyOf("status").isSubsetOf("status", "groups");
        String body = get("/actuator/health", "application/json", null).body();
        assertThat(body).doesNotContain(DIR.toString()).doesNotContain("diskSpace").doesNotContain("\"store\"");
    }

    @Test
    void readersAndEditorsGetTheStatusOnly() throws Exception {
        for (String who : new String[] {basic(EDITOR), bearer(EDITOR_KEY), basic(TestCredentials.READER)}) {
            JsonNode health = health(who);
            assertThat(health.get("status").asString()).isEqualTo("UP");
            assertThat(fields(health)).isSubsetOf("status", "groups");
        }
    }

    @Test
    void adminsGetTheDetailsWithTheStorePath() throws Exception {
        JsonNode admin = health(basic(ADMIN));
        assertThat(admin.get("status").asString()).isEqualTo("UP");
        JsonNode store = admin.path("components").path("store");
        assertThat(store.path("status").asString()).isEqualTo("UP");
        assertThat(store.path("details").path("type").asString()).isEqualTo("tdb2");
        assertThat(store.path("details").path("store").asString()).isEqualTo(DIR.resolve("tdb2").toAbsolutePath().toString());
        assertThat(store.path("details").path("empty").asBoolean(true)).isFalse();
        assertThat(admin.path("components").path("diskSpace").path("details").has("free")).isTrue();
    }

    @Test
    void aWrongAdminPasswordIsRefusedNotDowngraded() {
        assertThat(get("/actuator/health", "application/json", basic(ADMIN, "wrong")).statusCode()).isEqualTo(401);
    }
}
