package dk.nextwork.hub.web;

import static dk.nextwork.hub.web.Problems.assertField;
import static dk.nextwork.hub.web.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

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

        KeycloakAdmin keycloak = new KeycloakAdmin(servers);
        JsonNode groups = keycloak.groups("odense");
        assertThat(groups).hasSize(1);
        String groupId = groups.get(0).path("id").asText();
        JsonNode group = keycloak.get("/groups/" + groupId);
        assertThat(group.path("attributes").path("municipality").get(0).asText())
                .isEqualTo("odense");
        JsonNode members = keycloak.get("/groups/" + groupId + "/members");
        assertThat(members).hasSize(1);
        assertThat(members.get(0).path("username").asText()).isEqualTo("olga.odense@example.dk");
        assertThat(members.get(0).path("requiredActions").toString()).contains("UPDATE_PASSWORD");
        JsonNode roles = keycloak.get("/users/" + members.get(0).path("id").asText() + "/role-mappings/realm");
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
    @DisplayName("adding with no municipality chosen is told to choose one, not that an empty code is no Danish"
            + " kommunekode")
    void noMunicipalityChosen() {
        String admin = token("admin");
        Api.Answer none = api.post(
                "/api/municipalities",
                admin,
                Json.object("kommunekode", "", "leadName", "Vera Vejle", "leadEmail", "vera@vejle.example"));
        assertField(none, "kommunekode");
        assertThat(Problems.message(none, "kommunekode")).isEqualTo("Vælg en kommune.");
    }

    @Test
    @DisplayName("when every Danish municipality is a member, Tilføj en kommune says so and leads back to the"
            + " municipalities, with no empty list and no form")
    void everyMunicipalityAMember() throws Exception {
        // The municipalities not yet members join by hand for this test alone (as former members, so no list of
        // active ones shows them), and leave again after it.
        String slugs = "alle-medlem-%";
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "admin");
            browser.open(servers.hub() + "/kommune-ny.xhtml");
            List<String[]> joinable = new java.util.ArrayList<>();
            for (org.openqa.selenium.WebElement option :
                    browser.driver().findElements(By.cssSelector("select[id$='kommunekode'] option"))) {
                if (!option.getAttribute("value").isEmpty()) {
                    joinable.add(new String[] {
                        option.getAttribute("value"), option.getText().trim()
                    });
                }
            }
            assertThat(joinable).isNotEmpty();
            try {
                try (java.sql.Connection c = servers.connect();
                        java.sql.PreparedStatement insert = c.prepareStatement("INSERT INTO municipality (slug, name,"
                                + " kommunekode, status) VALUES (?, ?, ?, 'FORMER')")) {
                    for (String[] m : joinable) {
                        insert.setString(1, "alle-medlem-" + m[0]);
                        insert.setString(2, m[1]);
                        insert.setString(3, m[0]);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                browser.open(servers.hub() + "/kommune-ny.xhtml");
                assertThat(browser.text(By.id("all-members")))
                        .startsWith("Alle Danmarks kommuner er allerede med i netværket, så der er ingen kommune at"
                                + " tilføje.");
                assertThat(browser.isPresent(By.cssSelector("select[id$='kommunekode']")))
                        .isFalse();
                assertThat(browser.isPresent(By.cssSelector("input[type='submit'][id^='new-municipality']")))
                        .isFalse();
                browser.waitFor(By.id("to-municipalities")).click();
                browser.waitForText(By.tagName("h1"), "Kommuner");
            } finally {
                try (java.sql.Connection c = servers.connect();
                        java.sql.PreparedStatement delete =
                                c.prepareStatement("DELETE FROM municipality WHERE slug LIKE ?")) {
                    delete.setString(1, slugs);
                    delete.executeUpdate();
                }
            }
        }
    }

    @Test
    @DisplayName("adding the same municipality twice is refused by name; only the admin adds; bad input names its"
            + " field; a lead's e-mail already in use leaves no group, municipality or onboarding behind")
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
                        Json.object("kommunekode", "000", "leadName", "X", "leadEmail", "x@x.example")),
                "kommunekode");
        assertField(
                api.post(
                        "/api/municipalities",
                        admin,
                        Json.object("kommunekode", "860", "leadName", "H", "leadEmail", "not an address")),
                "leadEmail");
        assertThat(api.get("/api/municipalities/hjoerring", admin).status()).isEqualTo(404);

        // A lead whose e-mail address already has an account: Keycloak refuses the account after the group was made,
        // so the group goes again and the municipality is not added — nothing half done in either system.
        Api.Answer taken = api.post(
                "/api/municipalities",
                admin,
                Json.object(
                        "kommunekode", "787", "leadName", "T T", "leadEmail", "lead.horsens@demo.nextwork.invalid"));
        assertProblem(taken, 409);
        assertThat(taken.json().path("detail").asText()).contains("lead.horsens@demo.nextwork.invalid");
        assertThat(api.get("/api/municipalities/thisted", admin).status()).isEqualTo(404);
        assertThat(new KeycloakAdmin(servers).groups("thisted")).isEmpty();
        assertThat(api.get("/api/onboarding", admin).json().findValuesAsText("municipality"))
                .doesNotContain("thisted");
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
        // The cohort is read before every change below, so each change must show in it at once.
        JsonNode joining = cohortRow("assens");
        assertThat(joining.path("activitiesDone").asInt()).isZero();
        assertThat(joining.path("commitment").path("version").asText()).isEmpty();

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
        assertThat(cohortRow("assens").path("commitment").path("version").asText())
                .isEqualTo("1.0");
        assertThat(api.get("/api/onboarding/assens", token("supervisor.anna"))
                        .json()
                        .path("commitment")
                        .path("acceptedAt")
                        .asText())
                .isNotBlank();

        assertThat(mark(lead, "DECISION_POLITICAL", day0).status()).isEqualTo(200);
        assertThat(cohortRow("assens").path("activitiesDone").asInt()).isEqualTo(1);
        // In the future (two days on, so that a midnight during the test changes nothing).
        assertField(mark(lead, "DECISION_AGREEMENT", day0.plusDays(2)), "doneOn");
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

            JsonNode assens = cohortRow("assens");
            assertThat(assens.path("activitiesDone").asInt()).isEqualTo(3);
            assertThat(assens.path("daysInCurrentStage").asLong()).isEqualTo(40);
            assertThat(assens.path("stages").get(1).path("overdue").asBoolean()).isFalse();

            // By day 200 the team stage has run 140 days against its 90: flagged.
            api.put("/api/test-clock", admin, Json.object("days", 200));
            JsonNode later =
                    api.get("/api/onboarding/assens", token("supervisor.anna")).json();
            assertThat(later.path("daysInCurrentStage").asLong()).isEqualTo(140);
            assertThat(later.path("stages").get(1).path("overdue").asBoolean()).isTrue();
            // The cohort counts from the new day too, with nothing else changed.
            JsonNode laterInCohort = cohortRow("assens");
            assertThat(laterInCohort.path("daysInCurrentStage").asLong()).isEqualTo(140);
            assertThat(laterInCohort.path("stages").get(1).path("overdue").asBoolean())
                    .isTrue();
        } finally {
            api.put("/api/test-clock", admin, Json.object("days", 0));
        }
        assertProblem(api.get("/api/onboarding/assens", token("lead.horsens")), 404);
        assertProblem(api.get("/api/onboarding", token("lead.horsens")), 403);

        // The move to active waits for the whole plan, then for an approved self-assessment; only the admin confirms.
        Api.Answer early = api.post("/api/onboarding/assens/activation", admin, "{}");
        assertProblem(early, 409);
        assertThat(early.json().path("detail").asText())
                .isEqualTo("Assens er ikke færdig med opstartsplanen endnu: 11 af planens aktiviteter mangler, og den"
                        + " aktuelle fase er »Teamet ansat«.");
        assertProblem(api.post("/api/onboarding/assens/activation", lead, "{}"), 403);
    }

    /** One municipality's row in the cohort as a supervisor gets it from the API. */
    private JsonNode cohortRow(String slug) {
        for (JsonNode o : api.get("/api/onboarding", token("supervisor.anna")).json()) {
            if (o.path("municipality").asText().equals(slug)) {
                return o;
            }
        }
        throw new AssertionError(slug + " is not in the onboarding cohort");
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

    @Test
    @DisplayName("in the browser: admin adds Fredericia (607) with its lead; the lead logs in through Keycloak with the"
            + " one-time password, chooses a password, is led from the start page to the commitment, accepts it and"
            + " marks the first activities (a future date refused at its field); supervisor.anna sees Fredericia in"
            + " the cohort with its stage, days in stage and proportion")
    void fredericiaThroughThePages() {
        OnboardingScreens.Added added;
        try (Browser admin = browser()) {
            admin.logIn(servers.hub(), "admin");
            added = OnboardingScreens.addMunicipality(
                    admin, servers.hub(), "607", "Frida Fredericia", "Frida@Fredericia.example");
            assertThat(admin.text(By.id("added-heading"))).isEqualTo("Fredericia er med i netværket");
            assertThat(added.username()).isEqualTo("frida@fredericia.example");
            assertThat(added.oneTimePassword()).hasSize(16);
            OnboardingScreens.Onboarding page = new OnboardingScreens.Onboarding(admin);
            assertThat(page.current()).isEqualTo("Beslutning og medejerskab: 0 dage i fasen (planlagt til 60 dage)");
            assertThat(page.proportion()).isEqualTo("0 af 14 aktiviteter (0 %)");
            // Fredericia is in the network now: it can no longer be chosen.
            admin.open(servers.hub() + "/kommune-ny.xhtml");
            assertThat(admin.waitFor(By.id("new-municipality:kommunekode")).getText())
                    .doesNotContain("Fredericia")
                    .doesNotContain("Vejle")
                    .contains("Kolding (621)");
        }
        // Today as the Hub counts it: the day Fredericia's onboarding began.
        java.time.LocalDate day0 = java.time.LocalDate.parse(api.get("/api/onboarding/fredericia", token("admin"))
                .json()
                .path("startedOn")
                .asText());
        java.time.format.DateTimeFormatter danish = java.time.format.DateTimeFormatter.ofPattern("dd-MM-uuuu");
        String today = day0.format(danish);
        String inTwoDays = day0.plusDays(2).format(danish);
        try (Browser lead = browser()) {
            lead.logInFirstTime(servers.hub(), added.username(), added.oneTimePassword(), "Fredericia-lead-2026");
            assertThat(lead.text(By.id("user-municipality"))).isEqualTo("Fredericia");
            assertThat(lead.text(By.cssSelector("[data-task=onboarding-commitment] p")))
                    .isEqualTo("Kommunens aftale om medejerskab af netværket venter på din accept.");
            assertThat(lead.text(By.cssSelector("[data-task=onboarding] p")))
                    .isEqualTo("Opstart: fasen »Beslutning og medejerskab« er i gang (0 dage, planlagt til 60). Næste"
                            + " aktivitet: Politisk beslutning om at indføre NExTWORK. 0 af 14 aktiviteter er"
                            + " gennemført.");
            lead.waitFor(By.cssSelector("[data-task=onboarding-commitment] a")).click();
            OnboardingScreens.Onboarding page = new OnboardingScreens.Onboarding(lead);
            assertThat(page.commitment()).isEqualTo("Ikke accepteret endnu");
            page.acceptCommitment();
            assertThat(lead.message("info")).isEqualTo("Aftalen om medejerskab er accepteret.");
            assertThat(page.commitment())
                    .startsWith("Accepteret af frida@fredericia.example den " + today + " kl. ")
                    .endsWith("(version 1.0)");
            assertThat(lead.isPresent(By.id("commitment-form:accept"))).isFalse();

            page.mark("DECISION_POLITICAL", today);
            assertThat(lead.message("info"))
                    .isEqualTo("Politisk beslutning om at indføre NExTWORK: gennemført den " + today + ".");
            page.mark("DECISION_AGREEMENT", inTwoDays);
            assertThat(lead.errorSummaryLine()).contains("ligger efter i dag");
            assertThat(page.dateError("DECISION_AGREEMENT"))
                    .isEqualTo("Datoen " + inTwoDays + " ligger efter i dag (" + today
                            + "). Skriv datoen, hvor aktiviteten skete.");
            assertThat(page.date("DECISION_AGREEMENT")).isEqualTo(inTwoDays);
            page.mark("DECISION_AGREEMENT", today);
            assertThat(page.current()).isEqualTo("Teamet ansat: 0 dage i fasen (planlagt til 90 dage)");
            assertThat(page.proportion()).isEqualTo("2 af 14 aktiviteter (14 %)");
            assertThat(page.date("DECISION_POLITICAL")).isEqualTo(today);
        }
        try (Browser supervisor = browser()) {
            supervisor.logIn(servers.hub(), "supervisor.anna");
            assertThat(supervisor.text(By.cssSelector("[data-task=onboarding-cohort] a")))
                    .isEqualTo("Se kommunerne under opstart");
            List<String> row = OnboardingScreens.cohortRow(supervisor, servers.hub(), "fredericia");
            assertThat(row.subList(0, 5))
                    .containsExactly(
                            "Fredericia", today, "Teamet ansat", "0 (planlagt 90)", "2 af 14 aktiviteter (14 %)");
            assertThat(row.get(5)).startsWith("Accepteret " + today + " kl. ");
            assertThat(row.get(6)).isEqualTo("–");
        }
        assertProblem(api.get("/api/onboarding/fredericia", token("lead.horsens")), 404);
        WebSession horsens = WebSession.logIn(servers.hub(), "lead.horsens");
        assertThat(horsens.status("/opstart.xhtml?kommune=fredericia")).isEqualTo(404);
        // The commitment itself is the network's to see: who accepted which version, and when.
        assertThat(horsens.text("/kommuner.xhtml"))
                .contains("Accepteret af frida@fredericia.example den " + today + " kl. ");
        JsonNode commitments =
                api.get("/api/onboarding/commitments", token("lead.horsens")).json();
        JsonNode fredericia = null;
        for (JsonNode c : commitments) {
            if (c.path("municipality").asText().equals("fredericia")) {
                fredericia = c;
            }
        }
        assertThat(fredericia).isNotNull();
        assertThat(fredericia.path("version").asText()).isEqualTo("1.0");
        assertThat(fredericia.path("acceptedBy").asText()).isEqualTo("frida@fredericia.example");
        Api.Answer researcher = api.get("/api/onboarding/fredericia", token("researcher.ifs"));
        assertProblem(researcher, 403);
        assertThat(researcher.json().path("detail").asText())
                .isEqualTo("Kun kommunens egne medarbejdere, supervisorerne og netværkets administrator ser en"
                        + " kommunes opstart.");
    }

    @Test
    @DisplayName("Kerteminde's plan over 130 days on the movable clock: each stage's duration, the first approved"
            + " self-assessment recorded by the Hub on the day of approval (nobody marks it), then the admin's"
            + " confirmation makes the municipality active; after that it leaves the cohort and nothing is marked")
    void planCompletedAndActivated() {
        String admin = token("admin");
        Api.Answer added = api.post(
                "/api/municipalities",
                admin,
                Json.object(
                        "kommunekode", "440", "leadName", "Karl Kerteminde", "leadEmail", "karl@kerteminde.example"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String lead = leadToken("karl@kerteminde.example");
        java.time.LocalDate day0 = java.time.LocalDate.parse(api.get("/api/onboarding/kerteminde", lead)
                .json()
                .path("startedOn")
                .asText());
        String[][] done = {
            {"DECISION_POLITICAL", "5"},
            {"DECISION_AGREEMENT", "20"},
            {"TEAM_LEAD", "30"},
            {"TEAM_CONSULTANTS", "50"},
            {"TEAM_PSYCHOLOGIST", "60"},
            {"TRAINING_PRINCIPLES", "70"},
            {"TRAINING_SUPERVISION", "80"},
            {"COMPANIES_RECRUITED", "85"},
            {"COMPANY_MEETING", "95"},
            {"YOUTH_REFERRED", "100"},
            {"YOUTH_MEETING", "105"},
            {"EVENT_HELD", "110"},
            {"EVENT_INTERNSHIPS", "120"}
        };
        try {
            api.put("/api/test-clock", admin, Json.object("days", 130));
            for (String[] activity : done) {
                Api.Answer marked = api.put(
                        "/api/onboarding/kerteminde/activities/" + activity[0],
                        lead,
                        Json.object(
                                "doneOn",
                                day0.plusDays(Long.parseLong(activity[1])).toString()));
                assertThat(marked.status())
                        .as(activity[0] + ": " + marked.body())
                        .isEqualTo(200);
            }
            assertField(
                    api.put(
                            "/api/onboarding/kerteminde/activities/ASSESSMENT_APPROVED",
                            lead,
                            Json.object("doneOn", day0.plusDays(125).toString())),
                    "activity");
            JsonNode before = api.get("/api/onboarding/kerteminde", lead).json();
            // First to last activity: 5→20, 30→60, 70→80, 85→95, 100→105, 110→120.
            // The last stage has not begun: no duration.
            List<String> durations = new java.util.ArrayList<>();
            before.path("stages")
                    .forEach(stage -> durations.add(stage.path("durationDays").asText("–")));
            assertThat(durations).containsExactly("15", "30", "10", "10", "5", "10", "–");
            assertThat(before.path("currentStage").asText()).isEqualTo("FIRST_ASSESSMENT");
            assertThat(before.path("daysInCurrentStage").asLong()).isEqualTo(10);
            assertThat(before.path("activitiesDone").asInt()).isEqualTo(13);
            Api.Answer early = api.post("/api/onboarding/kerteminde/activation", admin, "{}");
            assertProblem(early, 409);
            assertThat(early.json().path("detail").asText()).contains("1 af planens aktiviteter mangler");

            // The first self-assessment, submitted and approved on day 130.
            Assessments assessments = new Assessments(api);
            JsonNode draft = assessments.start(lead, Periods.current());
            JsonNode rated = assessments.saved(
                    lead, draft.path("id").asLong(), Assessments.ratingsBody(draft, java.util.Map.of(), 4));
            JsonNode submitted = assessments.transitioned(
                    lead,
                    rated.path("id").asLong(),
                    "submit",
                    rated.path("version").asLong());
            assessments.transitioned(
                    token("supervisor.anna"),
                    submitted.path("id").asLong(),
                    "approve",
                    submitted.path("version").asLong());
            JsonNode after = api.get("/api/onboarding/kerteminde", admin).json();
            JsonNode last = after.path("stages").get(6);
            assertThat(last.path("activities").get(0).path("doneOn").asText())
                    .isEqualTo(day0.plusDays(130).toString());
            assertThat(last.path("durationDays").asLong()).isZero();
            assertThat(after.path("complete").asBoolean()).isTrue();
            assertThat(after.path("proportion").asDouble()).isEqualTo(1.0);
            assertThat(after.path("may").path("activate").asBoolean()).isTrue();
            // The audit trail says the Hub recorded it, after supervisor.anna's approval.
            JsonNode recorded = null;
            for (JsonNode e : api.get("/api/audit-events?subjectType=municipality&subjectId=kerteminde", admin)
                    .json()) {
                if (e.path("action").asText().equals("onboarding.activity-recorded")) {
                    recorded = e;
                }
            }
            assertThat(recorded).isNotNull();
            assertThat(recorded.path("actor").asText()).isEqualTo("supervisor.anna");
            assertThat(recorded.path("after").asText())
                    .contains("ASSESSMENT_APPROVED")
                    .doesNotContain("may");

            assertProblem(api.post("/api/onboarding/kerteminde/activation", token("supervisor.anna"), "{}"), 403);
            Api.Answer activated = api.post("/api/onboarding/kerteminde/activation", admin, "{}");
            assertThat(activated.status()).as(activated.body()).isEqualTo(200);
            assertThat(activated.json().path("status").asText()).isEqualTo("ACTIVE");
            assertThat(api.get("/api/municipalities/kerteminde", admin)
                            .json()
                            .path("status")
                            .asText())
                    .isEqualTo("ACTIVE");
            assertThat(api.get("/api/onboarding", admin).json().findValuesAsText("municipality"))
                    .doesNotContain("kerteminde");
            Api.Answer afterwards = api.put(
                    "/api/onboarding/kerteminde/activities/TEAM_LEAD",
                    lead,
                    Json.object("doneOn", day0.plusDays(31).toString()));
            assertProblem(afterwards, 409);
            assertThat(afterwards.json().path("detail").asText()).contains("Kerteminde er ikke under opstart");
        } finally {
            api.put("/api/test-clock", admin, Json.object("days", 0));
        }
    }

    @Test
    @DisplayName("the planner page: the booklet's rows 45, 60, 80–88 and 100–110; 3 × 25 with 0,5 psychologist is"
            + " 75 young people over the norm, ST1 4, ST2 5, ST4 5; 'mange', 25,5 and 0,25 are named at their fields"
            + " in Danish numbers, and no old result stands beside an error")
    void plannerPage() {
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "lead.horsens");
            browser.open(servers.hub() + "/planlaegning.xhtml");
            assertThat(browser.text(By.id("planner-capacity"))).isEqualTo("45 unge (3 konsulenter × 15 unge)");
            assertThat(browser.isPresent(By.id("planner-no-warnings"))).isTrue();
            List<String> youth =
                    browser.driver().findElements(By.cssSelector("#planner-booklet tbody td:nth-of-type(3)")).stream()
                            .map(e -> e.getText().trim())
                            .toList();
            assertThat(youth).containsExactly("45", "60", "80–88", "100–110");
            browser.replaceText(By.id("planner:caseload"), "25");
            browser.submit(By.id("planner:calculate"));
            assertThat(browser.text(By.id("planner-capacity"))).isEqualTo("75 unge (3 konsulenter × 25 unge)");
            assertThat(browser.text(By.cssSelector("[data-warning=CASELOAD_OVER_NORM]")))
                    .isEqualTo("Hver konsulent får flere end 22 unge, hvilket er over netværkets norm (15–22).");
            assertThat(browser.text(By.cssSelector("#implied-ST1 td"))).isEqualTo("4");
            assertThat(browser.text(By.cssSelector("#implied-ST2 td"))).isEqualTo("5");
            assertThat(browser.text(By.cssSelector("#implied-ST4 td"))).isEqualTo("5");
            browser.replaceText(By.id("planner:caseload"), "mange");
            browser.submit(By.id("planner:calculate"));
            assertThat(browser.errorSummaryLine()).startsWith("Unge pr. konsulent");
            assertThat(browser.fieldError("planner:caseload"))
                    .isEqualTo("\"mange\" er ikke et tal. Skriv et tal med komma før decimalerne, fx 2,5.");
            // No result from before beside an error.
            assertThat(browser.isPresent(By.id("result"))).isFalse();
            browser.replaceText(By.id("planner:caseload"), "25,5");
            browser.submit(By.id("planner:calculate"));
            assertThat(browser.fieldError("planner:caseload")).isEqualTo("Skriv et helt tal (ikke 25,5).");
            browser.replaceText(By.id("planner:caseload"), "15");
            browser.replaceText(By.id("planner:consultants"), "0,25");
            browser.submit(By.id("planner:calculate"));
            assertThat(browser.fieldError("planner:consultants"))
                    .isEqualTo("Skriv et tal mellem 0,5 og 20 med højst to decimaler (ikke 0,25).");
        }
    }

    private Api.Answer mark(String token, String activity, java.time.LocalDate on) {
        return api.put("/api/onboarding/assens/activities/" + activity, token, Json.object("doneOn", on.toString()));
    }

    /** The new lead's own password chosen (as the lead would at the first login), and a token. */
    private String leadToken(String username) {
        new KeycloakAdmin(servers).choosePassword(username, "Chosen-by-the-lead-1");
        return servers.tokens().accessToken(username, "Chosen-by-the-lead-1");
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
