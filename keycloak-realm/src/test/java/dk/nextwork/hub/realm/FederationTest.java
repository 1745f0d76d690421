package dk.nextwork.hub.realm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.nextwork.hub.devservices.KeycloakServer;
import dk.nextwork.hub.devservices.TokenClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Signing in through a municipality's identity provider, brokered by the Hub's realm over SAML 2.0 with signed requests
 * and signed assertions: the stand-in provider ({@code kommune-idp}) speaks like KOMBIT's Context Handler (OIOSAML 3
 * attribute names, the NSIS level, the basic privilege profile scoped by CVR number), the Hub's own Keycloak extension
 * turns the profile into the municipality's group and the Hub role at every login, and a login below NSIS
 * Substantial, or whose privileges cannot be read or mapped, is refused with a clear page.
 */
@ExtendWith(RealmServers.class)
@DisplayName("Federated login through the municipality's identity provider")
class FederationTest {

    private static final String HUB_ROLE = "http://nextwork-hub.dk/roles/usersystemrole/";
    private static final String LEAD = HUB_ROLE + "municipal-lead/1";
    private static final String CONSULTANT = HUB_ROLE + "consultant/1";
    /** The demo municipalities' CVR numbers, as docs/federation.md lists them, and one outside the network. */
    private static final String ROSKILDE = "29189404";

    private static final String HORSENS = "29189889";
    private static final String AABENRAA = "29189854";

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
    @DisplayName("the privilege changed at the provider is the role in the Hub at the next login; moved to another"
            + " municipality, the user leaves the first one's group; with the privilege removed the login is refused"
            + " with a clear page and the account keeps no Hub role")
    void roleFollowsTheProvider(KeycloakServer keycloak) {
        KeycloakAdmin admin = new KeycloakAdmin(keycloak);
        String username = "skift." + UUID.randomUUID().toString().substring(0, 8);
        String id = admin.createUser("kommune-idp", user(username, "Substantial", group(HORSENS, LEAD)));
        JsonNode first = brokeredClaims(keycloak, username);
        assertThat(hubRoles(first)).containsExactly("municipal-lead");
        assertThat(first.path("municipality").asText()).isEqualTo("horsens");

        changeAtProvider(admin, id, attributes(username, "Substantial", group(HORSENS, CONSULTANT)));
        assertThat(hubRoles(brokeredClaims(keycloak, username))).containsExactly("consultant");

        // The consultant moves to Roskilde: the Horsens group is left at the next login.
        changeAtProvider(admin, id, attributes(username, "Substantial", group(ROSKILDE, CONSULTANT)));
        JsonNode moved = brokeredClaims(keycloak, username);
        assertThat(moved.path("municipality").asText()).isEqualTo("roskilde");
        String hubUser = admin.userId(KeycloakServer.REALM, username + "@kommune.demo.nextwork.invalid");
        assertThat(admin.get(KeycloakServer.REALM + "/users/" + hubUser + "/groups")
                        .findValuesAsText("name"))
                .containsExactly("roskilde");

        // The municipality withdraws the privilege (another system's stays): no Hub role, so the login is refused.
        changeAtProvider(admin, id, attributes(username, "Substantial", group(ROSKILDE, OTHER_SYSTEM)));
        LoginFlows.Outcome refused = brokered(keycloak, username, "da");
        assertThat(refused.code()).isNull();
        assertThat(refused.page().body()).contains("Din kommune har ikke givet dig en rolle i NExTWORK Hub");
        assertNoHubAccess(admin, username, "withdrawn");
    }

    @Test
    @DisplayName(
            "a privilege scoped to a municipality outside the network gives nothing there: beside a consultant's"
                    + " privilege in Horsens the user is Horsens' consultant only; alone it is refused as an unknown municipality")
    void privilegeOutsideTheNetwork(KeycloakServer keycloak) {
        KeycloakAdmin admin = new KeycloakAdmin(keycloak);
        String username = "udenfor." + UUID.randomUUID().toString().substring(0, 8);
        admin.createUser(
                "kommune-idp", user(username, "Substantial", group(AABENRAA, LEAD), group(HORSENS, CONSULTANT)));
        JsonNode claims = brokeredClaims(keycloak, username);
        assertThat(hubRoles(claims)).containsExactly("consultant");
        assertThat(claims.path("municipality").asText()).isEqualTo("horsens");

        // A user of its own: refusals count towards the realm's brute-force lock, and ukendt.kommune has its own test.
        String only = "kunudenfor." + UUID.randomUUID().toString().substring(0, 8);
        admin.createUser("kommune-idp", user(only, "Substantial", group(AABENRAA, LEAD)));
        LoginFlows.Outcome outside = brokered(keycloak, only, "da");
        assertThat(outside.code()).isNull();
        assertThat(outside.page().body()).contains("Din kommune er ikke med i NExTWORK-netværket");
    }

    @Test
    @DisplayName("the Hub's privileges in two municipalities are refused with a clear page: a user of the Hub belongs"
            + " to one municipality, and the account gets neither group nor role")
    void severalMunicipalities(KeycloakServer keycloak) {
        KeycloakAdmin admin = new KeycloakAdmin(keycloak);
        String username = "to." + UUID.randomUUID().toString().substring(0, 8);
        admin.createUser(
                "kommune-idp", user(username, "Substantial", group(ROSKILDE, CONSULTANT), group(HORSENS, CONSULTANT)));
        LoginFlows.Outcome refused = brokered(keycloak, username, "da");
        assertThat(refused.code()).isNull();
        assertThat(LoginFlows.unescape(refused.page().body()))
                .contains("Din kommune har givet dig en rolle i NExTWORK Hub i mere end én kommune");
        assertNoHubAccess(admin, username, "two municipalities");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "not base64, 'PrivilegeList?'",
        "not XML, " + "bm90IGEgcHJvZmlsZQ==",
        "an external entity, XXE",
        "entity expansion, LAUGHS",
        "another root, OTHER_ROOT"
    })
    @DisplayName(
            "a lead whose provider then sends a privilege profile that is malformed or carries entities is refused"
                    + " with a clear page and keeps no role and no group, even where the profile's text names the lead privilege")
    void unreadableProfile(String what, String value, KeycloakServer keycloak, @TempDir Path dir) throws Exception {
        Path secret = dir.resolve("privilege.txt");
        Files.writeString(secret, LEAD);
        String header = "<?xml version=\"1.0\"?>";
        String list = "<bpp:PrivilegeList xmlns:bpp=\"http://digst.dk/oiosaml/basic_privilege_profile\">"
                + "<PrivilegeGroup Scope=\"urn:dk:gov:saml:cvrNumberIdentifier:" + ROSKILDE + "\"><Privilege>%s"
                + "</Privilege></PrivilegeGroup></bpp:PrivilegeList>";
        String encoded = switch (value) {
            case "XXE" ->
                base64(header + "<!DOCTYPE l [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>" + list.formatted("&s;"));
            case "LAUGHS" ->
                base64(header + "<!DOCTYPE l [<!ENTITY a \"" + LEAD + "\"><!ENTITY b \"&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;\">]>" + list.formatted("&a;"));
            case "OTHER_ROOT" ->
                base64(header + "<PrivilegeList><PrivilegeGroup Scope=\"urn:dk:gov:saml:"
                        + "cvrNumberIdentifier:" + ROSKILDE + "\"><Privilege>" + LEAD + "</Privilege></PrivilegeGroup>"
                        + "</PrivilegeList>");
            default -> value;
        };
        KeycloakAdmin admin = new KeycloakAdmin(keycloak);
        String username = "ulaeselig." + UUID.randomUUID().toString().substring(0, 8);
        // The user is Roskilde's lead first; then the provider sends the bad profile.
        String id = admin.createUser("kommune-idp", user(username, "Substantial", group(ROSKILDE, LEAD)));
        assertThat(hubRoles(brokeredClaims(keycloak, username))).containsExactly("municipal-lead");
        changeAtProvider(admin, id, attributes(username, "Substantial", List.of(encoded)));
        LoginFlows.Outcome danish = brokered(keycloak, username, "da");
        assertThat(danish.code()).as(what).isNull();
        assertThat(LoginFlows.unescape(danish.page().body()))
                .as(what)
                .contains("Din kommunes login sendte dine rettigheder i en form, NExTWORK Hub ikke kan læse");
        assertNoHubAccess(admin, username, what);
    }

    @Test
    @DisplayName("a login at NSIS level Low, or with no level, is refused with a clear page in Danish and in English"
            + " and gets no code; the same user at Substantial gets in, and at Low again is refused and keeps no role")
    void assuranceLevel(KeycloakServer keycloak) {
        LoginFlows.Outcome danish = brokered(keycloak, "lav.sikring", "da");
        assertThat(danish.code()).isNull();
        assertThat(danish.page().status()).isEqualTo(403);
        assertThat(LoginFlows.unescape(danish.page().body()))
                .contains("Dit login er sket på NSIS-sikringsniveau Lav, men NExTWORK Hub kræver mindst Betydelig");
        LoginFlows.Outcome english = brokered(keycloak, "lav.sikring", "en");
        assertThat(english.code()).isNull();
        assertThat(LoginFlows.unescape(english.page().body()))
                .contains("You signed in at NSIS assurance level Low, but NExTWORK Hub requires at least Substantial");

        KeycloakAdmin admin = new KeycloakAdmin(keycloak);
        String username = "niveau." + UUID.randomUUID().toString().substring(0, 8);
        String id = admin.createUser("kommune-idp", user(username, null, group(ROSKILDE, LEAD)));
        LoginFlows.Outcome none = brokered(keycloak, username, "da");
        assertThat(none.code()).isNull();
        assertThat(LoginFlows.unescape(none.page().body()))
                .contains("Dit login er sket på NSIS-sikringsniveau intet, men NExTWORK Hub kræver mindst Betydelig");
        changeAtProvider(admin, id, attributes(username, "Substantial", group(ROSKILDE, LEAD)));
        assertThat(hubRoles(brokeredClaims(keycloak, username))).containsExactly("municipal-lead");

        // The next login at Low is refused although the account had the role, and the account keeps none.
        changeAtProvider(admin, id, attributes(username, "Low", group(ROSKILDE, LEAD)));
        assertThat(brokered(keycloak, username, "da").code()).isNull();
        assertNoHubAccess(admin, username, "Low after Substantial");
    }

    @Test
    @DisplayName("a provider whose mapper lists only Horsens' CVR number cannot make anyone Roskilde's lead: the"
            + " privilege scoped to Roskilde gives nothing (refused as an unknown municipality), Horsens' still works")
    void providerLimitedToItsMunicipalities(KeycloakServer keycloak) {
        KeycloakAdmin admin = new KeycloakAdmin(keycloak);
        String mappers =
                KeycloakServer.REALM + "/identity-provider/instances/" + RealmFile.STAND_IN_IDP_ALIAS + "/mappers";
        com.fasterxml.jackson.databind.node.ObjectNode mapper = null;
        for (JsonNode m : admin.get(mappers)) {
            if (m.path("identityProviderMapper").asText().equals("hub-privilege-profile-idp-mapper")) {
                mapper = (com.fasterxml.jackson.databind.node.ObjectNode) m;
            }
        }
        assertThat(mapper).isNotNull();
        String everyMunicipality = mapper.toString();
        ((com.fasterxml.jackson.databind.node.ObjectNode) mapper.path("config")).put("cvrNumbers", HORSENS);
        String path = mappers + "/" + mapper.path("id").asText();
        assertThat(admin.call("PUT", path, mapper.toString()).statusCode()).isEqualTo(204);
        try {
            String other = "anden." + UUID.randomUUID().toString().substring(0, 8);
            admin.createUser("kommune-idp", user(other, "Substantial", group(ROSKILDE, LEAD)));
            LoginFlows.Outcome refused = brokered(keycloak, other, "da");
            assertThat(refused.code()).isNull();
            assertThat(refused.page().body()).contains("Din kommune er ikke med i NExTWORK-netværket");

            String own = "egen." + UUID.randomUUID().toString().substring(0, 8);
            admin.createUser("kommune-idp", user(own, "Substantial", group(HORSENS, CONSULTANT)));
            assertThat(brokeredClaims(keycloak, own).path("municipality").asText())
                    .isEqualTo("horsens");
        } finally {
            assertThat(admin.call("PUT", path, everyMunicipality).statusCode()).isEqualTo(204);
        }
    }

    @Test
    @DisplayName("a user whose only Hub privilege is scoped to a municipality outside the network (Aabenraa) is refused"
            + " with a clear page, in Danish and in English, gets no code and no municipality")
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
                .contains("https://data.gov.dk/model/core/specVersion")
                .contains("OIO-SAML-3.0")
                .contains("https://data.gov.dk/concept/core/nsis/loa")
                .contains("https://data.gov.dk/model/core/eid/privilegesIntermediate")
                .contains("urn:oasis:names:tc:SAML:2.0:attrname-format:uri");
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
            "the broker sends signed AuthnRequests asking for a persistent name ID, requires signed assertions, maps them"
                    + " with the Hub's privilege-profile mapper, and the production realm checks the NSIS level first")
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
        assertThat(realm.path("identityProviderMappers").findValuesAsText("identityProviderMapper"))
                .contains("hub-privilege-profile-idp-mapper")
                .doesNotContain("saml-role-idp-mapper", "saml-advanced-group-idp-mapper");
        // The production realm's checks after every brokered login begin with the NSIS level, at Substantial.
        JsonNode production = new com.fasterxml.jackson.databind.ObjectMapper().readTree(RealmFile.production());
        JsonNode checks = null;
        for (JsonNode flow : production.path("authenticationFlows")) {
            if (flow.path("alias").asText().equals("hub broker checks")) {
                checks = flow;
            }
        }
        assertThat(checks).isNotNull();
        JsonNode first = checks.path("authenticationExecutions").get(0);
        assertThat(first.path("authenticator").asText()).isEqualTo("hub-nsis-level");
        assertThat(first.path("requirement").asText()).isEqualTo("REQUIRED");
        for (JsonNode minimum : production.path("authenticatorConfig")) {
            if (minimum.path("alias")
                    .asText()
                    .equals(first.path("authenticatorConfig").asText())) {
                assertThat(minimum.path("config").path("minimumLevel").asText()).isEqualTo("Substantial");
            }
        }
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

    /** Another user system's privilege, as a municipality's profile holds beside the Hub's. */
    private static final String OTHER_SYSTEM = "http://sagssystem.kommune.dk/roles/usersystemrole/laeseadgang/1";

    /** One privilege group: the privileges scoped by a CVR number. */
    private static String group(String cvr, String... privileges) {
        StringBuilder xml =
                new StringBuilder("<PrivilegeGroup Scope=\"urn:dk:gov:saml:cvrNumberIdentifier:" + cvr + "\">");
        for (String privilege : privileges) {
            xml.append("<Privilege>").append(privilege).append("</Privilege>");
        }
        return xml.append("</PrivilegeGroup>").toString();
    }

    /** A user of the stand-in provider as JSON, with the demo password. */
    private static String user(String username, String level, String... groups) {
        return user(username, level, List.of(profile(groups)));
    }

    private static String user(String username, String level, List<String> privileges) {
        String json = attributes(username, level, privileges);
        return json.substring(0, json.length() - 1) + ",\"credentials\":[{\"type\":\"password\",\"value\":\""
                + RealmFile.DEMO_PASSWORD + "\",\"temporary\":false}]}";
    }

    private static String attributes(String username, String level, String... groups) {
        return attributes(username, level, List.of(profile(groups)));
    }

    /**
     * A stand-in user's details: a name, an e-mail, the NSIS level (none if null) and the privilege profile's encoded
     * values.
     */
    private static String attributes(String username, String level, List<String> privileges) {
        List<String> values = new ArrayList<>();
        privileges.forEach(p -> values.add("\"" + p + "\""));
        return "{\"username\":\"" + username + "\",\"enabled\":true,\"firstName\":\"Test\",\"lastName\":\"Skift\","
                + "\"email\":\"" + username + "@kommune.demo.nextwork.invalid\",\"emailVerified\":true,"
                + "\"attributes\":{\"persistentId\":[\""
                + UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8))
                + "\"]," + (level == null ? "" : "\"nsisLevel\":[\"" + level + "\"],") + "\"privileges\":["
                + String.join(",", values) + "]}}";
    }

    /** The basic privilege profile (version 1.2's namespace) of these groups, base64-encoded as the Context Handler sends it. */
    private static String profile(String... groups) {
        return base64("<?xml version=\"1.0\" encoding=\"UTF-8\"?><bpp:PrivilegeList"
                + " xmlns:bpp=\"http://digst.dk/oiosaml/basic_privilege_profile\">" + String.join("", groups)
                + "</bpp:PrivilegeList>");
    }

    private static String base64(String xml) {
        return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** Changes a stand-in user's details at the provider, as the municipality would. */
    private static void changeAtProvider(KeycloakAdmin admin, String id, String details) {
        assertThat(admin.call("PUT", "kommune-idp/users/" + id, details).statusCode())
                .isEqualTo(204);
    }

    /** The stand-in user's Hub account is in no group and holds none of the Hub's roles. */
    private static void assertNoHubAccess(KeycloakAdmin admin, String username, String why) {
        String hubUser = admin.userId(KeycloakServer.REALM, username + "@kommune.demo.nextwork.invalid");
        assertThat(admin.get(KeycloakServer.REALM + "/users/" + hubUser + "/groups"))
                .as(why)
                .isEmpty();
        assertThat(admin.get(KeycloakServer.REALM + "/users/" + hubUser + "/role-mappings/realm/composite")
                        .findValuesAsText("name"))
                .as(why)
                .doesNotContain(
                        "municipal-lead", "consultant", "caseworker", "supervisor", "network-admin", "researcher");
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
