package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Hub while Keycloak is down: the API goes on with the tokens it can verify, pages say login is unavailable. */
@DisplayName("Keycloak down")
class KeycloakDownIT extends HubTest {

    @Test
    @DisplayName("with Keycloak stopped, a valid token is still accepted (cached keys) and a visitor gets the Hub's"
            + " page saying login is unavailable; with Keycloak back, login works again")
    void keycloakStopped() {
        String token = token("consultant.roskilde");
        String admin = token("admin");
        assertThat(api.get("/api/me", token).status()).isEqualTo(200);
        servers.stopKeycloak();
        try {
            // Adding a municipality needs Keycloak: one clear message, and no municipality left behind.
            Api.Answer added = api.post(
                    "/api/municipalities",
                    admin,
                    Json.object(
                            "kommunekode", "479", "leadName", "Sif Svendborg", "leadEmail", "sif@svendborg.example"));
            assertThat(added.status()).as(added.body()).isEqualTo(503);
            assertThat(added.json().path("detail").asText())
                    .contains("Keycloak")
                    .contains("Intet er gemt");
            assertThat(api.get("/api/municipalities/svendborg", admin).status()).isEqualTo(404);

            Api.Answer me = api.get("/api/me", token);
            assertThat(me.status()).as(me.body()).isEqualTo(200);
            assertThat(me.json().path("username").asText()).isEqualTo("consultant.roskilde");

            Api.Answer page = api.get("/index.xhtml", null);
            assertThat(page.status()).isEqualTo(503);
            assertThat(page.body())
                    .contains("Login er ikke tilgængeligt lige nu")
                    .doesNotContain("Exception");
            Api.Answer english = api.inLanguage("en").get("/index.xhtml", null);
            assertThat(english.status()).isEqualTo(503);
        } finally {
            servers.startKeycloak();
        }
        // Nothing of the refused municipality in Keycloak either: no group, no account.
        KeycloakAdmin keycloak = new KeycloakAdmin(servers);
        assertThat(keycloak.groups("svendborg")).isEmpty();
        assertThat(keycloak.users("sif@svendborg.example")).isEmpty();
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "consultant.roskilde");
            assertThat(browser.navigation()).contains("Praksis");
        }
    }
}
