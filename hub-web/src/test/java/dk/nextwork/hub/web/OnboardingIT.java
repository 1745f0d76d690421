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

    @Test
    @DisplayName("Assens' new lead marks activities on the dates they happened; with the clock moved on, the stage"
            + " arithmetic and the cohort follow; dates in the future or out of order are refused; another"
            + " municipality's lead gets 404")
    void leadMarksActivities() throws Exception {
        String admin = token("admin");
        Api.Answer added = api.post(
                "/api/municipalities",
                admin,
                Json.object("kommunekode", "420", "leadName", "Asta Assens", "leadEmail", "asta@assens.example"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String lead = leadToken("asta@assens.example");
        JsonNode started = api.get("/api/onboarding/assens", lead).json();
        java.time.LocalDate day0 =
                java.time.LocalDate.parse(started.path("startedOn").asText());
        assertThat(started.path("currentStage").asText()).isEqualTo("DECISION");

        // The co-ownership commitment: the lead accepts the current version; who, when and which are kept.
        JsonNode commitment = api.get("/api/onboarding/commitment", lead).json();
        assertThat(commitment.path("version").asText()).isEqualTo("1.0");
        assertThat(commitment.path("textDa").asText()).contains("medejer");
        assertProblem(api.post("/api/onboarding/assens/commitment", lead, Json.object("version", "0.9")), 409);
        assertProblem(
                api.post("/api/onboarding/assens/commitment", token("supervisor.anna"), Json.object("version", "1.0")),
                403);
        JsonNode accepted = api.post("/api/onboarding/assens/commitment", lead, Json.object("version", "1.0"))
                .json();
        assertThat(accepted.path("commitment").path("version").asText()).isEqualTo("1.0");
        assertThat(accepted.path("commitment").path("acceptedBy").asText()).isEqualTo("asta@assens.example");
        assertThat(api.get("/api/onboarding/assens", token("supervisor.anna"))
                        .json()
                        .path("commitment")
                        .path("acceptedAt")
                        .asText())
                .isNotBlank();

        assertThat(mark(lead, "DECISION_POLITICAL", day0).status()).isEqualTo(200);
        assertField(mark(lead, "DECISION_AGREEMENT", day0.plusDays(1)), "doneOn");
        try {
            assertThat(api.put("/api/test-clock", admin, Json.object("days", 100))
                            .status())
                    .isEqualTo(200);
            assertThat(mark(lead, "DECISION_AGREEMENT", day0.plusDays(41)).status())
                    .isEqualTo(200);
            assertThat(mark(lead, "TEAM_CONSULTANTS", day0.plusDays(60)).status())
                    .isEqualTo(200);
            // The team lead comes before the consultants in the stage: a later date is out of order.
            Api.Answer outOfOrder = mark(lead, "TEAM_LEAD", day0.plusDays(70));
            assertField(outOfOrder, "doneOn");

            JsonNode progress = api.get("/api/onboarding/assens", lead).json();
            JsonNode decision = progress.path("stages").get(0);
            assertThat(decision.path("durationDays").asLong()).isEqualTo(41);
            assertThat(decision.path("overdue").asBoolean()).isFalse();
            // The team stage began with its first activity on day 60: 40 days by day 100, within its 90.
            assertThat(progress.path("currentStage").asText()).isEqualTo("TEAM_HIRED");
            assertThat(progress.path("daysInCurrentStage").asLong()).isEqualTo(40);
            assertThat(progress.path("proportion").asDouble()).isEqualTo(3.0 / 14);

            JsonNode cohort =
                    api.get("/api/onboarding", token("supervisor.anna")).json();
            JsonNode assens = null;
            for (JsonNode o : cohort) {
                if (o.path("municipality").asText().equals("assens")) {
                    assens = o;
                }
            }
            assertThat(assens).isNotNull();
            assertThat(assens.path("stages").get(1).path("overdue").asBoolean()).isFalse();

            // By day 200 the team stage has run 140 days against its 90: flagged.
            api.put("/api/test-clock", admin, Json.object("days", 200));
            JsonNode later =
                    api.get("/api/onboarding/assens", token("supervisor.anna")).json();
            assertThat(later.path("daysInCurrentStage").asLong()).isEqualTo(140);
            assertThat(later.path("stages").get(1).path("overdue").asBoolean()).isTrue();
        } finally {
            api.put("/api/test-clock", admin, Json.object("days", 0));
        }
        assertProblem(api.get("/api/onboarding/assens", token("lead.horsens")), 404);
        assertProblem(api.get("/api/onboarding", token("lead.horsens")), 403);

        // The move to active waits for the whole plan, then for an approved self-assessment; only the admin confirms.
        Api.Answer early = api.post("/api/onboarding/assens/activation", admin, "{}");
        assertProblem(early, 409);
        assertThat(early.json().path("detail").asText()).contains("Assens").contains("TEAM_HIRED");
        assertProblem(api.post("/api/onboarding/assens/activation", lead, "{}"), 403);
    }

    @Test
    @DisplayName("the planner: 3 consultants × 15 hold 45 young people with no warning; 3 × 25 = 75 is over the norm"
            + " and ST1 implies 4; a caseload of 'many' is a 400 naming caseload")
    void planner() {
        String lead = token("lead.horsens");
        JsonNode start = api.get("/api/onboarding/planner?consultants=3&caseload=15&psychologist=0.5", lead)
                .json();
        assertThat(start.path("capacity").decimalValue()).isEqualByComparingTo("45");
        assertThat(start.path("stage").asText()).isEqualTo("START");
        assertThat(start.path("warnings")).isEmpty();
        JsonNode over = api.get("/api/onboarding/planner?consultants=3&caseload=25&psychologist=1", lead)
                .json();
        assertThat(over.path("capacity").decimalValue()).isEqualByComparingTo("75");
        assertThat(over.path("warnings").toString()).contains("CASELOAD_OVER_NORM");
        assertThat(over.path("st1").asInt()).isEqualTo(4);
        assertField(api.get("/api/onboarding/planner?consultants=3&caseload=many&psychologist=1", lead), "caseload");
    }

    private Api.Answer mark(String token, String activity, java.time.LocalDate on) {
        return api.put("/api/onboarding/assens/activities/" + activity, token, Json.object("doneOn", on.toString()));
    }

    /** The new lead's own password set through Keycloak (as the lead would at the first login), and a token. */
    private String leadToken(String username) throws Exception {
        String admin = provisioningToken();
        JsonNode users =
                keycloak(admin, "/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8));
        String id = users.get(0).path("id").asText();
        assertThat(keycloakPut(
                        admin,
                        "/users/" + id + "/reset-password",
                        "{\"type\":\"password\",\"value\":\"Chosen-by-the-lead-1\",\"temporary\":false}"))
                .isEqualTo(204);
        assertThat(keycloakPut(admin, "/users/" + id, "{\"requiredActions\":[]}"))
                .isEqualTo(204);
        return servers.tokens().accessToken(username, "Chosen-by-the-lead-1");
    }

    private int keycloakPut(String token, String path, String json) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(servers.keycloak().baseUrl() + "/admin/realms/nextwork-hub" + path))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
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
