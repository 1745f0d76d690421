package dk.nextwork.hub.realm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nextwork.hub.devservices.KeycloakServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The realm a network's Keycloak imports, imported alone as it ships: no demo user, no client that takes passwords, no
 * secret; brute-force detection, a password policy, and a second factor for the network admin and the supervisors.
 */
@ExtendWith(RealmServers.class)
@DisplayName("The production realm")
class ProductionRealmTest {

    private static final String REALM = RealmServers.PRODUCTION;
    private static final String PASSWORD = "Et-langt-kodeord-2026";

    @Test
    @DisplayName("imported alone it has no demo user (only the provisioning service account), no client with password"
            + " grants or a public one, no identity provider; the file holds no secret")
    void nothingForDemos(KeycloakServer keycloak) throws Exception {
        KeycloakAdmin admin = new KeycloakAdmin(keycloak);
        // Keycloak lists no service account among the users: none at all.
        assertThat(admin.get(REALM + "/users?max=1000").findValuesAsText("username"))
                .isEmpty();
        List<String> passwordClients = new ArrayList<>();
        for (JsonNode client : admin.get(REALM + "/clients")) {
            if (client.path("directAccessGrantsEnabled").asBoolean()
                    || (client.path("publicClient").asBoolean()
                            && client.path("clientId").asText().startsWith("hub"))) {
                passwordClients.add(client.path("clientId").asText());
            }
        }
        assertThat(passwordClients).isEmpty();
        assertThat(admin.get(REALM + "/identity-provider/instances")).isEmpty();

        JsonNode file = new ObjectMapper().readTree(RealmFile.production());
        assertThat(file.path("users").findValuesAsText("username")).containsExactly("service-account-hub-provisioning");
        assertThat(file.findValues("secret")).isEmpty();
        assertThat(file.findValues("credentials")).isEmpty();
        assertThat(file.has("identityProviders")).isFalse();
        assertThat(file.path("bruteForceProtected").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("users cannot write attributes of their own beyond the profile's (unmanaged attributes disabled), so"
            + " no one can set the attribute the broker checks read, in the production realm or the development one")
    void noUnmanagedAttributes(KeycloakServer keycloak) {
        KeycloakAdmin admin = new KeycloakAdmin(keycloak);
        for (String realm : List.of(REALM, KeycloakServer.REALM)) {
            JsonNode profile = admin.get(realm + "/users/profile");
            assertThat(profile.path("unmanagedAttributePolicy").asText("DISABLED"))
                    .as(realm)
                    .isEqualTo("DISABLED");
            assertThat(profile.path("attributes").findValuesAsText("name"))
                    .as(realm)
                    .doesNotContain("hubPrivilegeProblem");
        }
    }

    @Test
    @DisplayName("five wrong passwords lock a local account for a while: then even the right one is refused")
    void bruteForce(KeycloakServer keycloak) {
        KeycloakAdmin admin = new KeycloakAdmin(keycloak);
        String username = "laas." + UUID.randomUUID().toString().substring(0, 8);
        String id = user(admin, username, "municipal-lead");
        LoginFlows browser = new LoginFlows(keycloak.baseUrl() + "/realms/" + REALM, RealmServers.HUB);
        LoginFlows.Outcome page = browser.authorize(null);
        for (int attempt = 1; attempt <= 5; attempt++) {
            page = browser.logIn(page.page(), username, "forkert-" + attempt);
            assertThat(page.code()).isNull();
        }
        JsonNode detection = admin.get(REALM + "/attack-detection/brute-force/users/" + id);
        assertThat(detection.path("disabled").asBoolean())
                .as(detection.toString())
                .isTrue();
        LoginFlows.Outcome right = browser.logIn(page.page(), username, PASSWORD);
        assertThat(right.code()).isNull();
        assertThat(right.page().body()).contains("Ugyldig brugernavn eller adgangskode");
    }

    @Test
    @DisplayName("a password of four letters is refused by the password policy, with the reason")
    void passwordPolicy(KeycloakServer keycloak) {
        KeycloakAdmin admin = new KeycloakAdmin(keycloak);
        String id = user(admin, "kort." + UUID.randomUUID().toString().substring(0, 8), "consultant");
        HttpResponse<String> refused = admin.call(
                "PUT",
                REALM + "/users/" + id + "/reset-password",
                "{\"type\":\"password\",\"value\":\"demo\",\"temporary\":false}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("invalidPasswordMinLengthMessage");
    }

    @Test
    @DisplayName("the network admin and a supervisor must set up a second factor (OTP) at the first login; a lead does"
            + " not")
    void secondFactor(KeycloakServer keycloak) {
        KeycloakAdmin admin = new KeycloakAdmin(keycloak);
        String issuer = keycloak.baseUrl() + "/realms/" + REALM;
        for (String role : List.of("network-admin", "supervisor")) {
            String username = "otp." + UUID.randomUUID().toString().substring(0, 8);
            user(admin, username, role);
            LoginFlows browser = new LoginFlows(issuer, RealmServers.HUB);
            LoginFlows.Outcome afterPassword =
                    browser.logIn(browser.authorize(null).page(), username, PASSWORD);
            assertThat(afterPassword.code()).as(role).isNull();
            assertThat(afterPassword.page().body())
                    .as(role + " is asked to set up OTP")
                    .contains("name=\"totpSecret\"")
                    .contains("Mobil Godkendelses Opsætning");
        }
        String lead = "uden.otp." + UUID.randomUUID().toString().substring(0, 8);
        user(admin, lead, "municipal-lead");
        LoginFlows browser = new LoginFlows(issuer, RealmServers.HUB);
        assertThat(browser.logIn(browser.authorize(null).page(), lead, PASSWORD).code())
                .isNotNull();
    }

    /** A local user of the production realm with a password that passes the policy and one Hub role; its id. */
    private static String user(KeycloakAdmin admin, String username, String role) {
        String id = admin.createUser(
                REALM,
                "{\"username\":\"" + username + "\",\"enabled\":true,\"firstName\":\"Test\",\"lastName\":\"Bruger\","
                        + "\"email\":\"" + username + "@test.nextwork.invalid\",\"emailVerified\":true,"
                        + "\"credentials\":[{\"type\":\"password\",\"value\":\"" + PASSWORD
                        + "\",\"temporary\":false}]}");
        JsonNode roleRepresentation = admin.get(REALM + "/roles/" + role);
        assertThat(admin.call("POST", REALM + "/users/" + id + "/role-mappings/realm", "[" + roleRepresentation + "]")
                        .statusCode())
                .isEqualTo(204);
        return id;
    }
}
