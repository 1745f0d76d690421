package dk.nextwork.hub.web;

import static dk.nextwork.hub.web.Problems.assertField;
import static dk.nextwork.hub.web.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The supervisor's review: the queue, own ratings and comments, return with a reason, approval and locking. */
@DisplayName("Review")
class ReviewIT extends HubTest {

    private Assessments assessments() {
        return new Assessments(api);
    }

    @Test
    @DisplayName("draft → submitted → reviewed → returned with a reason → resubmitted → approved, each step audited")
    void wholeReviewCycle() {
        TestMunicipality m = servers.newMunicipality();
        String lead = token(m.lead());
        String supervisor = token("supervisor.anna");
        JsonNode draft = assessments().start(lead, Periods.current());
        long id = draft.path("id").asLong();
        JsonNode rated = assessments().saved(lead, id, Assessments.ratingsBody(draft, Map.of("MS3", 3), 4));
        JsonNode submitted = assessments()
                .transitioned(lead, id, "submit", rated.path("version").asLong());
        assertThat(submitted.path("state").asText()).isEqualTo("SUBMITTED");

        // The review queue has it, the longest-waiting first; only network-wide roles see the queue.
        JsonNode queue = api.get("/api/assessments/review-queue", supervisor).json();
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
        JsonNode review = Json.object(
                "version",
                submitted.path("version").asLong(),
                "ratings",
                Json.object("MS3", 2),
                "comments",
                Json.object("MS3", "Evidensen for MS3 mangler"));
        assertProblem(api.put("/api/assessments/" + id + "/review", lead, review), 403);
        assertField(
                api.put(
                        "/api/assessments/" + id + "/review",
                        supervisor,
                        Json.object("version", submitted.path("version").asLong(), "ratings", Json.object("MS3", 7))),
                "supervisorRatings.MS3");
        Api.Answer reviewed = api.put("/api/assessments/" + id + "/review", supervisor, review);
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        assertThat(Assessments.item(reviewed.json(), "MS3")
                        .path("supervisorRating")
                        .asInt())
                .isEqualTo(2);
        assertThat(Assessments.item(reviewed.json(), "MS3")
                        .path("supervisorComment")
                        .asText())
                .isEqualTo("Evidensen for MS3 mangler");
        long version = reviewed.json().path("version").asLong();

        assertField(assessments().transition(supervisor, id, "return", version, " "), "reason");
        Api.Answer returned = assessments().transition(supervisor, id, "return", version, "MS3 mangler evidens");
        assertThat(returned.json().path("state").asText()).isEqualTo("RETURNED");
        assertThat(assessments().get(lead, id).path("returnReason").asText()).isEqualTo("MS3 mangler evidens");

        JsonNode changed = assessments()
                .saved(
                        lead,
                        id,
                        Json.object(
                                "version", returned.json().path("version").asLong(), "ratings", Json.object("MS3", 5)));
        JsonNode resubmitted = assessments()
                .transitioned(lead, id, "submit", changed.path("version").asLong());
        JsonNode approved = assessments()
                .transitioned(
                        supervisor, id, "approve", resubmitted.path("version").asLong());
        assertThat(approved.path("state").asText()).isEqualTo("APPROVED");

        assertThat(AssessmentIT.auditActions(api, token("admin"), id))
                .containsExactly(
                        "assessment.draft-started",
                        "assessment.draft-saved",
                        "assessment.submitted",
                        "assessment.reviewed",
                        "assessment.returned",
                        "assessment.draft-saved",
                        "assessment.submitted",
                        "assessment.approved");
    }

    @Test
    @DisplayName("in the browser: the lead fills in and submits; the supervisor returns it with a reason; the lead"
            + " changes a rating and resubmits; the supervisor approves; the report shows the document's scores")
    void wholeCycleInTheBrowser() {
        TestMunicipality m = servers.newMunicipality();
        String period = Periods.current();
        // An approved report before, so the report compares with it.
        assessments().approved(m, Periods.halfYear(1), Map.of(), 3);
        long id = assessments().start(token(m.lead()), period).path("id").asLong();
        String evidence = "Praktikken vælges til events, hvor virksomhederne præsenterer sig.";
        String reason = "MS3: beskriv, hvordan de unge selv former netværksmøderne.";

        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), m.lead());
            browser.waitFor(By.linkText("Selvevalueringer")).click();
            browser.waitFor(By.cssSelector("a[id$='edit-draft']")).click();
            AssessmentFormScreen form = new AssessmentFormScreen(browser, servers.hub());
            assertThat(form.currentStep()).isEqualTo("1. Nøgletal");
            form.enterFigure("plannedPlaces", "70");
            form.next("2. Arbejdsidentitet");
            rateAsWorkedExample(form);
            form.writeEvidence("AI1", evidence);

            // Leave, come back: everything is there.
            browser.open(servers.hub() + "/index.xhtml");
            form.open(id, "AI");
            assertThat(form.isRated("AI1", 3)).isTrue();
            assertThat(form.isRated("AI4", 5)).isTrue();
            assertThat(form.evidence("AI1")).isEqualTo(evidence);

            for (String step : List.of("3. Mange til mange", "4. Magtskifte", "5. Struktur og team")) {
                form.next(step);
                rateAsWorkedExample(form);
            }
            form.next("6. Indsend");
            assertThat(form.ready()).contains("Alle items er vurderet");
            assertThat(form.summaryFidelity()).isEqualTo("3,3");
            form.submit();
            assertThat(browser.text(By.id("report-state"))).isEqualTo("Indsendt");
            assertThat(browser.text(By.id("messages"))).contains("indsendt til supervisor");
        }

        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "supervisor.anna");
            browser.waitFor(By.linkText("Gennemgang")).click();
            ReviewScreen review = new ReviewScreen(browser, servers.hub());
            assertThat(review.queue()).contains(m.name(), period);
            browser.waitFor(By.partialLinkText("Gennemgå " + m.name() + " " + period))
                    .click();
            assertThat(review.selfRating("MS3")).isEqualTo("3");
            review.rate("MS3", 2);
            review.comment("MS3", "Vi mangler evidens for, hvem der sætter dagsordenen.");
            assertThat(review.returnWithoutReason()).contains("Skriv en begrundelse");
            review.returnWith(reason);
            assertThat(browser.text(By.id("messages"))).contains("sendt retur");
        }

        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), m.lead());
            AssessmentFormScreen form = new AssessmentFormScreen(browser, servers.hub()).open(id, null);
            assertThat(form.returnReason()).isEqualTo(reason);
            form.step("4. Magtskifte");
            // MS3 from 3 to 4: Magtskifte becomes (2 + 2 + 4 + 3) / 4 = 11/4, the fidelity (4 + 10/3 + 11/4) / 3 =
            // 121/36 ≈ 3.36.
            form.rate("MS3", 4);
            form.step("6. Indsend");
            assertThat(form.summaryFidelity()).isEqualTo("3,4");
            form.submit();
            assertThat(browser.text(By.id("report-state"))).isEqualTo("Indsendt");
        }

        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "supervisor.anna");
            ReviewScreen review = new ReviewScreen(browser, servers.hub()).open(id);
            assertThat(review.selfRating("MS3")).isEqualTo("4");
            assertThat(review.ownRating("MS3")).isEqualTo("2");
            review.approve();
            assertThat(browser.text(By.id("messages"))).contains("godkendt");

            ReportScreen report = new ReportScreen(browser, servers.hub()).open(id);
            assertThat(report.state()).isEqualTo("Godkendt");
            assertThat(report.fidelity()).startsWith("3,4");
            assertThat(report.principles()).contains("Arbejdsidentitet 4,0", "Mange til mange 3,3", "Magtskifte 2,8");
            assertThat(report.hasChart()).isTrue();
            assertThat(report.chartHasPrevious()).isTrue();
            assertThat(report.previous()).contains(m.name());
            assertThat(report.items()).contains("Vi mangler evidens for, hvem der sætter dagsordenen.");
            assertThat(report.history()).contains("Indsendt", "Sendt retur", "Godkendt");
        }
        JsonNode approved = assessments().get(token(m.lead()), id);
        assertThat(approved.path("state").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("scores").path("fidelity").asText()).isEqualTo("121/36");
    }

    /** Rates every item on the form's current step as the worked example does (9 for an item it does not have). */
    private static void rateAsWorkedExample(AssessmentFormScreen form) {
        Map<String, Integer> ratings = new LinkedHashMap<>(AssessmentIT.WORKED_EXAMPLE);
        for (String item : form.items()) {
            form.rate(item, ratings.getOrDefault(item, 9));
        }
    }
}
