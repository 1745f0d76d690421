package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What operations and API clients rely on: health and the OpenAPI document. */
@DisplayName("Operations")
class OperationsIT extends HubTest {

    @Test
    @DisplayName("the health endpoint reports the database as up")
    void health() {
        Api.Answer health = api.get("/health", null);
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"database\"").contains("UP");
        assertThat(health.body())
                .doesNotContain("jdbc:")
                .doesNotContain("postgresql")
                .doesNotContain("localhost");
    }

    @Test
    @DisplayName("the OpenAPI document describes the API, but not the test clock")
    void openApi() {
        Api.Answer doc = api.get("/openapi", null);
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body())
                .contains("/api/me")
                .contains("/api/municipalities")
                .contains("/api/assessments/{id}/review")
                .contains("/api/supervision-sessions")
                .contains("/api/actions/plan")
                .contains("/api/practices/suggestions")
                .contains("/api/periods")
                .contains("NExTWORK Hub API")
                .doesNotContain("/api/test-clock");
    }
}
