package dk.nextwork.hub.realm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.nextwork.hub.devservices.KeycloakServer;
import dk.nextwork.hub.devservices.TokenClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Imports the realm file into a real Keycloak and checks the claims of every demo user's token: Keycloak accepts a
 * misspelled role or mapper silently, so only the tokens show whether the realm is right.
 */
@ExtendWith(RealmServers.class)
class RealmClaimsTest {

    private KeycloakServer keycloak;
    private TokenClient tokens;

    @BeforeEach
    void connect(KeycloakServer keycloak) {
        this.keycloak = keycloak;
        this.tokens = new TokenClient(keycloak.tokenEndpoint());
    }

    @ParameterizedTest(name = "{0}: role {1}, municipality {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "admin, network-admin, -",
                "supervisor.anna, supervisor, -",
                "researcher.ifs, researcher, -",
                "researcher.vive, researcher, -",
                "lead.roskilde, municipal-lead, roskilde",
                "lead.horsens, municipal-lead, horsens",
                "lead.soenderborg, municipal-lead, soenderborg",
                "lead.vordingborg, municipal-lead, vordingborg",
                "consultant.roskilde, consultant, roskilde",
                "consultant.horsens, consultant, horsens",
                "caseworker.roskilde, caseworker, roskilde",
                "caseworker.horsens, caseworker, horsens",
                "caseworker.soenderborg, caseworker, soenderborg"
            })
    @DisplayName("every demo user's token carries exactly one Hub role in 'groups' and its municipality")
    void demoUserClaims(String username, String role, String municipality) {
        JsonNode claims = TokenClient.claims(tokens.accessToken(username, RealmFile.DEMO_PASSWORD));

        assertThat(claims.path("preferred_username").asText()).isEqualTo(username);
        assertThat(claims.path("iss").asText()).isEqualTo(keycloak.issuer());
        assertThat(hubRoles(claims)).containsExactly(role);
        if (municipality == null) {
            assertThat(claims.has("municipality")).as("municipality claim").isFalse();
        } else {
            assertThat(claims.path("municipality").asText()).isEqualTo(municipality);
        }
    }

    @Test
    @DisplayName("the access token is for the Hub's API (audience nextwork-hub-api); the ID token is not")
    void audience() {
        var response = tokens.passwordGrant("lead.roskilde", RealmFile.DEMO_PASSWORD);
        JsonNode access = TokenClient.claims(response.accessToken());
        assertThat(access.path("aud").toString()).contains("nextwork-hub-api");
        assertThat(access.path("typ").asText()).isEqualTo("Bearer");
        JsonNode id = TokenClient.claims(response.body().path("id_token").asText());
        assertThat(id.path("aud").toString()).doesNotContain("nextwork-hub-api");
        assertThat(id.path("typ").asText()).isEqualTo("ID");
    }

    @Test
    @DisplayName("a wrong password is refused by Keycloak with invalid_grant")
    void wrongPassword() {
        TokenClient.TokenResponse response = tokens.passwordGrant("lead.roskilde", "not-the-password");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    @DisplayName("the web client is confidential and cannot be used for password grants")
    void webClientIsNotForPasswords() {
        JsonNode realm = readRealm();
        JsonNode web = client(realm, "hub-web");
        assertThat(web.path("publicClient").asBoolean()).isFalse();
        assertThat(web.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(web.path("redirectUris").get(0).asText()).isEqualTo(RealmFile.DEFAULT_HUB_URL + "/*");
        assertThat(client(realm, "hub-test").path("publicClient").asBoolean()).isTrue();
    }

    private static List<String> hubRoles(JsonNode claims) {
        List<String> hub =
                List.of("network-admin", "supervisor", "municipal-lead", "consultant", "researcher", "caseworker");
        List<String> roles = new ArrayList<>();
        claims.path("groups").forEach(g -> {
            if (hub.contains(g.asText())) {
                roles.add(g.asText());
            }
        });
        return roles;
    }

    private static JsonNode readRealm() {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(RealmFile.development());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }
}
