package dk.nextwork.hub.realm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.nextwork.hub.devservices.KeycloakServer;
import dk.nextwork.hub.devservices.TokenClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Signing in through a municipality's identity provider, brokered by the Hub's realm over SAML 2.0 with signed requests
 * and signed assertions: the stand-in provider ({@code kommune-idp}) asserts the kommunekode and job-function roles, the
 * broker's mappers turn them into the municipality's group and the Hub role at every login, and a user whose
 * municipality or role cannot be mapped is refused.
 */
@ExtendWith(RealmServers.class)
@DisplayName("Federated login through the municipality's identity provider")
class FederationTest {

    private static final String JOB_ROLE = "https://nextwork.dk/roles/jobrole/";

    @ParameterizedTest(name = "{0}: {1} of {2}")
    @CsvSource({
        "rikke.roskilde, municipal-lead, roskilde",
        "hans.horsens, consultant, horsens",
        "sofie.soenderborg, municipal-lead, soenderborg",
        "camilla.roskilde, caseworker, roskilde"
    })
    @DisplayName("every demo municipal user of the stand-in provider gets a Hub token with its municipality and role")
    void demoMunicipalUsers(String username, String role, String municipality, KeycloakServer keycloak) {
        JsonNode claims = brokeredClaims(keycloak, username);
        assertThat(claims.path("municipality").asText()).isEqualTo(municipality);
        assertThat(hubRoles(claims)).containsExactly(role);
        assertThat(claims.path("preferred_username").asText()).isEqualTo(username + "@kommune.demo.nextwork.invalid");
        assertThat(claims.path("iss").asText()).isEqualTo(keycloak.issuer());
        assertThat(claims.path("aud").toString()).contains("nextwork-hub-api");
    }

    @Test
    @DisplayName("the role changed at the provider is the role in the Hub at the next login; with the right removed the"
            + " login is refused with a clear page and the account keeps no Hub role")
    void roleFollowsTheProvider(KeycloakServer keycloak) {
        KeycloakAdmin admin = new KeycloakAdmin(keycloak);
        String username = "skift." + UUID.randomUUID().toString().substring(0, 8);
        String id = admin.createUser("kommune-idp", user(username, "615", List.of("teamleder")));
        JsonNode first = brokeredClaims(keycloak, username);
        assertThat(hubRoles(first)).containsExactly("municipal-lead");
        assertThat(first.path("municipality").asText()).isEqualTo("horsens");

        assertThat(admin.call("PUT", "kommune-idp/users/" + id, attributes(username, "615", List.of("ungekonsulent")))
                        .statusCode())
                .isEqualTo(204);
        assertThat(hubRoles(brokeredClaims(keycloak, username))).containsExactly("consultant");

        // The municipality withdraws the right: no Hub role is mapped, so the login is refused.
        assertThat(admin.call("PUT", "kommune-idp/users/" + id, attributes(username, "615", List.of()))
                        .statusCode())
                .isEqualTo(204);
        LoginFlows.Outcome refused = brokered(keycloak, username, "da");
        assertThat(refused.code()).isNull();
        assertThat(refused.page().body()).contains("Din kommune har ikke givet dig en rolle i NExTWORK Hub");
        String hubUser = admin.userId(KeycloakServer.REALM, username + "@kommune.demo.nextwork.invalid");
        assertThat(admin.get(KeycloakServer.REALM + "/users/" + hubUser + "/role-mappings/realm/composite")
                        .findValuesAsText("name"))
                .doesNotContain("municipal-lead", "consultant", "supervisor", "network-admin", "researcher");
    }

    @Test
    @DisplayName("a user whose municipality is not in the network (kommunekode 999) is refused with a clear page, in"
            + " Danish and in English, gets no code and no municipality")
    void unknownMunicipality(KeycloakServer keycloak) {
        LoginFlows.Outcome danish = brokered(keycloak, "ukendt.kommune", "da");
        assertThat(danish.code()).isNull();
        assertThat(danish.page().body()).contains("Din kommune er ikke med i NExTWORK-netværket");
        LoginFlows.Outcome english = brokered(keycloak, "ukendt.kommune", "en");
        assertThat(english.code()).isNull();
        assertThat(LoginFlows.unescape(english.page().body()))
                .contains("Your municipality is not part of the NExTWORK network")
                .contains("your municipality's IT department");
        KeycloakAdmin admin = new KeycloakAdmin(keycloak);
        String id = admin.userId(KeycloakServer.REALM, "ukendt.kommune@kommune.demo.nextwork.invalid");
        assertThat(admin.get(KeycloakServer.REALM + "/users/" + id + "/groups")).isEmpty();
    }

    @Test
    @DisplayName("a user the municipality gave no job-function role is refused with a clear page")
    void noRole(KeycloakServer keycloak) {
        LoginFlows.Outcome refused = brokered(keycloak, "uden.rolle", "da");
        assertThat(refused.code()).isNull();
        assertThat(refused.page().body()).contains("Din kommune har ikke givet dig en rolle i NExTWORK Hub");
    }

    @Test
    @DisplayName("the provider's assertion is signed, and the broker's endpoint refuses it unsigned or signed with"
            + " another key; the same steps with the response untouched are accepted")
    void onlySignedAssertions(KeycloakServer keycloak) {
        LoginFlows browser = new LoginFlows(keycloak.issuer(), RealmServers.HUB).inLanguage("en");
        LoginFlows.Form response = browser.assertionFromStandIn("sofie.soenderborg", RealmFile.DEMO_PASSWORD);
        String signed = response.fields().get("SAMLResponse");
        assertThat(SamlResponses.xml(signed))
                .contains("SignatureValue")
                .contains("urn:oasis:names:tc:SAML:2.0:nameid-format:persistent")
                .contains("kommunekode")
                .contains(JOB_ROLE + "teamleder/1");
        LoginFlows.Outcome unsigned = browser.post(response.with("SAMLResponse", SamlResponses.unsigned(signed)));
        assertThat(unsigned.code()).isNull();
        assertThat(unsigned.page().status()).isEqualTo(400);

        LoginFlows second = new LoginFlows(keycloak.issuer(), RealmServers.HUB).inLanguage("en");
        LoginFlows.Form another = second.assertionFromStandIn("sofie.soenderborg", RealmFile.DEMO_PASSWORD);
        LoginFlows.Outcome forged = second.post(another.with(
                "SAMLResponse",
                SamlResponses.signedWithAnotherKey(another.fields().get("SAMLResponse"))));
        assertThat(forged.code()).isNull();
        assertThat(forged.page().status()).isEqualTo(400);
        assertThat(forged.page().body()).contains("Invalid signature in response from identity provider");

        // The control: the same steps with the response as the provider signed it.
        LoginFlows third = new LoginFlows(keycloak.issuer(), RealmServers.HUB).inLanguage("en");
        LoginFlows.Outcome genuine =
                third.post(third.assertionFromStandIn("sofie.soenderborg", RealmFile.DEMO_PASSWORD));
        assertThat(genuine.code())
                .as(genuine.page() == null ? "" : genuine.page().body())
                .isNotNull();
    }

    @Test
    @DisplayName(
            "the broker sends signed AuthnRequests asking for a persistent name ID, and requires signed assertions")
    void brokerConfiguration() throws Exception {
        JsonNode realm = new com.fasterxml.jackson.databind.ObjectMapper().readTree(RealmFile.development());
        JsonNode broker = realm.path("identityProviders").get(0);
        assertThat(broker.path("alias").asText()).isEqualTo(RealmFile.STAND_IN_IDP_ALIAS);
        assertThat(broker.path("providerId").asText()).isEqualTo("saml");
        JsonNode config = broker.path("config");
        assertThat(config.path("wantAuthnRequestsSigned").asText()).isEqualTo("true");
        assertThat(config.path("validateSignature").asText()).isEqualTo("true");
        assertThat(config.path("wantAssertionsSigned").asText()).isEqualTo("true");
        assertThat(config.path("syncMode").asText()).isEqualTo("FORCE");
        assertThat(config.path("nameIDPolicyFormat").asText())
                .isEqualTo("urn:oasis:names:tc:SAML:2.0:nameid-format:persistent");
        assertThat(broker.path("postBrokerLoginFlowAlias").asText()).isEqualTo("hub broker checks");
        for (JsonNode mapper : realm.path("identityProviderMappers")) {
            assertThat(mapper.path("config").path("syncMode").asText())
                    .as(mapper.path("name").asText())
                    .isIn("FORCE", "IMPORT");
        }
    }

    /** Logs in through the stand-in provider and returns the Hub token's claims. */
    private static JsonNode brokeredClaims(KeycloakServer keycloak, String username) {
        LoginFlows browser = new LoginFlows(keycloak.issuer(), RealmServers.HUB);
        LoginFlows.Outcome done = browser.post(browser.assertionFromStandIn(username, RealmFile.DEMO_PASSWORD));
        assertThat(done.code())
                .as(done.page() == null ? "" : done.page().body())
                .isNotNull();
        return TokenClient.claims(
                browser.tokens(done.code()).path("access_token").asText());
    }

    private static LoginFlows.Outcome brokered(KeycloakServer keycloak, String username, String language) {
        LoginFlows browser = new LoginFlows(keycloak.issuer(), RealmServers.HUB).inLanguage(language);
        return browser.post(browser.assertionFromStandIn(username, RealmFile.DEMO_PASSWORD));
    }

    /** A stand-in provider's user as JSON, with the demo password. */
    private static String user(String username, String kommunekode, List<String> jobs) {
        String json = attributes(username, kommunekode, jobs);
        return json.substring(0, json.length() - 1) + ",\"credentials\":[{\"type\":\"password\",\"value\":\""
                + RealmFile.DEMO_PASSWORD + "\",\"temporary\":false}]}";
    }

    /** A stand-in provider's user's details: a name, an e-mail, the kommunekode and the job-function roles. */
    private static String attributes(String username, String kommunekode, List<String> jobs) {
        List<String> roles = new ArrayList<>();
        jobs.forEach(j -> roles.add("\"" + JOB_ROLE + j + "/1\""));
        return "{\"username\":\"" + username + "\",\"enabled\":true,\"firstName\":\"Test\",\"lastName\":\"Skift\","
                + "\"email\":\"" + username + "@kommune.demo.nextwork.invalid\",\"emailVerified\":true,"
                + "\"attributes\":{\"persistentId\":[\""
                + UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8))
                + "\"],\"kommunekode\":[\"" + kommunekode + "\"],\"jobFunction\":["
                + String.join(",", roles) + "]}}";
    }

    static List<String> hubRoles(JsonNode claims) {
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
}
