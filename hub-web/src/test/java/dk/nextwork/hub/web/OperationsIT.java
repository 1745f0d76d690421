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
    @DisplayName("liveness and readiness answer without a login; metrics answer in Prometheus format to this machine")
    void monitoring() {
        assertThat(api.get("/health/live", null).status()).isEqualTo(200);
        assertThat(api.get("/health/ready", null).status()).isEqualTo(200);
        Api.Answer metrics = api.get("/metrics", null);
        assertThat(metrics.status()).as(metrics.body()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE");
    }

    @Test
    @DisplayName("errors the server answers itself are problem+json on the API: a malformed Accept header, and a"
            + " 100 000-character search reaches the Hub")
    void platformErrors() throws Exception {
        String token = token("consultant.roskilde");
        var client = java.net.http.HttpClient.newHttpClient();
        var badAccept = client.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(servers.hub() + "/api/me"))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", ";;;")
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(badAccept.statusCode()).isEqualTo(400);
        assertThat(badAccept.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(badAccept.body()).doesNotContain("Payara").doesNotContain("<html");
        Api.Answer longSearch = api.get("/api/practices?q=" + "x".repeat(100_000), token);
        assertThat(longSearch.status()).isEqualTo(200);
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
