package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The start page tells each person what waits for them now, one link away; the audit log tells what happened. */
@DisplayName("Start pages and the audit log")
class StartPageIT extends HubTest {

    @Test
    @DisplayName("a lead sees the period to start, then the draft with 13 of 16 ratings missing, then the returned"
            + " report with the supervisor's reason, each linked to the form")
    void leadsTasks() {
        TestMunicipality m = servers.newMunicipality();
        String lead = token(m.lead());
        String period = Periods.current();
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), m.lead());
            // Other tests may leave other periods open; this one is the current half-year.
            assertThat(taskTexts(browser, "start"))
                    .anySatisfy(t -> assertThat(t)
                            .contains("Perioden " + period + " er åben, og kommunens selvevaluering er ikke startet.")
                            .contains("Start selvevalueringen for " + period));

            Assessments assessments = new Assessments(api);
            JsonNode draft = assessments.start(lead, period);
            long id = draft.path("id").asLong();
            // Three of the instrument's 16 items rated: 13 missing.
            assessments.saved(
                    lead,
                    id,
                    Json.object(
                            "version", draft.path("version"), "ratings", Json.object("AI1", 3, "AI2", 4, "MM1", 2)));
            browser.open(servers.hub() + "/index.xhtml");
            assertThat(browser.text(By.cssSelector("[data-task=draft] p")))
                    .isEqualTo("Selvevalueringen for " + period + " mangler 13 af 16 vurderinger.");
            assertThat(taskTexts(browser, "start")).noneMatch(t -> t.contains(period));
            assertThat(browser.attribute(By.cssSelector("[data-task=draft] a"), "href"))
                    .endsWith("/selvevaluering.xhtml?id=" + id);

            JsonNode full =
                    assessments.saved(lead, id, Assessments.ratingsBody(assessments.get(lead, id), Map.of(), 4));
            JsonNode submitted = assessments.transitioned(
                    lead, id, "submit", full.path("version").asLong());
            assessments.transition(
                    token("supervisor.anna"),
                    id,
                    "return",
                    submitted.path("version").asLong(),
                    "MS3 mangler evidens");
            browser.open(servers.hub() + "/index.xhtml");
            WebElement returned = browser.waitFor(By.cssSelector("[data-task=returned]"));
            assertThat(returned.getAttribute("class")).contains("hub-task-urgent");
            assertThat(browser.text(By.cssSelector("[data-task=returned] p")))
                    .isEqualTo("Haster: Supervisor har sendt selvevalueringen for " + period
                            + " tilbage med begrundelsen: »MS3 mangler evidens«");
            browser.waitFor(By.cssSelector("[data-task=returned] a")).click();
            browser.waitFor(By.id("form-saved"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/selvevaluering.xhtml?id=" + id);
        }
    }

    private static List<String> taskTexts(Browser browser, String kind) {
        browser.waitFor(By.id("start-tasks"));
        List<String> texts = new ArrayList<>();
        for (WebElement task : browser.driver().findElements(By.cssSelector("[data-task=" + kind + "]"))) {
            texts.add(task.getText());
        }
        return texts;
    }

    @Test
    @DisplayName("a supervisor's start page lists the longest-waiting reports (at most five) and offers 'Log en"
            + " supervision'; a researcher's promises only pages that exist")
    void supervisorAndResearcher() {
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "supervisor.anna");
            List<JsonNode> queue = new ArrayList<>();
            api.get("/api/assessments/review-queue", token("supervisor.anna"))
                    .json()
                    .forEach(queue::add);
            List<WebElement> reviews = browser.driver().findElements(By.cssSelector("[data-task=review]"));
            assertThat(reviews).hasSize(Math.min(5, queue.size()));
            if (!queue.isEmpty()) {
                assertThat(reviews.get(0).getText())
                        .contains("Selvevalueringen fra "
                                + queue.get(0).path("municipalityName").asText() + " for "
                                + queue.get(0).path("period").asText() + " venter på gennemgang");
            }
            browser.waitFor(By.id("do-log-session")).click();
            browser.waitForText(By.tagName("h1"), "Log en supervision");
        }
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "researcher.ifs");
            assertThat(browser.text(By.id("start-role-tasks"))).doesNotContain("eksporter hentes");
            List<String> links = new ArrayList<>();
            for (WebElement link : browser.driver().findElements(By.cssSelector("#shortcuts a, #tasks a"))) {
                links.add(link.getAttribute("href"));
            }
            assertThat(links).isNotEmpty();
            for (String link : links) {
                browser.open(link);
                assertThat(browser.text(By.tagName("h1")))
                        .as(link)
                        .doesNotContain("(404)")
                        .doesNotContain("(403)");
            }
            browser.open(servers.hub() + "/index.xhtml");
            browser.waitFor(By.id("do-reports")).click();
            browser.waitForText(By.tagName("h1"), "Selvevalueringer");
        }
    }

    @Test
    @DisplayName("the audit log tells each change as a sentence with the change of state in words: no JSON, no codes")
    void auditLogInSentences() {
        TestMunicipality m = servers.newMunicipality();
        String lead = token(m.lead());
        Assessments assessments = new Assessments(api);
        JsonNode draft = assessments.start(lead, Periods.current());
        long id = draft.path("id").asLong();
        JsonNode full = assessments.saved(lead, id, Assessments.ratingsBody(draft, Map.of(), 4));
        assessments.transitioned(lead, id, "submit", full.path("version").asLong());
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "admin");
            browser.open(servers.hub() + "/haendelser.xhtml");
            String log = browser.text(By.id("events"));
            assertThat(log)
                    .contains(m.lead() + " indsendte selvevalueringen for " + m.name() + " " + Periods.current()
                            + ". Status: fra Kladde til Indsendt.")
                    .contains(m.lead() + " startede selvevalueringen for " + m.name() + " " + Periods.current()
                            + ". Status: Kladde.")
                    .doesNotContain("{\"")
                    .doesNotContain("assessment.submitted")
                    .doesNotContain("…");
        }
    }

    @Test
    @DisplayName("the audit log's newest events follow the changes at once: asked twice, then a report is started and"
            + " the very next answer holds it; a draft practice made after stays out of a supervisor's answer")
    void newestEventsFollowTheChanges() {
        TestMunicipality m = servers.newMunicipality();
        String admin = token("admin");
        String supervisor = token("supervisor.anna");
        // The newest 500: other tests' events dated ahead by a moved clock come first, a few dozen at most, and then
        // what is done now. Asked twice, so the second answer is the one kept.
        String newest = "/api/audit-events?limit=500";
        api.get(newest, admin);
        assertThat(startedBy(api.get(newest, admin).json(), m.lead())).isEmpty();

        long draft = new Assessments(api)
                .start(token(m.lead()), Periods.current())
                .path("id")
                .asLong();
        assertThat(startedBy(api.get(newest, admin).json(), m.lead())).containsExactly(String.valueOf(draft));

        String title = "Kladde efter svaret " + m.slug();
        api.get(newest, supervisor);
        Api.Answer practice = api.post(
                "/api/practices",
                token(m.consultant()),
                Json.object(
                        "title", title, "principles", List.of("MM"), "activities", List.of("TEAM"), "publish", false));
        assertThat(practice.status()).as(practice.body()).isEqualTo(201);
        for (int ask = 0; ask < 2; ask++) {
            JsonNode answer = api.get(newest, supervisor).json();
            assertThat(answer.toString()).as("ask " + ask).doesNotContain(title);
            assertThat(startedBy(answer, m.lead())).as("ask " + ask).containsExactly(String.valueOf(draft));
        }
    }

    /** The reports the user's events in the answer are about. */
    private static List<String> startedBy(JsonNode events, String user) {
        List<String> reports = new ArrayList<>();
        for (JsonNode event : events) {
            if (event.path("actor").asText().equals(user)
                    && event.path("subjectType").asText().equals("assessment")) {
                reports.add(event.path("subjectId").asText());
            }
        }
        return reports;
    }
}
