package dk.nextwork.hub.web;

import static dk.nextwork.hub.web.Problems.assertField;
import static dk.nextwork.hub.web.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nextwork.hub.realm.RealmFile;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Onboarding a municipality")
class OnboardingIT extends HubTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("the admin adds Odense (461) with its lead: the municipality is onboarding, Keycloak has its group"
            + " with the municipality attribute and the lead's account in it, which must set a password first")
    void adminAddsAMunicipality() throws Exception {
        Api.Answer added = api.post(
                "/api/municipalities",
                token("admin"),
                Json.object("kommunekode", "461", "leadName", "Olga Odense", "leadEmail", "Olga.Odense@Example.dk"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        JsonNode body = added.json();
        assertThat(body.path("municipality").path("slug").asText()).isEqualTo("odense");
        assertThat(body.path("municipality").path("name").asText()).isEqualTo("Odense");
        assertThat(body.path("municipality").path("status").asText()).isEqualTo("ONBOARDING");
        assertThat(body.path("leadUsername").asText()).isEqualTo("olga.odense@example.dk");
        assertThat(body.path("temporaryPassword").asText()).hasSize(16);
        assertThat(api.get("/api/municipalities/odense", token("supervisor.anna"))
                        .json()
                        .path("kommunekode")
                        .asText())
                .isEqualTo("461");

        String admin = provisioningToken();
        JsonNode groups = keycloak(admin, "/groups?exact=true&search=odense");
        assertThat(groups).hasSize(1);
        String groupId = groups.get(0).path("id").asText();
        JsonNode group = keycloak(admin, "/groups/" + groupId);
        assertThat(group.path("attributes").path("municipality").get(0).asText())
                .isEqualTo("odense");
        JsonNode members = keycloak(admin, "/groups/" + groupId + "/members");
        assertThat(members).hasSize(1);
        assertThat(members.get(0).path("username").asText()).isEqualTo("olga.odense@example.dk");
        assertThat(members.get(0).path("requiredActions").toString()).contains("UPDATE_PASSWORD");
        JsonNode roles = keycloak(admin, "/users/" + members.get(0).path("id").asText() + "/role-mappings/realm");
        assertThat(roles.findValuesAsText("name")).contains("municipal-lead");
        // The temporary password is right, and the account is not usable until the lead has chosen a password.
        HttpResponse<String> login = form(
                servers.keycloak().tokenEndpoint(),
                "grant_type=password&client_id=hub-test&username=olga.odense%40example.dk&password="
                        + body.path("temporaryPassword").asText());
        assertThat(login.statusCode()).isEqualTo(400);
        assertThat(login.body()).contains("not fully set up");
    }

    @Test
    @DisplayName("adding the same municipality twice is refused by name; only the admin adds; bad input names its"
            + " field")
    void refusals() {
        String admin = token("admin");
        Api.Answer first = api.post(
                "/api/municipalities",
                admin,
                Json.object("kommunekode", "851", "leadName", "Anna Aalborg", "leadEmail", "anna@aalborg.example"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        Api.Answer again = api.post(
                "/api/municipalities",
                admin,
                Json.object("kommunekode", "851", "leadName", "Anders Aalborg", "leadEmail", "anders@aalborg.example"));
        assertProblem(again, 409);
        assertThat(again.json().path("detail").asText()).contains("Aalborg er allerede med i netværket");
        Api.Answer existing = api.post(
                "/api/municipalities",
                admin,
                Json.object("kommunekode", "265", "leadName", "R", "leadEmail", "r@roskilde.example"));
        assertProblem(existing, 409);
        assertThat(existing.json().path("detail").asText()).contains("Roskilde");

        assertProblem(
                api.post(
                        "/api/municipalities",
                        token("lead.horsens"),
                        Json.object("kommunekode", "860", "leadName", "H", "leadEmail", "h@hjoerring.example")),
                403);
        assertField(
                api.post(
                        "/api/municipalities",
                        admin,
                        Json.object("kommunekode", "999", "leadName", "X", "leadEmail", "x@x.example")),
                "kommunekode");
        assertField(
                api.post(
                        "/api/municipalities",
                        admin,
                        Json.object("kommunekode", "860", "leadName", "H", "leadEmail", "not an address")),
                "leadEmail");
        assertThat(api.get("/api/municipalities/hjoerring", admin).status()).isEqualTo(404);
    }

    private String provisioningToken() throws Exception {
        HttpResponse<String> answer = form(
                servers.keycloak().tokenEndpoint(),
                "grant_type=client_credentials&client_id=hub-provisioning&client_secret="
                        + URLEncoder.encode(RealmFile.DEMO_PROVISIONING_SECRET, StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body()).path("access_token").asText();
    }

    private JsonNode keycloak(String token, String path) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        servers.keycloak().baseUrl() + "/admin/realms/" + "nextwork-hub" + path))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static HttpResponse<String> form(String url, String form) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
