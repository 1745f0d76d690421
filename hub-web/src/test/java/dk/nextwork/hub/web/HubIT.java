package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The Hub as users and programs meet it: the WAR that {@code package} built, deployed once on a real Payara Micro
 * against embedded PostgreSQL and a real Keycloak with the project's realm, and driven over HTTP with real tokens and
 * through a real headless Chromium. The groups below share that one deployment.
 */
@ExtendWith({HubServers.class, ArquillianExtension.class})
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
@DisplayName("The Hub")
class HubIT {

    private HubServers.Servers servers;
    private Api api;

    @BeforeEach
    void connect(HubServers.Servers servers) {
        this.servers = servers;
        this.api = new Api(servers.hub());
    }

    @Deployment(testable = false)
    static WebArchive hub() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("hub.war")))
                .as(WebArchive.class);
    }

    /** The text of every page of a PDF. */
    static String pdfText(byte[] pdf) throws java.io.IOException {
        try (var reader = new com.lowagie.text.pdf.PdfReader(pdf)) {
            var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        }
    }

    private static String enterFigure(Browser browser, String code, String value, String saved) {
        replaceText(browser.waitFor(By.cssSelector("#figure-" + code + " input")), value);
        browser.driver().findElement(By.id("form-intro")).click();
        return waitForSave(browser, "form-saved", saved);
    }

    /** Selects the field's text and types over it: one change event, as a person would make it. */
    private static void replaceText(WebElement field, String value) {
        field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), value);
    }

    /** Waits until an element's text is the expected one (the page may still be changing when this is called). */
    private static void waitForText(Browser browser, By by, String expected) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> d.findElement(by).getText().trim().equals(expected));
    }

    /** Clicks a control that leads to another step of the form and waits until that step is shown. */
    private static void goToStep(Browser browser, By control, String step) {
        browser.waitFor(control).click();
        waitForText(browser, By.cssSelector("nav.hub-steps [aria-current='step']"), step);
    }

    /** Waits until the save status (form-saved or review-saved) no longer says what it said before. */
    private static String waitForSave(Browser browser, String status, String before) {
        // The save's answer replaces the element while it is read: a stale reference just means "look again".
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.id(status)).getText().trim().equals(before));
        return browser.text(By.id(status));
    }

    private static void assertProblem(Api.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("status").asInt()).isEqualTo(status);
        assertThat(answer.json().path("title").asText()).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at dk.");
    }

    @Nested
    @DisplayName("API: who am I")
    class Me {

        @Test
        @DisplayName("lead.roskilde's token gives role municipal-lead and municipality roskilde")
        void leadRoskilde() {
            Api.Answer answer = api.get("/api/me", servers.token("lead.roskilde"));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            JsonNode me = answer.json();
            assertThat(me.path("username").asText()).isEqualTo("lead.roskilde");
            assertThat(me.path("roles")).extracting(JsonNode::asText).containsExactly("municipal-lead");
            assertThat(me.path("municipality").asText()).isEqualTo("roskilde");
        }

        @Test
        @DisplayName("a supervisor belongs to no municipality")
        void supervisor() {
            JsonNode me = api.get("/api/me", servers.token("supervisor.anna")).json();
            assertThat(me.path("roles")).extracting(JsonNode::asText).containsExactly("supervisor");
            assertThat(me.hasNonNull("municipality")).isFalse();
        }

        @Test
        @DisplayName("no token gives 401 as problem+json")
        void noToken() {
            Api.Answer answer = api.get("/api/me", null);
            assertProblem(answer, 401);
            assertThat(answer.json().path("detail").asText()).contains("bearer token is required");
        }

        @Test
        @DisplayName("a tampered token gives 401 as problem+json")
        void tamperedToken() {
            String token = servers.token("lead.roskilde");
            String tampered = token.substring(0, token.length() - 4) + "AAAA";
            Api.Answer answer = api.get("/api/me", tampered);
            assertProblem(answer, 401);
            assertThat(answer.json().path("detail").asText()).contains("invalid or expired");
        }

        @Test
        @DisplayName("a role without access gives 403 as problem+json")
        void wrongRole() {
            assertProblem(api.get("/api/audit-events", servers.token("lead.roskilde")), 403);
            assertProblem(api.get("/api/audit-events", servers.token("consultant.horsens")), 403);
        }

        @Test
        @DisplayName("an unknown address gives 404 as problem+json")
        void unknownPath() {
            assertProblem(api.get("/api/nothing-here", servers.token("admin")), 404);
        }
    }

    @Nested
    @DisplayName("API: municipalities")
    class Municipalities {

        @Test
        @DisplayName("every role sees the six seed municipalities with kommunekode and status")
        void list() {
            Api.Answer answer = api.get("/api/municipalities", servers.token("consultant.roskilde"));
            assertThat(answer.status()).isEqualTo(200);
            List<String> rows = new ArrayList<>();
            answer.json()
                    .forEach(m -> rows.add(m.path("name").asText() + " "
                            + m.path("kommunekode").asText() + " "
                            + m.path("status").asText()));
            assertThat(rows)
                    .contains(
                            "Roskilde 265 ACTIVE",
                            "Horsens 615 ACTIVE",
                            "Sønderborg 540 ACTIVE",
                            "Vejle 630 FORMER",
                            "København 101 FORMER");
            assertThat(rows).anyMatch(r -> r.startsWith("Kalundborg 326"));
        }

        @Test
        @DisplayName("a status change is audited with before and after; a stale version gets a 409 that explains")
        void statusChangeIsAuditedAndLocked() {
            String admin = servers.token("admin");
            JsonNode before = api.get("/api/municipalities/kalundborg", admin).json();
            long version = before.path("version").asLong();
            String next = "ONBOARDING".equals(before.path("status").asText()) ? "FORMER" : "ONBOARDING";

            Api.Answer changed = api.put(
                    "/api/municipalities/kalundborg/status",
                    admin,
                    "{\"status\":\"" + next + "\",\"version\":" + version + "}");
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            assertThat(changed.json().path("status").asText()).isEqualTo(next);

            JsonNode events = api.get("/api/audit-events?subjectType=municipality&subjectId=kalundborg", admin)
                    .json();
            JsonNode last = events.get(events.size() - 1);
            assertThat(last.path("actor").asText()).isEqualTo("admin");
            assertThat(last.path("action").asText()).isEqualTo("municipality.status-changed");
            assertThat(last.path("before").asText())
                    .contains(before.path("status").asText());
            assertThat(last.path("after").asText()).contains(next);

            Api.Answer stale = api.put(
                    "/api/municipalities/kalundborg/status",
                    admin,
                    "{\"status\":\"PAUSED\",\"version\":" + version + "}");
            assertProblem(stale, 409);
            assertThat(stale.json().path("detail").asText()).contains("changed by someone else");
            assertThat(api.get("/api/municipalities/kalundborg", admin)
                            .json()
                            .path("status")
                            .asText())
                    .isEqualTo(next);
        }

        @Test
        @DisplayName("bad input gets 400 naming the field, malformed JSON gets 400, and nothing changes")
        void badInput() {
            String admin = servers.token("admin");
            JsonNode before = api.get("/api/municipalities/vejle", admin).json();

            Api.Answer invalid =
                    api.put("/api/municipalities/vejle/status", admin, "{\"status\":\"CLOSED\",\"version\":0}");
            assertProblem(invalid, 400);
            assertThat(invalid.json().path("errors").get(0).path("field").asText())
                    .endsWith("status");

            assertProblem(api.put("/api/municipalities/vejle/status", admin, "{\"status\": "), 400);
            assertThat(api.get("/api/municipalities/vejle", admin).json()).isEqualTo(before);
        }

        @Test
        @DisplayName("only the network admin changes a status")
        void onlyAdmin() {
            assertProblem(
                    api.put(
                            "/api/municipalities/vejle/status",
                            servers.token("lead.horsens"),
                            "{\"status\":\"ACTIVE\",\"version\":0}"),
                    403);
        }
    }

    @Nested
    @DisplayName("API: fidelity self-assessments")
    class Assessments {

        private AssessmentApi assessments() {
            return new AssessmentApi(api);
        }

        @Test
        @DisplayName("lead.horsens can neither read nor change Roskilde's draft: 404, as if it did not exist")
        void otherMunicipalitySeesNothing() {
            String roskilde = servers.token("lead.roskilde");
            String horsens = servers.token("lead.horsens");
            long draft = assessments().find(roskilde, "roskilde", "DRAFT");
            long version = assessments().get(roskilde, draft).path("version").asLong();

            assertProblem(api.get("/api/assessments/" + draft, horsens), 404);
            assertProblem(
                    assessments().save(horsens, draft, "{\"version\":" + version + ",\"ratings\":{\"AI1\":1}}"), 404);
            assertThat(api.get("/api/assessments", horsens).body()).doesNotContain("\"id\":" + draft + ",");
            assertThat(assessments().get(roskilde, draft).path("version").asLong())
                    .isEqualTo(version);
        }

        @Test
        @DisplayName("a consultant reads the own municipality's draft but cannot submit it: 403")
        void consultantCannotSubmit() {
            String consultant = servers.token("consultant.roskilde");
            long draft = assessments().find(consultant, "roskilde", "DRAFT");
            long version = assessments().get(consultant, draft).path("version").asLong();
            assertProblem(assessments().transition(consultant, draft, "submit", version, null), 403);
        }

        @Test
        @DisplayName("nobody can change an approved report: a clear 409")
        void approvedIsLocked() {
            String lead = servers.token("lead.horsens");
            long approved = assessments().find(lead, "horsens", "APPROVED");
            JsonNode before = assessments().get(lead, approved);
            long version = before.path("version").asLong();

            Api.Answer edit =
                    assessments().save(lead, approved, "{\"version\":" + version + ",\"ratings\":{\"AI1\":1}}");
            assertProblem(edit, 409);
            assertThat(edit.json().path("detail").asText()).contains("approved and locked");
            assertProblem(
                    assessments().transition(servers.token("supervisor.anna"), approved, "approve", version, null),
                    409);
            assertThat(assessments().get(lead, approved)).isEqualTo(before);
        }

        @Test
        @DisplayName(
                "two saves from the same version: the second gets a 409 that says what changed; nothing is overwritten")
        void staleSaveIsRefused() {
            String lead = servers.token("lead.soenderborg");
            Api.Answer started = api.post("/api/assessments", lead, "{\"period\":\"" + openPeriod() + "\"}");
            assertThat(started.status()).as(started.body()).isEqualTo(201);
            long id = started.json().path("id").asLong();
            long version = started.json().path("version").asLong();

            Api.Answer first = assessments().save(lead, id, "{\"version\":" + version + ",\"ratings\":{\"MS1\":4}}");
            assertThat(first.status()).as(first.body()).isEqualTo(200);
            Api.Answer second = assessments().save(lead, id, "{\"version\":" + version + ",\"ratings\":{\"MS1\":2}}");
            assertProblem(second, 409);
            assertThat(second.json().path("detail").asText())
                    .contains("changed by lead.soenderborg")
                    .contains("ratings.MS1 is now 4");
            assertThat(rating(assessments().get(lead, id), "MS1")).isEqualTo(4);
        }

        @Test
        @DisplayName("bad input gets 400 naming the field, and the stored draft is unchanged")
        void badInput() {
            String lead = servers.token("lead.roskilde");
            long draft = assessments().find(lead, "roskilde", "DRAFT");
            JsonNode before = assessments().get(lead, draft);
            long v = before.path("version").asLong();

            assertField(
                    assessments().save(lead, draft, "{\"version\":" + v + ",\"ratings\":{\"AI1\":7}}"), "ratings.AI1");
            assertField(
                    assessments().save(lead, draft, "{\"version\":" + v + ",\"keyFigures\":{\"enrolledYouth\":-3}}"),
                    "keyFigures.enrolledYouth");
            assertField(
                    assessments().save(lead, draft, "{\"version\":" + v + ",\"ratings\":{\"XX9\":3}}"), "ratings.XX9");
            String tenMegabytes = "x".repeat(10 * 1024 * 1024);
            assertField(
                    assessments()
                            .save(
                                    lead,
                                    draft,
                                    "{\"version\":" + v + ",\"evidence\":{\"AI1\":\"" + tenMegabytes + "\"}}"),
                    "evidence.AI1");
            assertProblem(assessments().save(lead, draft, "{\"version\":" + v + ",\"ratings\":{\"AI1\":"), 400);

            assertThat(assessments().get(lead, draft)).isEqualTo(before);
        }

        @Test
        @DisplayName(
                "draft → submitted → returned with a reason → resubmitted → approved, each step audited, scores from fidelity-rules")
        void wholeReviewCycle() {
            String lead = servers.token("lead.horsens");
            String supervisor = servers.token("supervisor.anna");
            Api.Answer started = api.post("/api/assessments", lead, "{\"period\":\"" + openPeriod() + "\"}");
            assertThat(started.status()).as(started.body()).isEqualTo(201);
            long id = started.json().path("id").asLong();

            // Key figures first, then ratings that agree with what the figures imply (so no justification is needed).
            JsonNode withFigures = assessments()
                    .save(
                            lead,
                            id,
                            "{\"version\":" + started.json().path("version")
                                    + ",\"keyFigures\":{\"enrolledYouth\":60,\"plannedPlaces\":60,\"consultantFte\":3.00,"
                                    + "\"psychologistFte\":0.50,\"youthInInternship\":48,\"youthNetworkMeetingsHeld\":24,"
                                    + "\"activeCompanies\":60,\"companyNetworkMeetingsHeld\":4,\"internshipsStarted\":40,"
                                    + "\"internshipsChosenByYouth\":38,\"eventsHeld\":4}}")
                    .json();
            StringBuilder ratings = new StringBuilder();
            for (JsonNode item : withFigures.path("items")) {
                int rating = item.hasNonNull("impliedRating")
                        ? item.path("impliedRating").asInt()
                        : 3;
                ratings.append(ratings.length() == 0 ? "" : ",")
                        .append('"')
                        .append(item.path("code").asText())
                        .append("\":")
                        .append(rating);
            }
            JsonNode rated = assessments()
                    .save(lead, id, "{\"version\":" + withFigures.path("version") + ",\"ratings\":{" + ratings + "}}")
                    .json();

            JsonNode submitted = assessments()
                    .transition(lead, id, "submit", rated.path("version").asLong(), null)
                    .json();
            assertThat(submitted.path("state").asText()).isEqualTo("SUBMITTED");

            // The review queue has it, the longest-waiting first; only network-wide roles see the queue.
            JsonNode queue =
                    api.get("/api/assessments/review-queue", supervisor).json();
            List<String> submittedAt = new ArrayList<>();
            List<Long> queued = new ArrayList<>();
            queue.forEach(q -> {
                submittedAt.add(q.path("submittedAt").asText());
                queued.add(q.path("id").asLong());
            });
            assertThat(queued).contains(id);
            assertThat(submittedAt).isSorted();
            assertProblem(api.get("/api/assessments/review-queue", lead), 403);

            // The supervisor's own rating and comment; a lead cannot review; a rating of 7 is refused by name.
            String review = "{\"version\":" + submitted.path("version")
                    + ",\"ratings\":{\"MS3\":2},\"comments\":{\"MS3\":\"Evidensen for MS3 mangler\"}}";
            assertProblem(api.put("/api/assessments/" + id + "/review", lead, review), 403);
            assertField(
                    api.put(
                            "/api/assessments/" + id + "/review",
                            supervisor,
                            "{\"version\":" + submitted.path("version") + ",\"ratings\":{\"MS3\":7}}"),
                    "supervisorRatings.MS3");
            Api.Answer reviewed = api.put("/api/assessments/" + id + "/review", supervisor, review);
            assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
            assertThat(item(reviewed.json(), "MS3").path("supervisorRating").asInt())
                    .isEqualTo(2);
            assertThat(item(reviewed.json(), "MS3").path("supervisorComment").asText())
                    .isEqualTo("Evidensen for MS3 mangler");
            submitted = reviewed.json();

            assertField(
                    assessments()
                            .transition(
                                    supervisor,
                                    id,
                                    "return",
                                    submitted.path("version").asLong(),
                                    " "),
                    "reason");
            JsonNode returned = assessments()
                    .transition(
                            supervisor, id, "return", submitted.path("version").asLong(), "MS3 mangler evidens")
                    .json();
            assertThat(returned.path("state").asText()).isEqualTo("RETURNED");
            assertThat(assessments().get(lead, id).path("returnReason").asText())
                    .isEqualTo("MS3 mangler evidens");

            JsonNode changed = assessments()
                    .save(lead, id, "{\"version\":" + returned.path("version") + ",\"ratings\":{\"MS3\":5}}")
                    .json();
            JsonNode resubmitted = assessments()
                    .transition(lead, id, "submit", changed.path("version").asLong(), null)
                    .json();
            JsonNode approved = assessments()
                    .transition(
                            supervisor,
                            id,
                            "approve",
                            resubmitted.path("version").asLong(),
                            null)
                    .json();
            assertThat(approved.path("state").asText()).isEqualTo("APPROVED");

            // The scores are fidelity-rules' own, for these ratings and key figures, under the version filed under.
            assertThat(approved.path("scores").path("scoredWith").asText()).isEqualTo("nextwork-fidelity@1.1");
            assertThat(approved.path("scores").path("fidelity").asText()).isEqualTo(expectedFidelity(approved));

            List<String> actions = new ArrayList<>();
            api.get("/api/audit-events?subjectType=assessment&subjectId=" + id, servers.token("admin"))
                    .json()
                    .forEach(e -> actions.add(e.path("action").asText()));
            assertThat(actions)
                    .containsExactly(
                            "assessment.draft-started",
                            "assessment.draft-saved",
                            "assessment.draft-saved",
                            "assessment.submitted",
                            "assessment.reviewed",
                            "assessment.returned",
                            "assessment.draft-saved",
                            "assessment.submitted",
                            "assessment.approved");
        }

        @Test
        @DisplayName(
                "the report has the previous approved report for comparison, and a PDF anyone who may read it can fetch")
        void previousReportAndPdf() throws Exception {
            String lead = servers.token("lead.roskilde");
            long approved = latestApproved(lead, "roskilde");
            JsonNode report = assessments().get(lead, approved);
            Api.Answer previous = api.get("/api/assessments/" + approved + "/previous", lead);
            assertThat(previous.status()).as(previous.body()).isEqualTo(200);
            assertThat(previous.json().path("municipality").asText()).isEqualTo("roskilde");
            assertThat(previous.json().path("state").asText()).isEqualTo("APPROVED");
            assertThat(previous.json().path("period").asText())
                    .isLessThan(report.path("period").asText());

            // Read by another municipality: approved reports are visible to all, in English on request.
            Api.Binary pdf =
                    api.getBinary("/api/assessments/" + approved + "/pdf", servers.token("consultant.horsens"), "en");
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.contentType()).startsWith("application/pdf");
            String text = pdfText(pdf.body());
            assertThat(text)
                    .contains("Fidelity report – Roskilde "
                            + report.path("period").asText())
                    .contains("Work identity")
                    .contains(String.format(
                            java.util.Locale.ENGLISH,
                            "%.1f",
                            report.path("scores").path("fidelityValue").asDouble()))
                    .contains("Previous")
                    .contains("(" + previous.json().path("period").asText() + ")");

            long draft = assessments().find(lead, "roskilde", "DRAFT");
            Api.Binary hidden =
                    api.getBinary("/api/assessments/" + draft + "/pdf", servers.token("lead.horsens"), null);
            assertThat(hidden.status()).isEqualTo(404);
            assertThat(hidden.contentType()).startsWith("application/problem+json");
        }

        private long latestApproved(String token, String municipality) {
            long latest = -1;
            String latestPeriod = "";
            for (JsonNode a : api.get("/api/assessments", token).json()) {
                if (a.path("municipality").asText().equals(municipality)
                        && a.path("state").asText().equals("APPROVED")
                        && a.path("period").asText().compareTo(latestPeriod) > 0) {
                    latest = a.path("id").asLong();
                    latestPeriod = a.path("period").asText();
                }
            }
            return latest;
        }

        private JsonNode item(JsonNode report, String code) {
            for (JsonNode item : report.path("items")) {
                if (item.path("code").asText().equals(code)) {
                    return item;
                }
            }
            throw new AssertionError("no item " + code);
        }

        private String expectedFidelity(JsonNode report) {
            var instrument = dk.nextwork.fidelity.instrument.InstrumentCatalog.builtIn()
                    .find("nextwork-fidelity", "1.1")
                    .orElseThrow();
            var builder = dk.nextwork.fidelity.scoring.Ratings.of(instrument);
            report.path("items")
                    .forEach(i -> builder.rate(
                            i.path("code").asText(), i.path("selfRating").asInt()));
            var result = dk.nextwork.fidelity.scoring.Scorer.score(
                    builder.build(), dk.nextwork.fidelity.KeyFigures.builder().build());
            return result.fidelity().toString();
        }

        /** The open period: the one Roskilde's demo draft is for. */
        private String openPeriod() {
            String roskilde = servers.token("lead.roskilde");
            return assessments()
                    .get(roskilde, assessments().find(roskilde, "roskilde", "DRAFT"))
                    .path("period")
                    .asText();
        }

        private int rating(JsonNode report, String code) {
            for (JsonNode item : report.path("items")) {
                if (item.path("code").asText().equals(code)) {
                    return item.path("selfRating").asInt();
                }
            }
            throw new AssertionError("no item " + code);
        }

        private void assertField(Api.Answer answer, String field) {
            assertProblem(answer, 400);
            assertThat(answer.json().path("errors").findValuesAsText("field")).contains(field);
        }
    }

    @Nested
    @DisplayName("API: reporting periods")
    class Periods {

        @Test
        @DisplayName("the network admin opens a half-year and closes it; others are refused; every change is audited")
        void openAndClose() {
            String admin = servers.token("admin");
            assertProblem(api.post("/api/periods", servers.token("lead.roskilde"), "{\"code\":\"2032-H1\"}"), 403);
            assertProblem(api.post("/api/periods", admin, "{\"code\":\"2032-H3\"}"), 400);

            Api.Answer opened = api.post("/api/periods", admin, "{\"code\":\"2032-H1\"}");
            assertThat(opened.status()).as(opened.body()).isEqualTo(201);
            assertThat(opened.json().path("status").asText()).isEqualTo("OPEN");
            assertThat(opened.json().path("firstDay").asText()).isEqualTo("2032-01-01");
            assertThat(opened.json().path("lastDay").asText()).isEqualTo("2032-06-30");
            assertProblem(api.post("/api/periods", admin, "{\"code\":\"2032-H1\"}"), 409);

            long version = opened.json().path("version").asLong();
            Api.Answer closed = api.put(
                    "/api/periods/2032-H1/status", admin, "{\"status\":\"CLOSED\",\"version\":" + version + "}");
            assertThat(closed.status()).as(closed.body()).isEqualTo(200);
            assertThat(closed.json().path("status").asText()).isEqualTo("CLOSED");
            assertProblem(
                    api.put("/api/periods/2032-H1/status", admin, "{\"status\":\"OPEN\",\"version\":" + version + "}"),
                    409);

            List<String> actions = new ArrayList<>();
            api.get("/api/audit-events?subjectType=period&subjectId=2032-H1", admin)
                    .json()
                    .forEach(e -> actions.add(e.path("action").asText()));
            assertThat(actions).containsExactly("period.opened", "period.status-changed");
        }

        @Test
        @DisplayName("the admin's periods page opens a half-year and closes it; a bad code is named")
        void periodsPage() {
            try (Browser browser = new Browser()) {
                browser.logIn(servers.hub(), "admin");
                browser.waitFor(By.linkText("Perioder")).click();
                browser.waitFor(By.id("periods-form:code")).sendKeys("2034-H3");
                browser.waitFor(By.id("periods-form:open-new")).click();
                waitForText(browser, By.cssSelector("#messages .ui-messages-error-summary"), "Halvår");
                replaceText(browser.waitFor(By.id("periods-form:code")), "2034-H1");
                browser.waitFor(By.id("periods-form:open-new")).click();
                waitForText(browser, By.cssSelector("#period-2034-H1 .period-status"), "Åben");
                browser.waitFor(By.cssSelector("#period-2034-H1 input[type='submit']"))
                        .click();
                waitForText(browser, By.cssSelector("#period-2034-H1 .period-status"), "Lukket");
            }
            JsonNode all =
                    api.get("/api/periods", servers.token("lead.roskilde")).json();
            List<String> closed = new ArrayList<>();
            all.forEach(p -> {
                if (p.path("status").asText().equals("CLOSED")) {
                    closed.add(p.path("code").asText());
                }
            });
            assertThat(closed).contains("2034-H1");
        }
    }

    @Nested
    @DisplayName("API: supervision log and actions")
    class Supervision {

        @Test
        @DisplayName("bad input names every field at fault and saves nothing; only supervisors log sessions")
        void badInput() {
            String supervisor = servers.token("supervisor.anna");
            int before = api.get("/api/supervision-sessions?municipality=roskilde", supervisor)
                    .json()
                    .size();
            String session = "{\"municipality\":\"roskilde\",\"heldOn\":\"2026-10-01\",\"format\":\"VIRTUAL\","
                    + "\"actions\":["
                    + "{\"title\":\"Ugentlig opfølgning\",\"owner\":\"Teamleder\",\"dueOn\":\"2026-09-01\",\"items\":[\"MS1\"]},"
                    + "{\"title\":\"Nyt eventformat\",\"owner\":\"Konsulenterne\",\"dueOn\":\"2026-12-01\",\"items\":[\"XX9\"]},"
                    + "{\"title\":\" \",\"owner\":\"Teamleder\",\"dueOn\":\"2026-12-01\"}]}";
            Api.Answer refused = api.post("/api/supervision-sessions", supervisor, session);
            assertProblem(refused, 400);
            assertThat(refused.json().path("errors").findValuesAsText("field"))
                    .contains("actions[0].dueOn", "actions[1].items[0]", "actions[2].title");
            assertThat(refused.body()).contains("before the session date");

            Api.Answer badDate = api.post(
                    "/api/supervision-sessions",
                    supervisor,
                    "{\"municipality\":\"roskilde\",\"heldOn\":\"31-02-2026\",\"format\":\"VIRTUAL\"}");
            assertProblem(badDate, 400);
            assertThat(badDate.json().path("errors").findValuesAsText("field")).contains("heldOn");

            assertProblem(api.post("/api/supervision-sessions", servers.token("lead.roskilde"), session), 403);
            assertThat(api.get("/api/supervision-sessions?municipality=roskilde", supervisor)
                            .json()
                            .size())
                    .isEqualTo(before);
        }

        @Test
        @DisplayName("the log exports as CSV for Excel; another municipality gets 404")
        void csvExport() {
            Api.Answer csv = api.get(
                    "/api/supervision-sessions/export?municipality=soenderborg", servers.token("lead.soenderborg"));
            assertThat(csv.status()).as(csv.body()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            String[] lines = csv.body().split("\r\n");
            assertThat(lines[0]).startsWith("\uFEFF\"dato\";\"kommune\";\"supervisor\";\"form\"");
            assertThat(csv.body())
                    .contains("\"Sønderborg\"", "\"ON_SITE\"", "\"MS1 MS3\"")
                    .contains("De unge planlægger næste NExTWORK-event (DONE");
            assertProblem(
                    api.get(
                            "/api/supervision-sessions/export?municipality=soenderborg",
                            servers.token("lead.roskilde")),
                    404);
        }

        @Test
        @DisplayName("an action past its due date is listed as overdue once the clock has moved past it")
        void overdue() {
            String supervisor = servers.token("supervisor.anna");
            String admin = servers.token("admin");
            String due = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen"))
                    .plusDays(10)
                    .toString();
            Api.Answer added = api.post(
                    "/api/actions",
                    supervisor,
                    "{\"municipality\":\"roskilde\",\"title\":\"Flere virksomheder til events\","
                            + "\"owner\":\"Virksomhedskonsulent\",\"dueOn\":\"" + due + "\",\"items\":[\"MM2\"]}");
            assertThat(added.status()).as(added.body()).isEqualTo(201);
            long id = added.json().path("id").asLong();
            assertThat(added.json().path("overdue").asBoolean()).isFalse();
            try {
                assertThat(api.put("/api/test-clock", admin, "{\"days\":11}").status())
                        .isEqualTo(200);
                JsonNode moved = api.get("/api/actions/" + id, servers.token("lead.roskilde"))
                        .json();
                assertThat(moved.path("overdue").asBoolean()).isTrue();
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
                api.put("/api/test-clock", admin, "{\"days\":0}");
            }
            assertThat(api.get("/api/actions/" + id, supervisor)
                            .json()
                            .path("overdue")
                            .asBoolean())
                    .isFalse();
        }

        @Test
        @DisplayName("approving a report with Magtskifte at 2.5 requires an action plan; an action on its lowest item"
                + " clears it, due six weeks after approval")
        void actionPlan() {
            String admin = servers.token("admin");
            String lead = servers.token("lead.soenderborg");
            String supervisor = servers.token("supervisor.anna");
            Api.Answer period = api.post("/api/periods", admin, "{\"code\":\"2031-H1\"}");
            assertThat(period.status()).as(period.body()).isEqualTo(201);
            try {
                Api.Answer started = api.post("/api/assessments", lead, "{\"period\":\"2031-H1\"}");
                assertThat(started.status()).as(started.body()).isEqualTo(201);
                long id = started.json().path("id").asLong();
                StringBuilder ratings = new StringBuilder();
                Map<String, Integer> magtskifte = Map.of("MS1", 2, "MS2", 3, "MS3", 2, "MS4", 3, "MS5", 9);
                for (JsonNode item : started.json().path("items")) {
                    String code = item.path("code").asText();
                    ratings.append(ratings.length() == 0 ? "" : ",")
                            .append('"')
                            .append(code)
                            .append("\":")
                            .append(magtskifte.getOrDefault(code, 4));
                }
                JsonNode rated = new AssessmentApi(api)
                        .save(
                                lead,
                                id,
                                "{\"version\":" + started.json().path("version") + ",\"ratings\":{" + ratings + "}}")
                        .json();
                JsonNode submitted = new AssessmentApi(api)
                        .transition(lead, id, "submit", rated.path("version").asLong(), null)
                        .json();
                JsonNode approved = new AssessmentApi(api)
                        .transition(
                                supervisor,
                                id,
                                "approve",
                                submitted.path("version").asLong(),
                                null)
                        .json();
                assertThat(approved.path("state").asText())
                        .as(approved.toString())
                        .isEqualTo("APPROVED");
                assertThat(new AssessmentApi(api)
                                .get(lead, id)
                                .path("scores")
                                .path("sections")
                                .toString())
                        .contains("\"code\":\"MS\"");

                // The closed loop: the demo session's actions (after the previous report) on MS1 and MS3, with the
                // ratings before and after; another municipality reads the report but not the actions behind it.
                JsonNode loop =
                        api.get("/api/assessments/" + id + "/closed-loop", lead).json();
                Map<String, JsonNode> byItem = new LinkedHashMap<>();
                loop.forEach(row -> byItem.put(row.path("item").asText(), row));
                assertThat(byItem).containsKeys("MS1", "MS3");
                assertThat(byItem.get("MS1").path("after").asInt()).isEqualTo(2);
                assertThat(byItem.get("MS1").path("before").isInt()).isTrue();
                assertThat(byItem.get("MS1").path("actions").toString())
                        .contains("De unge planlægger næste NExTWORK-event");
                Api.Answer foreign = api.get("/api/assessments/" + id + "/closed-loop", servers.token("lead.roskilde"));
                assertThat(foreign.status()).isEqualTo(200);
                assertThat(foreign.json().size()).isZero();

                // Practice suggested for the lowest items (MS1, MS3, MS2) comes first from municipalities that
                // improved on the item: Roskilde's demo reports rose on MS3 (no data rule), Horsens' did not, and
                // Horsens' practices are newer, so only the improvement puts Roskilde's first.
                JsonNode suggestions = api.get("/api/practices/suggestions?municipality=soenderborg", lead)
                        .json();
                List<String> suggestedItems = new ArrayList<>();
                suggestions.forEach(x -> suggestedItems.add(x.path("item").asText()));
                assertThat(suggestedItems).containsExactly("MS1", "MS3", "MS2");
                JsonNode forMs3 = suggestions.get(1).path("practices");
                assertThat(forMs3.size()).as(forMs3.toString()).isGreaterThan(1);
                assertThat(forMs3.get(0).path("municipality").asText()).isEqualTo("roskilde");
                forMs3.forEach(x -> assertThat(x.path("municipality").asText()).isNotEqualTo("soenderborg"));
                assertProblem(
                        api.get("/api/practices/suggestions?municipality=soenderborg", servers.token("lead.roskilde")),
                        404);

                JsonNode plan = api.get("/api/actions/plan?municipality=soenderborg", lead)
                        .json();
                assertThat(plan.path("assessmentId").asLong()).isEqualTo(id);
                JsonNode requirement = plan.path("requirements").get(0);
                assertThat(requirement.path("principle").asText()).isEqualTo("MS");
                assertThat(requirement.path("met").asBoolean()).isFalse();
                assertThat(requirement.path("lowestItems").toString()).contains("MS1", "MS3");
                try (Browser browser = new Browser()) {
                    browser.logIn(servers.hub(), "lead.soenderborg");
                    assertThat(browser.text(By.id("action-plan")))
                            .contains("Handlingsplan påkrævet")
                            .contains("Magtskifte");
                    assertThat(browser.text(By.id("suggestions")))
                            .contains(forMs3.get(0).path("title").asText());
                    browser.open(servers.hub() + "/rapport.xhtml?id=" + id);
                    assertThat(browser.text(By.id("action-plan"))).contains("Handlingsplan påkrævet");
                    assertThat(browser.text(By.id("closed-loop")))
                            .contains("MS1")
                            .contains("De unge planlægger næste NExTWORK-event (Udført)");

                    Api.Answer action = api.post(
                            "/api/actions",
                            lead,
                            "{\"municipality\":\"soenderborg\",\"title\":\"De unge leder selv netværksmøderne\","
                                    + "\"owner\":\"Ungekonsulent\",\"items\":[\"MS1\"],\"assessmentId\":" + id + "}");
                    assertThat(action.status()).as(action.body()).isEqualTo(201);
                    java.time.LocalDate approvedOn = java.time.LocalDate.ofInstant(
                            java.time.Instant.parse(new AssessmentApi(api)
                                    .get(lead, id)
                                    .path("approvedAt")
                                    .asText()),
                            java.time.ZoneId.of("Europe/Copenhagen"));
                    assertThat(action.json().path("dueOn").asText())
                            .isEqualTo(approvedOn.plusWeeks(6).toString());

                    assertThat(api.get("/api/actions/plan?municipality=soenderborg", lead)
                                    .json()
                                    .path("requirements")
                                    .get(0)
                                    .path("met")
                                    .asBoolean())
                            .isTrue();
                    browser.open(servers.hub() + "/index.xhtml");
                    browser.waitFor(By.id("start-tasks"));
                    assertThat(browser.isPresent(By.id("action-plan"))).isFalse();
                }
            } finally {
                JsonNode current = api.get("/api/periods", admin).json();
                for (JsonNode p : current) {
                    if (p.path("code").asText().equals("2031-H1")) {
                        api.put(
                                "/api/periods/2031-H1/status",
                                admin,
                                "{\"status\":\"CLOSED\",\"version\":" + p.path("version") + "}");
                    }
                }
            }
        }
    }

    @Nested
    @DisplayName("Supervision in a real browser")
    class SupervisionInTheBrowser {

        @Test
        @DisplayName("supervisor.anna logs a session with Horsens and two actions (MS1, MM1); lead.horsens marks one"
                + " done; lead.roskilde sees none of it and the API answers 404")
        void sessionWithActions() {
            String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen"))
                    .format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
            String due = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen"))
                    .plusWeeks(4)
                    .format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
            String first = "De unge vælger selv dagsorden til netværksmødet";
            String second = "Matchevent med tre nye virksomheder";
            try (Browser browser = new Browser()) {
                browser.logIn(servers.hub(), "supervisor.anna");
                browser.waitFor(By.linkText("Handlinger")).click();
                browser.waitFor(By.linkText("Horsens")).click();
                browser.waitFor(By.id("log-session")).click();
                assertThat(browser.text(By.id("privacy-reminder"))).contains("intet om den enkelte unge");
                assertThat(new Select(browser.waitFor(By.id("session:municipality")))
                                .getFirstSelectedOption()
                                .getText())
                        .isEqualTo("Horsens");
                browser.waitFor(By.id("session:held-on")).sendKeys("31-02-2026");
                replaceText(browser.waitFor(By.id("session:leads")), "1");
                replaceText(browser.waitFor(By.id("session:consultants")), "4");
                browser.waitFor(By.cssSelector("#session\\:principles input[value='MS']"))
                        .click();
                browser.waitFor(By.cssSelector("#session\\:principles input[value='MM']"))
                        .click();
                browser.waitFor(By.cssSelector("#session\\:items input[value='MS1']"))
                        .click();
                browser.waitFor(By.cssSelector("#session\\:items input[value='MM1']"))
                        .click();
                browser.waitFor(By.id("session:notes")).sendKeys("Teamet vil give de unge mere styring i netværket.");
                fillAction(browser, 0, first, "Teamleder", due, "MS1");
                fillAction(browser, 1, second, "Virksomhedskonsulent", due, "MM1");
                browser.waitFor(By.id("session:save")).click();
                // A date that does not exist is refused by name, and what was typed stays in the form.
                waitForText(
                        browser,
                        By.cssSelector("#messages .ui-messages-error-summary"),
                        "Dato for supervisionen: ikke en dato – skriv dd-mm-åååå, fx 20-11-2026 (31-02-2026)");
                assertThat(browser.waitFor(By.cssSelector("#action-row-1 input[id$=':title']"))
                                .getAttribute("value"))
                        .isEqualTo(second);
                replaceText(browser.waitFor(By.id("session:held-on")), today);
                browser.waitFor(By.id("session:save")).click();

                waitForText(browser, By.tagName("h1"), "Supervision og handlinger – Horsens");
                assertThat(browser.text(By.id("messages"))).contains("Supervisionen er logget");
                assertThat(browser.text(By.id("actions"))).contains(first, second, "MS1", "MM1");
                assertThat(browser.text(By.id("sessions"))).contains("Magtskifte", "Mange til mange");
            }

            String horsens = servers.token("lead.horsens");
            List<Long> ids = new ArrayList<>();
            api.get("/api/actions?municipality=horsens", horsens).json().forEach(a -> {
                if (a.path("title").asText().equals(first)
                        || a.path("title").asText().equals(second)) {
                    ids.add(a.path("id").asLong());
                }
            });
            assertThat(ids).hasSize(2);
            long done = ids.get(0);
            try (Browser browser = new Browser()) {
                browser.logIn(servers.hub(), "lead.horsens");
                browser.waitFor(By.linkText("Supervision og handlinger")).click();
                assertThat(browser.text(By.id("actions"))).contains(first, second);
                new Select(browser.waitFor(By.cssSelector("#action-" + done + " select"))).selectByValue("DONE");
                browser.waitFor(By.cssSelector("#action-" + done + " input[type='submit']"))
                        .click();
                waitForText(
                        browser,
                        By.cssSelector("#messages .ui-messages-info-summary"),
                        "Status gemt: "
                                + api.get("/api/actions/" + done, horsens)
                                        .json()
                                        .path("title")
                                        .asText() + " – Udført");
                assertThat(new Select(browser.waitFor(By.cssSelector("#action-" + done + " select")))
                                .getFirstSelectedOption()
                                .getText())
                        .isEqualTo("Udført");
            }
            assertThat(api.get("/api/actions/" + done, horsens)
                            .json()
                            .path("status")
                            .asText())
                    .isEqualTo("DONE");

            String roskilde = servers.token("lead.roskilde");
            assertProblem(api.get("/api/supervision-sessions?municipality=horsens", roskilde), 404);
            assertProblem(api.get("/api/actions?municipality=horsens", roskilde), 404);
            assertProblem(api.get("/api/actions/" + done, roskilde), 404);
            assertProblem(
                    api.put("/api/actions/" + done + "/status", roskilde, "{\"status\":\"OPEN\",\"version\":1}"), 404);
            try (Browser browser = new Browser()) {
                browser.logIn(servers.hub(), "lead.roskilde");
                browser.open(servers.hub() + "/supervision.xhtml?kommune=horsens");
                assertThat(browser.isPresent(By.id("actions"))).isFalse();
                assertThat(browser.driver().getPageSource()).contains("404").doesNotContain(first);
                browser.open(servers.hub() + "/supervision.xhtml");
                assertThat(browser.text(By.tagName("h1"))).isEqualTo("Supervision og handlinger – Roskilde");
                assertThat(browser.driver().getPageSource())
                        .doesNotContain(first)
                        .doesNotContain(second);
            }
        }

        private void fillAction(Browser browser, int row, String title, String owner, String due, String item) {
            String prefix = "#action-row-" + row + " ";
            browser.waitFor(By.cssSelector(prefix + "input[id$=':title']")).sendKeys(title);
            browser.waitFor(By.cssSelector(prefix + "input[id$=':owner']")).sendKeys(owner);
            browser.waitFor(By.cssSelector(prefix + "input[id$=':due']")).sendKeys(due);
            browser.waitFor(By.cssSelector(prefix + "input[type='checkbox'][value='" + item + "']"))
                    .click();
        }
    }

    @Nested
    @DisplayName("Practice library")
    class PracticeLibrary {

        private Api.Answer share(String token, String title, String body, boolean publish) {
            return api.post(
                    "/api/practices",
                    token,
                    "{\"title\":" + json(title) + ",\"summary\":\"Kort resumé\",\"body\":" + json(body)
                            + ",\"principles\":[\"MS\"],\"activities\":[\"PRAKTIK\"],\"publish\":" + publish + "}");
        }

        private String json(String text) {
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new AssertionError(e);
            }
        }

        private List<String> titles(String token, String query) {
            Api.Answer answer = api.get(
                    "/api/practices?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8),
                    token);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            List<String> titles = new ArrayList<>();
            answer.json().forEach(h -> titles.add(h.path("title").asText()));
            return titles;
        }

        @Test
        @DisplayName("Danish search: 'praktikker' finds 'praktik', snippets mark the match, filters narrow it")
        void danishSearch() {
            String horsens = servers.token("consultant.horsens");
            Api.Answer shared = share(horsens, "Sommerpraktik i kommunens værksteder", "<p>Om sommeren.</p>", true);
            assertThat(shared.status()).as(shared.body()).isEqualTo(201);
            String roskilde = servers.token("consultant.roskilde");
            assertThat(titles(roskilde, "sommerpraktikker")).contains("Sommerpraktik i kommunens værksteder");
            assertThat(titles(roskilde, "praktikker")).contains("Matchevent hvor de unge selv vælger praktik");

            JsonNode hits =
                    api.get("/api/practices?q=v%C3%A6rkstederne", roskilde).json();
            JsonNode hit = null;
            for (JsonNode h : hits) {
                if (h.path("title").asText().equals("Sommerpraktik i kommunens værksteder")) {
                    hit = h;
                }
            }
            assertThat(hit).as(hits.toString()).isNotNull();
            assertThat(hit.path("snippet").asText()).contains("<mark>værksteder</mark>");

            JsonNode filtered = api.get("/api/practices?q=praktik&municipality=roskilde&principle=AI", roskilde)
                    .json();
            assertThat(filtered.size()).isPositive();
            filtered.forEach(h -> assertThat(h.path("municipality").asText()).isEqualTo("roskilde"));
            assertThat(titles(roskilde, "praktik")).doesNotContain("Mentorordning i virksomhederne");
        }

        @Test
        @DisplayName("odd search input never errors: quotes, operators, 10 000 characters, empty")
        void oddSearches() {
            String token = servers.token("researcher.ifs");
            for (String odd : List.of("\"", "'", "&|!:*()", "\"praktik", "!!", ":*", "x".repeat(10_000), "", "   ")) {
                Api.Answer answer = api.get(
                        "/api/practices?q=" + java.net.URLEncoder.encode(odd, java.nio.charset.StandardCharsets.UTF_8),
                        token);
                assertThat(answer.status())
                        .as(odd.length() > 20 ? "10 000 x" : odd)
                        .isEqualTo(200);
            }
            assertThat(api.get("/api/practices?sort=newest", token).json().size())
                    .isPositive();
        }

        @Test
        @DisplayName("a draft is invisible to other municipalities: absent from search and lists, 404 by id")
        void draftIsPrivate() {
            String horsens = servers.token("consultant.horsens");
            Api.Answer draft = share(horsens, "Kladde om cykelværksted", "<p>Cykelværksted for de unge.</p>", false);
            assertThat(draft.status()).as(draft.body()).isEqualTo(201);
            long id = draft.json().path("id").asLong();
            assertThat(draft.json().path("status").asText()).isEqualTo("DRAFT");

            String roskilde = servers.token("consultant.roskilde");
            assertThat(titles(roskilde, "cykelværksted")).isEmpty();
            assertThat(api.get("/api/practices?sort=newest", roskilde).body()).doesNotContain("cykelværksted");
            assertProblem(api.get("/api/practices/" + id, roskilde), 404);
            assertProblem(api.post("/api/practices/" + id + "/comments", roskilde, "{\"text\":\"Hej\"}"), 404);
            assertProblem(api.get("/api/practices/" + id, servers.token("supervisor.anna")), 404);

            assertThat(titles(servers.token("lead.horsens"), "cykelværksted"))
                    .containsExactly("Kladde om cykelværksted");
            assertThat(api.get("/api/practices/" + id, servers.token("lead.horsens"))
                            .status())
                    .isEqualTo(200);
        }

        @Test
        @DisplayName("an empty title or a body over the size limit gets a clear error naming the field")
        void badInput() {
            String horsens = servers.token("consultant.horsens");
            Api.Answer empty = share(horsens, "  ", "<p>x</p>", true);
            assertProblem(empty, 400);
            assertThat(empty.json().path("errors").findValuesAsText("field")).contains("title");
            Api.Answer huge = share(horsens, "For lang", "<p>" + "a".repeat(50_001) + "</p>", true);
            assertProblem(huge, 400);
            assertThat(huge.json().path("errors").findValuesAsText("field")).contains("body");
            assertThat(titles(horsens, "For lang")).doesNotContain("For lang");
            assertProblem(share(servers.token("supervisor.anna"), "Fra supervisor", "<p>x</p>", true), 403);
        }

        @Test
        @DisplayName("script, onerror and javascript: in a body are neutralised: no script runs in the browser")
        void hostileBodyIsNeutralised() {
            String horsens = servers.token("consultant.horsens");
            String hostile = "<p>Godt råd</p><script>window.hubXss = 'script'</script>"
                    + "<img src=\"x\" onerror=\"window.hubXss = 'onerror'\">"
                    + "<a id=\"evil\" href=\"javascript:window.hubXss = 'link'\">Klik her</a>"
                    + "<p onclick=\"window.hubXss = 'click'\">Tryk</p>"
                    + "<iframe src=\"javascript:parent.hubXss = 'frame'\"></iframe>";
            Api.Answer shared = share(horsens, "Praksis med farlig HTML", hostile, true);
            assertThat(shared.status()).as(shared.body()).isEqualTo(201);
            String body = shared.json().path("body").asText();
            assertThat(body)
                    .contains("Godt råd", "Klik her")
                    .doesNotContainIgnoringCase("<script")
                    .doesNotContainIgnoringCase("onerror")
                    .doesNotContainIgnoringCase("javascript:")
                    .doesNotContainIgnoringCase("onclick")
                    .doesNotContainIgnoringCase("<iframe");
            long id = shared.json().path("id").asLong();
            try (Browser browser = new Browser()) {
                browser.logIn(servers.hub(), "consultant.roskilde");
                browser.open(servers.hub() + "/praksis-vis.xhtml?id=" + id);
                assertThat(browser.text(By.id("practice-body"))).contains("Godt råd");
                for (WebElement clickable :
                        browser.driver().findElements(By.cssSelector("#practice-body a, #practice-body p"))) {
                    clickable.click();
                }
                Object marker = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript("return window.hubXss === undefined ? null : String(window.hubXss);");
                assertThat(marker).isNull();
                assertThat(browser.driver()
                                .findElements(By.cssSelector("#practice-body script, #practice-body iframe")))
                        .isEmpty();
            }
        }

        @Test
        @DisplayName("consultant.horsens publishes; consultant.roskilde finds it by an inflected form, comments and"
                + " records that Roskilde tried it; the practice shows 'afprøvet i Roskilde'")
        void publishFindCommentTry() {
            String title = "Åbent værksted for praktikværter";
            try (Browser browser = new Browser()) {
                browser.logIn(servers.hub(), "consultant.horsens");
                browser.waitFor(By.linkText("Praksis")).click();
                browser.waitFor(By.id("new-practice")).click();
                assertThat(browser.text(By.id("practice-privacy"))).contains("intet om den enkelte unge");
                browser.waitFor(By.id("practice:title")).sendKeys(title);
                browser.waitFor(By.id("practice:summary"))
                        .sendKeys("Virksomhederne kommer ind i værkstedet og møder de unge.");
                WebElement editor = browser.waitFor(By.cssSelector("#practice\\:body .ql-editor"));
                editor.click();
                editor.sendKeys("Hver torsdag åbner vi værkstedet for virksomhedernes praktikværter.");
                browser.waitFor(By.cssSelector("#practice\\:principles input[value='MM']"))
                        .click();
                browser.waitFor(By.cssSelector("#practice\\:activities input[value='VIRKSOMHEDSNETVAERK']"))
                        .click();
                browser.waitFor(By.id("practice:publish")).click();
                waitForText(browser, By.tagName("h1"), title);
                assertThat(browser.text(By.id("practice-status"))).isEqualTo("Udgivet");
                assertThat(browser.text(By.id("practice-body"))).contains("Hver torsdag åbner vi værkstedet");
            }
            try (Browser browser = new Browser()) {
                browser.logIn(servers.hub(), "consultant.roskilde");
                browser.waitFor(By.linkText("Praksis")).click();
                browser.waitFor(By.id("q")).sendKeys("værkstederne");
                browser.waitFor(By.id("search-button")).click();
                WebElement found = browser.waitFor(By.linkText(title));
                assertThat(browser.driver()
                                .findElement(By.cssSelector("#results mark"))
                                .getText())
                        .startsWith("værksted");
                found.click();

                browser.waitFor(By.id("comment-form:comment")).sendKeys("Det vil vi prøve i Roskilde.");
                browser.waitFor(By.id("comment-form:save-comment")).click();
                waitForText(browser, By.cssSelector("#messages .ui-messages-info-summary"), "Kommentaren er gemt.");
                assertThat(browser.text(By.id("comments")))
                        .contains("consultant.roskilde (Roskilde): Det vil vi prøve i Roskilde.");

                String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen"))
                        .format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
                browser.waitFor(By.id("trial-form:tried-on")).sendKeys(today);
                browser.waitFor(By.cssSelector("#trial-form\\:outcome input[value='PARTLY']"))
                        .click();
                browser.waitFor(By.id("trial-form:note")).sendKeys("Godt fremmøde, færre virksomheder end håbet.");
                browser.waitFor(By.id("trial-form:save-trial")).click();
                waitForText(
                        browser, By.cssSelector("#messages .ui-messages-info-summary"), "Afprøvningen er registreret.");
                assertThat(browser.text(By.id("trials")))
                        .contains("Afprøvet i Roskilde (" + today + "): Virkede delvist – Godt fremmøde");
            }
        }
    }

    @Nested
    @DisplayName("Operations")
    class Operations {

        @Test
        @DisplayName("the health endpoint reports the database as up")
        void health() {
            Api.Answer health = api.get("/health", null);
            assertThat(health.status()).as(health.body()).isEqualTo(200);
            assertThat(health.body()).contains("\"database\"").contains("UP");
        }

        @Test
        @DisplayName("the OpenAPI document describes the API")
        void openApi() {
            Api.Answer doc = api.get("/openapi", null);
            assertThat(doc.status()).isEqualTo(200);
            assertThat(doc.body())
                    .contains("/api/me")
                    .contains("/api/municipalities")
                    .contains("/api/assessments/{id}/review")
                    .contains("/api/supervision-sessions")
                    .contains("/api/actions/plan")
                    .contains("/api/practices/suggestions")
                    .contains("/api/periods")
                    .contains("NExTWORK Hub API")
                    .doesNotContain("/api/test-clock");
        }

        @Test
        @DisplayName("an anonymous visit to / is sent to the Keycloak login")
        void anonymousIsRedirected() {
            Api.Answer answer = api.get("/", null);
            assertThat(answer.status()).isEqualTo(302);
            assertThat(answer.raw().headers().firstValue("Location").orElseThrow())
                    .contains("/realms/nextwork-hub/protocol/openid-connect/auth")
                    .contains("client_id=hub-web");
        }
    }

    @Nested
    @DisplayName("Pages in a real browser")
    class Pages {

        @Test
        @DisplayName("lead.roskilde logs in through Keycloak and sees Roskilde and the role, in Danish")
        void leadSeesRoskilde() {
            try (Browser browser = new Browser()) {
                browser.logIn(servers.hub(), "lead.roskilde");
                assertThat(browser.text(By.id("user-municipality"))).isEqualTo("Roskilde");
                assertThat(browser.text(By.id("user-role"))).isEqualTo("Teamleder");
                assertThat(browser.text(By.id("start-municipality")))
                        .contains("Roskilde")
                        .contains("265");
                assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                        .isEqualTo("da");
                assertThat(navigation(browser))
                        .containsExactly(
                                "Forside", "Selvevalueringer", "Supervision og handlinger", "Praksis", "Kommuner");
            }
        }

        @Test
        @DisplayName("the language switch turns every page English, and the municipalities page shows all six")
        void languageSwitch() {
            try (Browser browser = new Browser()) {
                browser.logIn(servers.hub(), "lead.horsens");
                browser.waitFor(By.id("header-form:lang-en")).click();
                browser.waitFor(By.cssSelector("html[lang='en']"));
                assertThat(browser.text(By.id("user-role"))).isEqualTo("Team lead");
                browser.open(servers.hub() + "/kommuner.xhtml");
                assertThat(browser.text(By.tagName("h1"))).isEqualTo("Municipalities");
                String table = browser.text(By.id("municipalities"));
                assertThat(table).contains("Horsens", "615", "Active", "København", "Former");
            }
        }

        @Test
        @DisplayName("the admin's navigation has the audit log; a lead is refused it")
        void navigationByRole() {
            try (Browser browser = new Browser()) {
                browser.logIn(servers.hub(), "admin");
                assertThat(navigation(browser))
                        .containsExactly(
                                "Forside",
                                "Selvevalueringer",
                                "Gennemgang",
                                "Handlinger",
                                "Praksis",
                                "Kommuner",
                                "Perioder",
                                "Hændelseslog");
                assertThat(browser.isPresent(By.id("user-municipality"))).isFalse();
            }
            Api.Answer forLead = new Api(servers.hub()).get("/haendelser.xhtml", null);
            assertThat(forLead.status()).isEqualTo(302);
        }

        @Test
        @DisplayName("the report page shows the scores the API reports; another municipality's draft is not found")
        void reportPage() {
            String token = servers.token("lead.roskilde");
            AssessmentApi assessments = new AssessmentApi(api);
            long approved = assessments.find(token, "roskilde", "APPROVED");
            JsonNode report = assessments.get(token, approved);
            String fidelity = String.format(
                    java.util.Locale.forLanguageTag("da"),
                    "%.1f",
                    report.path("scores").path("fidelityValue").asDouble());
            try (Browser browser = new Browser()) {
                browser.logIn(servers.hub(), "lead.roskilde");
                browser.waitFor(By.linkText("Selvevalueringer")).click();
                assertThat(browser.text(By.id("assessments"))).contains("Roskilde", "Godkendt", "Kladde");
                browser.open(servers.hub() + "/rapport.xhtml?id=" + approved);
                assertThat(browser.text(By.id("report-state"))).isEqualTo("Godkendt");
                assertThat(browser.text(By.id("report-fidelity"))).startsWith(fidelity);
                assertThat(browser.text(By.id("section-scores")))
                        .contains("Arbejdsidentitet", "Mange til mange", "Magtskifte", "Struktur og team");
                assertThat(browser.text(By.id("history"))).contains("Indsendt").contains("Godkendt");

                // Another municipality's approved report reads fine, without the actions behind it.
                long horsens = assessments.find(servers.token("lead.horsens"), "horsens", "APPROVED");
                browser.open(servers.hub() + "/rapport.xhtml?id=" + horsens);
                assertThat(browser.text(By.id("report-state"))).isEqualTo("Godkendt");
                assertThat(browser.text(By.tagName("h1"))).contains("Horsens");
                assertThat(browser.isPresent(By.id("closed-loop"))).isFalse();
            }
            long draft = assessments.find(token, "roskilde", "DRAFT");
            try (Browser browser = new Browser()) {
                browser.logIn(servers.hub(), "lead.horsens");
                browser.open(servers.hub() + "/rapport.xhtml?id=" + draft);
                assertThat(browser.isPresent(By.id("report-state"))).isFalse();
                assertThat(browser.driver().getPageSource()).contains("404");
            }
        }

        @Test
        @DisplayName("lead.roskilde rates an item and writes evidence, leaves, returns and finds both saved")
        void draftIsSavedWhileTyping() {
            String token = servers.token("lead.roskilde");
            AssessmentApi assessments = new AssessmentApi(api);
            long draft = assessments.find(token, "roskilde", "DRAFT");
            String evidence = "Efter et sammenbrud finder vi en ny praktik samme uge.";
            try (Browser browser = new Browser()) {
                browser.logIn(servers.hub(), "lead.roskilde");
                browser.open(servers.hub() + "/selvevaluering.xhtml?id=" + draft + "&trin=AI");
                String saved = browser.text(By.id("form-saved"));
                browser.waitFor(By.cssSelector("#item-AI4 input[type='radio'][value='2']"))
                        .click();
                saved = waitForSave(browser, "form-saved", saved);
                browser.waitFor(By.cssSelector("#item-AI4 textarea")).sendKeys(evidence);
                browser.driver().findElement(By.id("form-intro")).click();
                waitForSave(browser, "form-saved", saved);

                browser.open(servers.hub() + "/index.xhtml");
                browser.open(servers.hub() + "/selvevaluering.xhtml?id=" + draft + "&trin=AI");
                assertThat(browser.waitFor(By.cssSelector("#item-AI4 input[type='radio'][value='2']"))
                                .isSelected())
                        .isTrue();
                assertThat(browser.waitFor(By.cssSelector("#item-AI4 textarea")).getAttribute("value"))
                        .isEqualTo(evidence);
            }
            JsonNode stored = assessments.get(token, draft);
            for (JsonNode item : stored.path("items")) {
                if (item.path("code").asText().equals("AI4")) {
                    assertThat(item.path("selfRating").asInt()).isEqualTo(2);
                    assertThat(item.path("evidence").asText()).isEqualTo(evidence);
                }
            }
        }

        @Test
        @DisplayName(
                "key figures update the implied rating; a large gap asks for a justification; a negative count is refused")
        void keyFiguresInTheForm() {
            String token = servers.token("lead.roskilde");
            AssessmentApi assessments = new AssessmentApi(api);
            long draft = assessments.find(token, "roskilde", "DRAFT");
            try (Browser browser = new Browser()) {
                browser.logIn(servers.hub(), "lead.roskilde");
                browser.open(servers.hub() + "/selvevaluering.xhtml?id=" + draft);
                String saved = browser.text(By.id("form-saved"));
                saved = enterFigure(browser, "enrolledYouth", "50", saved);
                saved = enterFigure(browser, "youthInInternship", "5", saved);
                // 5 of 50 in internship is 0.10: the key figures imply 1, the self-rating of AI1 is 4.
                goToStep(browser, By.id("form:next"), "2. Arbejdsidentitet");
                assertThat(browser.text(By.id("item-AI1"))).contains("Nøgletallene peger på: 1");
                assertThat(browser.isPresent(By.cssSelector("#item-AI1 .hub-justification textarea")))
                        .isTrue();

                goToStep(browser, By.linkText("1. Nøgletal"), "1. Nøgletal");
                replaceText(browser.waitFor(By.cssSelector("#figure-youthInInternship input")), "-1");
                browser.driver().findElement(By.id("form-intro")).click();
                assertThat(browser.text(By.id("messages"))).contains("keyFigures.youthInInternship");
            }
            assertThat(assessments
                            .get(token, draft)
                            .path("keyFigures")
                            .path("youthInInternship")
                            .asInt())
                    .isEqualTo(5);
        }

        @Test
        @DisplayName("logout ends the Keycloak session too: the next visit asks for the password again")
        void logoutEndsKeycloakSession() {
            try (Browser browser = new Browser()) {
                browser.logIn(servers.hub(), "consultant.roskilde");
                browser.waitFor(By.id("header-form:logout")).click();
                browser.open(servers.hub() + "/");
                assertThat(browser.waitFor(By.id("username")).isDisplayed()).isTrue();
                assertThat(browser.driver().getCurrentUrl()).contains("/realms/nextwork-hub/");
            }
        }

        @Test
        @DisplayName("the footer's Tilgængelighedserklæring opens the accessibility statement")
        void accessibilityStatement() {
            try (Browser browser = new Browser()) {
                browser.logIn(servers.hub(), "researcher.ifs");
                browser.waitFor(By.linkText("Tilgængelighedserklæring")).click();
                assertThat(browser.text(By.tagName("h1"))).isEqualTo("Tilgængelighedserklæring");
                assertThat(browser.text(By.id("main"))).contains("WCAG 2.1");
            }
        }

        private List<String> navigation(Browser browser) {
            List<String> labels = new ArrayList<>();
            for (WebElement link : browser.driver().findElements(By.cssSelector("nav.hub-nav a"))) {
                labels.add(link.getText().trim());
            }
            return labels;
        }
    }

    @Nested
    @Order(Integer.MAX_VALUE)
    @DisplayName("The review cycle in a real browser (last: it approves Roskilde's demo draft)")
    class ReviewCycleInTheBrowser {

        private final Map<String, Integer> rated = new LinkedHashMap<>();

        @Test
        @DisplayName(
                "lead.roskilde fills in, leaves, returns, submits; supervisor.anna returns it with a reason; the"
                        + " lead changes a rating and resubmits; the supervisor approves; the report shows fidelity-rules' scores")
        void wholeCycle() throws Exception {
            String leadToken = servers.token("lead.roskilde");
            AssessmentApi assessments = new AssessmentApi(api);
            long id = assessments.find(leadToken, "roskilde", "DRAFT");
            String period = assessments.get(leadToken, id).path("period").asText();
            String evidence = "Praktikken vælges til events, hvor virksomhederne præsenterer sig.";
            String reason = "MS3: beskriv, hvordan de unge selv vælger deres praktik.";

            try (Browser browser = new Browser()) {
                browser.logIn(servers.hub(), "lead.roskilde");
                browser.waitFor(By.linkText("Selvevalueringer")).click();
                browser.waitFor(By.cssSelector("a[id$='edit-draft']")).click();
                assertThat(browser.text(By.cssSelector("nav.hub-steps [aria-current='step']")))
                        .isEqualTo("1. Nøgletal");
                String saved = browser.text(By.id("form-saved"));
                enterFigure(browser, "plannedPlaces", "70", saved);
                goToStep(browser, By.id("form:next"), "2. Arbejdsidentitet");
                rateStep(browser);
                saved = browser.text(By.id("form-saved"));
                replaceText(browser.waitFor(By.cssSelector("#item-AI1 textarea")), evidence);
                waitForSave(browser, "form-saved", saved);

                // Leave, come back: everything is there.
                browser.open(servers.hub() + "/index.xhtml");
                browser.open(servers.hub() + "/selvevaluering.xhtml?id=" + id + "&trin=AI");
                for (Map.Entry<String, Integer> r : rated.entrySet()) {
                    assertThat(browser.waitFor(By.cssSelector("#item-" + r.getKey() + " input[type='radio'][value='"
                                            + r.getValue() + "']"))
                                    .isSelected())
                            .as(r.getKey())
                            .isTrue();
                }
                assertThat(browser.waitFor(By.cssSelector("#item-AI1 textarea")).getAttribute("value"))
                        .isEqualTo(evidence);

                for (String step : List.of("3. Mange til mange", "4. Magtskifte", "5. Struktur og team")) {
                    goToStep(browser, By.id("form:next"), step);
                    rateStep(browser);
                }
                goToStep(browser, By.id("form:next"), "6. Indsend");
                assertThat(browser.text(By.id("ready"))).contains("Alle items er vurderet");
                Expected expected = expected(assessments.get(leadToken, id));
                assertThat(browser.text(By.id("summary-fidelity"))).isEqualTo(expected.fidelity());
                browser.waitFor(By.id("form:submit")).click();
                assertThat(browser.text(By.id("report-state"))).isEqualTo("Indsendt");
                assertThat(browser.text(By.id("messages"))).contains("indsendt til supervisor");
            }

            try (Browser browser = new Browser()) {
                browser.logIn(servers.hub(), "supervisor.anna");
                browser.waitFor(By.linkText("Gennemgang")).click();
                assertThat(browser.text(By.id("queue"))).contains("Roskilde", period);
                browser.waitFor(By.partialLinkText("Gennemgå Roskilde " + period))
                        .click();
                assertThat(browser.text(By.cssSelector("#review-MS3 .self-rating")))
                        .isEqualTo(String.valueOf(rated.get("MS3")));
                String saved = browser.text(By.id("review-saved"));
                new Select(browser.waitFor(By.cssSelector("#review-MS3 select"))).selectByValue("2");
                saved = waitForSave(browser, "review-saved", saved);
                browser.waitFor(By.cssSelector("#review-MS3 textarea")).sendKeys("Vi mangler evidens for valget.");
                waitForSave(browser, "review-saved", saved);

                browser.waitFor(By.id("decision-form:return")).click();
                assertThat(browser.text(By.id("decision-form:reason-message"))).contains("Skriv en begrundelse");
                browser.waitFor(By.id("decision-form:reason")).sendKeys(reason);
                browser.waitFor(By.id("decision-form:return")).click();
                waitForText(browser, By.tagName("h1"), "Indsendte rapporter til gennemgang");
                assertThat(browser.text(By.id("messages"))).contains("sendt retur");
            }

            int changed = rated.get("MS3") == 2 ? 3 : 2;
            try (Browser browser = new Browser()) {
                browser.logIn(servers.hub(), "lead.roskilde");
                browser.open(servers.hub() + "/selvevaluering.xhtml?id=" + id);
                assertThat(browser.text(By.id("return-reason-text"))).isEqualTo(reason);
                goToStep(browser, By.linkText("4. Magtskifte"), "4. Magtskifte");
                String saved = browser.text(By.id("form-saved"));
                browser.waitFor(By.cssSelector("#item-MS3 input[type='radio'][value='" + changed + "']"))
                        .click();
                waitForSave(browser, "form-saved", saved);
                goToStep(browser, By.linkText("6. Indsend"), "6. Indsend");
                browser.waitFor(By.id("form:submit")).click();
                assertThat(browser.text(By.id("report-state"))).isEqualTo("Indsendt");
            }

            JsonNode resubmitted = assessments.get(leadToken, id);
            Expected expected = expected(resubmitted);
            try (Browser browser = new Browser()) {
                browser.logIn(servers.hub(), "supervisor.anna");
                browser.open(servers.hub() + "/gennemgaa.xhtml?id=" + id);
                assertThat(browser.text(By.cssSelector("#review-MS3 .self-rating")))
                        .isEqualTo(String.valueOf(changed));
                assertThat(new Select(browser.waitFor(By.cssSelector("#review-MS3 select")))
                                .getFirstSelectedOption()
                                .getText())
                        .isEqualTo("2");
                browser.waitFor(By.id("decision-form:approve")).click();
                waitForText(browser, By.tagName("h1"), "Indsendte rapporter til gennemgang");
                assertThat(browser.text(By.id("messages"))).contains("godkendt");

                browser.open(servers.hub() + "/rapport.xhtml?id=" + id);
                assertThat(browser.text(By.id("report-state"))).isEqualTo("Godkendt");
                assertThat(browser.text(By.id("report-fidelity"))).startsWith(expected.fidelity());
                String principles = browser.text(By.id("principles"));
                expected.principles()
                        .forEach((name, score) -> assertThat(principles).contains(name + " " + score));
                assertThat(browser.isPresent(By.cssSelector("svg.hub-spider polygon.current")))
                        .isTrue();
                assertThat(browser.isPresent(By.cssSelector("svg.hub-spider polygon.previous")))
                        .isTrue();
                assertThat(browser.text(By.id("previous-report"))).contains("Roskilde");
                assertThat(browser.text(By.id("items"))).contains("Vi mangler evidens for valget.");
                assertThat(browser.text(By.id("history"))).contains("Indsendt", "Sendt retur", "Godkendt");
            }
            JsonNode approved = assessments.get(leadToken, id);
            assertThat(approved.path("state").asText()).isEqualTo("APPROVED");
            assertThat(approved.path("scores").path("fidelity").asText()).isEqualTo(expected.exact());
        }

        /**
         * Rates every item on the current step: the rating the key figures imply where there is one (so no
         * justification is needed), 3 otherwise; an item already rated keeps its rating.
         */
        private void rateStep(Browser browser) {
            browser.waitFor(By.cssSelector(".hub-item"));
            List<String> codes = new ArrayList<>();
            for (WebElement item : browser.driver().findElements(By.cssSelector(".hub-item"))) {
                codes.add(item.getAttribute("id").substring("item-".length()));
            }
            assertThat(codes).isNotEmpty();
            for (String code : codes) {
                String text = browser.text(By.id("item-" + code));
                java.util.regex.Matcher implied = java.util.regex.Pattern.compile("Nøgletallene peger på: (\\d)")
                        .matcher(text);
                int rating = implied.find() ? Integer.parseInt(implied.group(1)) : 3;
                WebElement radio = browser.waitFor(
                        By.cssSelector("#item-" + code + " input[type='radio'][value='" + rating + "']"));
                if (!radio.isSelected()) {
                    String saved = browser.text(By.id("form-saved"));
                    radio.click();
                    waitForSave(browser, "form-saved", saved);
                }
                rated.put(code, rating);
            }
        }

        /** What fidelity-rules computes for the stored ratings and key figures, as the Danish page shows it. */
        private Expected expected(JsonNode report) {
            var instrument = dk.nextwork.fidelity.instrument.InstrumentCatalog.builtIn()
                    .find(
                            report.path("instrument").asText(),
                            report.path("instrumentVersion").asText())
                    .orElseThrow();
            var ratings = dk.nextwork.fidelity.scoring.Ratings.of(instrument);
            report.path("items").forEach(i -> {
                if (i.hasNonNull("selfRating")) {
                    ratings.rate(i.path("code").asText(), i.path("selfRating").asInt());
                }
            });
            String period = report.path("period").asText();
            int year = Integer.parseInt(period.substring(0, 4));
            boolean first = period.endsWith("H1");
            var figures = dk.nextwork.fidelity.KeyFigures.builder()
                    .period(
                            java.time.LocalDate.of(year, first ? 1 : 7, 1),
                            java.time.LocalDate.of(year, first ? 6 : 12, first ? 30 : 31));
            report.path("keyFigures")
                    .fields()
                    .forEachRemaining(f -> dk.nextwork.fidelity.KeyFigure.byCode(f.getKey())
                            .ifPresent(k -> figures.set(
                                    k, new java.math.BigDecimal(f.getValue().asText()))));
            var result = dk.nextwork.fidelity.scoring.Scorer.score(ratings.build(), figures.build());
            java.util.Locale danish = java.util.Locale.forLanguageTag("da");
            Map<String, String> principles = new LinkedHashMap<>();
            Map<String, String> names = Map.of("AI", "Arbejdsidentitet", "MM", "Mange til mange", "MS", "Magtskifte");
            for (var section : result.sections()) {
                if (names.containsKey(section.section().code())) {
                    principles.put(
                            names.get(section.section().code()),
                            String.format(danish, "%.1f", section.score().rounded(1)));
                }
            }
            return new Expected(
                    result.fidelity().toString(),
                    String.format(danish, "%.1f", result.fidelity().rounded(1)),
                    principles);
        }
    }

    /** Scores as fidelity-rules computes them: exact, and one decimal in Danish per principle. */
    private record Expected(String exact, String fidelity, Map<String, String> principles) {}
}
