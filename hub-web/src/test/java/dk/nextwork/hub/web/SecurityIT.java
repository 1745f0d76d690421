package dk.nextwork.hub.web;

import static dk.nextwork.hub.web.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Who the caller is and what the role allows: tokens, 401/403/404, navigation and page gates. */
@DisplayName("Security")
class SecurityIT extends HubTest {

    @Test
    @DisplayName("a lead's token gives role municipal-lead and the municipality from the Keycloak group")
    void leadToken() {
        TestMunicipality m = servers.newMunicipality();
        Api.Answer answer = api.get("/api/me", token(m.lead()));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode me = answer.json();
        assertThat(me.path("username").asText()).isEqualTo(m.lead());
        assertThat(me.path("roles")).extracting(JsonNode::asText).containsExactly("municipal-lead");
        assertThat(me.path("municipality").asText()).isEqualTo(m.slug());
    }

    @Test
    @DisplayName("a supervisor belongs to no municipality")
    void supervisor() {
        JsonNode me = api.get("/api/me", token("supervisor.anna")).json();
        assertThat(me.path("roles")).extracting(JsonNode::asText).containsExactly("supervisor");
        assertThat(me.hasNonNull("municipality")).isFalse();
    }

    @Test
    @DisplayName("no token gives 401 as problem+json")
    void noToken() {
        Api.Answer answer = api.get("/api/me", null);
        assertProblem(answer, 401);
        assertThat(answer.json().path("detail").asText()).contains("bearer token is required");
    }

    @Test
    @DisplayName("a tampered token gives 401 as problem+json")
    void tamperedToken() {
        String token = token("consultant.roskilde");
        String tampered = token.substring(0, token.length() - 4) + "AAAA";
        Api.Answer answer = api.get("/api/me", tampered);
        assertProblem(answer, 401);
        assertThat(answer.json().path("detail").asText()).contains("invalid or expired");
    }

    @Test
    @DisplayName("a role without access gives 403 as problem+json: a lead and a consultant may not read the audit log")
    void wrongRole() {
        TestMunicipality m = servers.newMunicipality();
        assertProblem(api.get("/api/audit-events", token(m.lead())), 403);
        assertProblem(api.get("/api/audit-events", token(m.consultant())), 403);
        assertThat(api.get("/api/audit-events", token("supervisor.anna")).status())
                .isEqualTo(200);
    }

    @Test
    @DisplayName("an unknown address gives 404 as problem+json")
    void unknownPath() {
        assertProblem(api.get("/api/nothing-here", token("admin")), 404);
    }

    @Test
    @DisplayName("an anonymous visit to / is sent to the Keycloak login")
    void anonymousIsRedirected() {
        Api.Answer answer = api.get("/", null);
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.raw().headers().firstValue("Location").orElseThrow())
                .contains("/realms/nextwork-hub/protocol/openid-connect/auth")
                .contains("client_id=hub-web");
        assertThat(api.get("/haendelser.xhtml", null).status()).isEqualTo(302);
    }

    @Test
    @DisplayName("the admin's navigation has the audit log and the periods; a lead's has neither and gets 403")
    void navigationByRole() {
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "admin");
            assertThat(browser.navigation())
                    .containsExactly(
                            "Forside",
                            "Selvevalueringer",
                            "Gennemgang",
                            "Handlinger",
                            "Praksis",
                            "Kommuner",
                            "Perioder",
                            "Hændelseslog");
            assertThat(browser.isPresent(By.id("user-municipality"))).isFalse();
        }
        TestMunicipality m = servers.newMunicipality();
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), m.lead());
            assertThat(browser.navigation())
                    .containsExactly("Forside", "Selvevalueringer", "Supervision og handlinger", "Praksis", "Kommuner");
            browser.open(servers.hub() + "/haendelser.xhtml");
            assertThat(browser.driver().getPageSource()).contains("403");
        }
    }
}
