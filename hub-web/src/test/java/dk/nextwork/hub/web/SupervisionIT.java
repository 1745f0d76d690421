package dk.nextwork.hub.web;

import static dk.nextwork.hub.web.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The supervision log, agreed actions, action plans and the closed loop. */
@DisplayName("Supervision and actions")
class SupervisionIT extends HubTest {

    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter DANISH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private static LocalDate today() {
        return LocalDate.now(DENMARK);
    }

    private Assessments assessments() {
        return new Assessments(api);
    }

    /** Logs a session with a municipality over the API, with actions as (title, item) pairs due in four weeks. */
    private JsonNode logSession(TestMunicipality m, String... actionsAndItems) {
        List<JsonNode> actions = new ArrayList<>();
        for (int i = 0; i < actionsAndItems.length; i += 2) {
            actions.add(Json.object(
                    "title",
                    actionsAndItems[i],
                    "owner",
                    "Ungekonsulent",
                    "dueOn",
                    today().plusWeeks(4).toString(),
                    "items",
                    List.of(actionsAndItems[i + 1])));
        }
        Api.Answer logged = api.post(
                "/api/supervision-sessions",
                token("supervisor.anna"),
                Json.object(
                        "municipality", m.slug(),
                        "heldOn", today().toString(),
                        "format", "ON_SITE",
                        "principles", List.of("MS"),
                        "items", List.of("MS1", "MS3"),
                        "notes", "Gennemgang af Magtskifte.",
                        "actions", actions));
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        return logged.json();
    }

    @Test
    @DisplayName("bad input names every field at fault and saves nothing; only supervisors log sessions")
    void badInput() {
        TestMunicipality m = servers.newMunicipality();
        String supervisor = token("supervisor.anna");
        JsonNode session = Json.object(
                "municipality",
                m.slug(),
                "heldOn",
                "2026-10-01",
                "format",
                "VIRTUAL",
                "actions",
                List.of(
                        Json.object(
                                "title", "Ugentlig opfølgning",
                                "owner", "Teamleder",
                                "dueOn", "2026-09-01",
                                "items", List.of("MS1")),
                        Json.object(
                                "title", "Nyt eventformat",
                                "owner", "Konsulenterne",
                                "dueOn", "2026-12-01",
                                "items", List.of("XX9")),
                        Json.object("title", " ", "owner", "Teamleder", "dueOn", "2026-12-01")));
        Api.Answer refused = api.post("/api/supervision-sessions", supervisor, session);
        assertProblem(refused, 400);
        assertThat(refused.json().path("errors").findValuesAsText("field"))
                .contains("actions[0].dueOn", "actions[1].items[0]", "actions[2].title");
        assertThat(Problems.message(refused, "actions[0].dueOn"))
                .isEqualTo("Fristen 01-09-2026 ligger før supervisionen 01-10-2026. Vælg en senere frist.");

        Api.Answer badDate = api.post(
                "/api/supervision-sessions",
                supervisor,
                Json.object("municipality", m.slug(), "heldOn", "31-02-2026", "format", "VIRTUAL"));
        assertProblem(badDate, 400);
        assertThat(badDate.json().path("errors").findValuesAsText("field")).contains("heldOn");

        assertProblem(api.post("/api/supervision-sessions", token(m.lead()), session), 403);
        assertThat(api.get("/api/supervision-sessions?municipality=" + m.slug(), supervisor)
                        .json()
                        .size())
                .isZero();
    }

    @Test
    @DisplayName("the log exports as CSV for Excel; another municipality gets 404")
    void csvExport() {
        TestMunicipality m = servers.newMunicipality();
        JsonNode session = logSession(m, "De unge planlægger næste NExTWORK-event", "MS1");
        JsonNode action = session.path("actions").get(0);
        Api.Answer done = api.put(
                "/api/actions/" + action.path("id").asLong() + "/status",
                token(m.lead()),
                Json.object("status", "DONE", "version", action.path("version").asLong()));
        assertThat(done.status()).as(done.body()).isEqualTo(200);

        Api.Answer csv = api.get("/api/supervision-sessions/export?municipality=" + m.slug(), token(m.consultant()));
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFF\"dato\";\"kommune\";\"supervisor\";\"form\"");
        assertThat(csv.body())
                .contains("\"" + m.name() + "\"", "\"ON_SITE\"", "\"MS1 MS3\"")
                .contains("De unge planlægger næste NExTWORK-event (DONE");
        assertProblem(
                api.get("/api/supervision-sessions/export?municipality=" + m.slug(), token("lead.roskilde")), 404);
    }

    @Test
    @DisplayName("an action past its due date is listed as overdue once the clock has moved past it")
    void overdue() {
        TestMunicipality m = servers.newMunicipality();
        String supervisor = token("supervisor.anna");
        String admin = token("admin");
        Api.Answer added = api.post(
                "/api/actions",
                supervisor,
                Json.object(
                        "municipality", m.slug(),
                        "title", "Flere virksomheder til events",
                        "owner", "Virksomhedskonsulent",
                        "dueOn", today().plusDays(10).toString(),
                        "items", List.of("MM2")));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long id = added.json().path("id").asLong();
        assertThat(added.json().path("overdue").asBoolean()).isFalse();
        try {
            assertThat(api.put("/api/test-clock", admin, Json.object("days", 11))
                            .status())
                    .isEqualTo(200);
            assertThat(api.get("/api/actions/" + id, token(m.lead()))
                            .json()
                            .path("overdue")
                            .asBoolean())
                    .isTrue();
            JsonNode outstanding =
                    api.get("/api/actions/outstanding", supervisor).json();
            assertThat(outstanding.get(0).path("overdue").asBoolean()).isTrue();
            List<Long> overdueIds = new ArrayList<>();
            outstanding.forEach(a -> {
                if (a.path("overdue").asBoolean()) {
                    overdueIds.add(a.path("id").asLong());
                }
            });
            assertThat(overdueIds).contains(id);
        } finally {
            api.put("/api/test-clock", admin, Json.object("days", 0));
        }
        assertThat(api.get("/api/actions/" + id, supervisor)
                        .json()
                        .path("overdue")
                        .asBoolean())
                .isFalse();
    }

    @Test
    @DisplayName("practice suggestions follow the library at once, though they are kept between requests: a practice"
            + " published by a municipality that improved on the item is suggested first on the next request, and is"
            + " gone on the request after it is archived")
    void suggestionsFollowThePracticeLibrary() {
        TestMunicipality m = servers.newMunicipality();
        TestMunicipality improved = servers.newMunicipality();
        // The other municipality rose on MS1 between its last two reports (2, then 4): its practice comes first.
        assessments().approved(improved, Periods.halfYear(2), Map.of("MS1", 2), 3);
        assessments().approved(improved, Periods.halfYear(1), Map.of("MS1", 4), 3);
        // This municipality's lowest item is MS1 (2; every other item 3).
        assessments().approved(m, Periods.halfYear(1), Map.of("MS1", 2), 3);
        String lead = token(m.lead());
        String title =
                "Forslag til MS1 " + java.util.UUID.randomUUID().toString().substring(0, 8);
        assertThat(suggestedFor(m, lead, "MS1")).doesNotContain(title);

        String consultant = token(improved.consultant());
        Api.Answer created = api.post(
                "/api/practices",
                consultant,
                Json.object(
                        "title",
                        title,
                        "summary",
                        "De unge vælger selv dagsordenen.",
                        "principles",
                        List.of("MS"),
                        "activities",
                        List.of("UNGENETVAERK"),
                        "publish",
                        true));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(suggestedFor(m, lead, "MS1")).first().isEqualTo(title);

        Api.Answer archived = api.post(
                "/api/practices/" + created.json().path("id").asLong() + "/archive",
                consultant,
                Json.object("version", created.json().path("version").asLong()));
        assertThat(archived.status()).as(archived.body()).isEqualTo(200);
        assertThat(suggestedFor(m, lead, "MS1")).doesNotContain(title);
    }

    /** The titles of the practices suggested to the municipality for the item, in their order. */
    private List<String> suggestedFor(TestMunicipality m, String token, String item) {
        List<String> titles = new ArrayList<>();
        for (JsonNode suggestion : api.get("/api/practices/suggestions?municipality=" + m.slug(), token)
                .json()) {
            if (suggestion.path("item").asText().equals(item)) {
                suggestion
                        .path("practices")
                        .forEach(p -> titles.add(p.path("title").asText()));
            }
        }
        return titles;
    }

    @Test
    @DisplayName("approving a report with Magtskifte at 2.5 requires an action plan on MS1 and MS3; the closed loop"
            + " shows the actions since the previous report; an action on a lowest item clears the plan, due six"
            + " weeks after approval")
    void actionPlanAndClosedLoop() {
        TestMunicipality m = servers.newMunicipality();
        String lead = token(m.lead());
        long older = assessments()
                .approved(m, Periods.halfYear(2), Map.of(), 3)
                .path("id")
                .asLong();
        // The plan is kept between requests; it is the older report's until the next approval.
        assertThat(api.get("/api/actions/plan?municipality=" + m.slug(), lead)
                        .json()
                        .path("assessmentId")
                        .asLong())
                .isEqualTo(older);
        JsonNode session = logSession(m, "De unge planlægger næste NExTWORK-event", "MS1", "Ny mødeform", "MS3");
        JsonNode first = session.path("actions").get(0);
        api.put(
                "/api/actions/" + first.path("id").asLong() + "/status",
                lead,
                Json.object("status", "DONE", "version", first.path("version").asLong()));
        // Magtskifte (2 + 3 + 2 + 3) / 4 = 2.5: below 3.0, its lowest items MS1 and MS3.
        JsonNode report = assessments()
                .approved(m, Periods.halfYear(1), Map.of("MS1", 2, "MS2", 3, "MS3", 2, "MS4", 3, "MS5", 9), 4);
        long id = report.path("id").asLong();

        Map<String, JsonNode> loop = new LinkedHashMap<>();
        api.get("/api/assessments/" + id + "/closed-loop", lead)
                .json()
                .forEach(row -> loop.put(row.path("item").asText(), row));
        assertThat(loop).containsOnlyKeys("MS1", "MS3");
        assertThat(loop.get("MS1").path("before").asInt()).isEqualTo(3);
        assertThat(loop.get("MS1").path("after").asInt()).isEqualTo(2);
        assertThat(loop.get("MS1").path("actions").toString()).contains("De unge planlægger næste NExTWORK-event");
        Api.Answer foreign = api.get("/api/assessments/" + id + "/closed-loop", token("lead.roskilde"));
        assertThat(foreign.status()).isEqualTo(200);
        assertThat(foreign.json().size()).isZero();

        // Practice for the lowest items (MS1, MS3, MS2) comes first from municipalities that improved on the item:
        // the demo data's Roskilde rose on MS3 between its last two reports.
        JsonNode suggestions = api.get("/api/practices/suggestions?municipality=" + m.slug(), lead)
                .json();
        List<String> suggestedItems = new ArrayList<>();
        suggestions.forEach(x -> suggestedItems.add(x.path("item").asText()));
        assertThat(suggestedItems).containsExactly("MS1", "MS3", "MS2");
        JsonNode forMs3 = suggestions.get(1).path("practices");
        assertThat(forMs3.size()).as(forMs3.toString()).isPositive();
        assertThat(forMs3.get(0).path("municipality").asText()).isEqualTo("roskilde");
        assertProblem(api.get("/api/practices/suggestions?municipality=" + m.slug(), token("lead.roskilde")), 404);

        JsonNode plan =
                api.get("/api/actions/plan?municipality=" + m.slug(), lead).json();
        assertThat(plan.path("assessmentId").asLong()).isEqualTo(id);
        JsonNode requirement = plan.path("requirements").get(0);
        assertThat(requirement.path("principle").asText()).isEqualTo("MS");
        assertThat(requirement.path("met").asBoolean()).isFalse();
        assertThat(requirement.path("lowestItems")).extracting(JsonNode::asText).containsExactly("MS1", "MS3");
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), m.lead());
            assertThat(browser.text(By.cssSelector("[data-task=action-plan]")))
                    .contains("Handlingsplan påkrævet")
                    .contains("Magtskifte");
            assertThat(browser.text(By.id("suggestions")))
                    .contains(forMs3.get(0).path("title").asText());
            ReportScreen page = new ReportScreen(browser, servers.hub()).open(id);
            assertThat(page.actionPlan()).contains("Handlingsplan påkrævet");
            assertThat(page.closedLoop()).contains("MS1").contains("De unge planlægger næste NExTWORK-event (Udført)");

            Api.Answer action = api.post(
                    "/api/actions",
                    lead,
                    Json.object(
                            "municipality",
                            m.slug(),
                            "title",
                            "De unge leder selv netværksmøderne",
                            "owner",
                            "Ungekonsulent",
                            "items",
                            List.of("MS1"),
                            "assessmentId",
                            id));
            assertThat(action.status()).as(action.body()).isEqualTo(201);
            LocalDate approvedOn =
                    LocalDate.ofInstant(Instant.parse(report.path("approvedAt").asText()), DENMARK);
            assertThat(action.json().path("dueOn").asText())
                    .isEqualTo(approvedOn.plusWeeks(6).toString());
            assertThat(api.get("/api/actions/plan?municipality=" + m.slug(), lead)
                            .json()
                            .path("requirements")
                            .get(0)
                            .path("met")
                            .asBoolean())
                    .isTrue();
            browser.open(servers.hub() + "/index.xhtml");
            browser.waitFor(By.id("start-tasks"));
            assertThat(browser.isPresent(By.cssSelector("[data-task=action-plan]")))
                    .isFalse();
        }
    }

    @Test
    @DisplayName("dropping the second of two actions without a reason is named at that action's reason field and in"
            + " the summary, whose line leads there; nothing changes")
    void droppingWithoutAReasonIsNamedAtTheRow() {
        TestMunicipality m = servers.newMunicipality();
        JsonNode session = logSession(m, "Ny mødeform", "MS1", "Matchevent med nye virksomheder", "MS3");
        long first = session.path("actions").get(0).path("id").asLong();
        long second = session.path("actions").get(1).path("id").asLong();
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "supervisor.anna");
            new SupervisionScreens.Log(browser, servers.hub()).open(m.slug());
            new Select(browser.waitFor(By.cssSelector("#action-" + second + " select"))).selectByValue("DROPPED");
            browser.waitFor(By.cssSelector("#action-" + second + " input[type='submit']"))
                    .click();
            browser.waitForText(
                    By.cssSelector("#error-summary li"),
                    "Begrundelse (hvis droppet): Skriv hvorfor handlingen droppes.");
            assertThat(browser.text(By.cssSelector("#action-" + second + " [id$='reason-error']")))
                    .isEqualTo("Skriv hvorfor handlingen droppes.");
            assertThat(browser.attribute(By.cssSelector("#action-" + second + " input[type='text']"), "aria-invalid"))
                    .isEqualTo("true");
            assertThat(browser.attribute(By.cssSelector("#action-" + first + " input[type='text']"), "aria-invalid"))
                    .isEqualTo("false");
            browser.waitFor(By.cssSelector("#error-summary li a")).click();
            assertThat((Boolean) browser.script("return document.activeElement.closest('#action-" + second
                            + "') !== null" + " && document.activeElement.type === 'text'"))
                    .as("the summary's line leads to the second action's reason")
                    .isTrue();
        }
        assertThat(api.get("/api/actions/" + second, token(m.lead()))
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("OPEN");
    }

    @Test
    @DisplayName("the supervisor logs a session with two actions in the browser (a date that does not exist is named);"
            + " the lead marks one done; another municipality sees none of it and the API answers 404")
    void sessionWithActionsInTheBrowser() {
        TestMunicipality m = servers.newMunicipality();
        String due = today().plusWeeks(4).format(DANISH);
        String first = "De unge vælger selv dagsorden til netværksmødet";
        String second = "Matchevent med tre nye virksomheder";
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "supervisor.anna");
            SupervisionScreens.SessionForm form = new SupervisionScreens.Log(browser, servers.hub())
                    .open(m.slug())
                    .logSession();
            assertThat(form.privacyReminder()).contains("intet om den enkelte unge");
            assertThat(form.municipality()).isEqualTo(m.name());
            form.heldOn("31-02-2026")
                    .participants(1, 4)
                    .principle("MS")
                    .principle("MM")
                    .item("MS1")
                    .item("MM1")
                    .notes("Teamet vil give de unge mere styring i netværket.")
                    .action(0, first, "Teamleder", due, "MS1")
                    .action(1, second, "Virksomhedskonsulent", due, "MM1")
                    .save();
            // A date that does not exist is refused by name, and what was typed stays in the form.
            browser.waitForText(
                    By.cssSelector("#messages .hub-error-summary li"),
                    "Dato for supervisionen: 31-02-2026 findes ikke. Skriv en dato, der findes, fx 28-02-2026.");
            assertThat(form.actionTitle(1)).isEqualTo(second);
            form.heldOn(today().format(DANISH)).save();

            browser.waitForText(By.tagName("h1"), "Supervision og handlinger – " + m.name());
            SupervisionScreens.Log log = new SupervisionScreens.Log(browser, servers.hub());
            assertThat(browser.text(By.id("messages"))).contains("Supervisionen er logget");
            assertThat(log.actions()).contains(first, second, "MS1", "MM1");
            assertThat(log.sessions()).contains("Magtskifte", "Mange til mange");
        }

        String lead = token(m.lead());
        Map<String, Long> ids = new LinkedHashMap<>();
        api.get("/api/actions?municipality=" + m.slug(), lead)
                .json()
                .forEach(a -> ids.put(a.path("title").asText(), a.path("id").asLong()));
        assertThat(ids).containsOnlyKeys(first, second);
        long done = ids.get(first);
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), m.lead());
            browser.waitFor(By.linkText("Supervision og handlinger")).click();
            SupervisionScreens.Log log = new SupervisionScreens.Log(browser, servers.hub());
            assertThat(log.actions()).contains(first, second);
            assertThat(log.changeStatus(done, "DONE")).isEqualTo("Status gemt: " + first + " – Udført");
            assertThat(log.status(done)).isEqualTo("Udført");
        }
        assertThat(api.get("/api/actions/" + done, lead).json().path("status").asText())
                .isEqualTo("DONE");

        String roskilde = token("lead.roskilde");
        assertProblem(api.get("/api/supervision-sessions?municipality=" + m.slug(), roskilde), 404);
        assertProblem(api.get("/api/actions?municipality=" + m.slug(), roskilde), 404);
        assertProblem(api.get("/api/actions/" + done, roskilde), 404);
        assertProblem(
                api.put("/api/actions/" + done + "/status", roskilde, Json.object("status", "OPEN", "version", 1)),
                404);
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "lead.roskilde");
            SupervisionScreens.Log log = new SupervisionScreens.Log(browser, servers.hub()).open(m.slug());
            assertThat(log.showsActions()).isFalse();
            assertThat(browser.driver().getPageSource()).contains("404").doesNotContain(first);
            log.open(null);
            assertThat(log.heading()).isEqualTo("Supervision og handlinger – Roskilde");
            assertThat(browser.driver().getPageSource()).doesNotContain(first).doesNotContain(second);
        }
    }
}
