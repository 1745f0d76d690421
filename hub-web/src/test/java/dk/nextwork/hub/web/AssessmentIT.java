package dk.nextwork.hub.web;

import static dk.nextwork.hub.web.Problems.assertField;
import static dk.nextwork.hub.web.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The lead's fidelity self-assessment: draft, key figures, scores, locking, the report and its PDF. */
@DisplayName("Self-assessment")
class AssessmentIT extends HubTest {

    /**
     * The instrument document's worked example: AI 3 4 4 5, MM 3 3 4 9, MS 2 2 3 3, ST 4 4 4 4. By the document's
     * scoring: AI = 16/4 = 4, MM = 10/3 (the 9 is left out), MS = 10/4 = 5/2, ST = 4; fidelity = (4 + 10/3 + 5/2) / 3
     * = 59/18 ≈ 3.28, shown 3,3, band tilstrækkelig (3.0–3.99); Magtskifte below 3.0 needs an action plan on its
     * lowest items, MS1 and MS2.
     */
    static final Map<String, Integer> WORKED_EXAMPLE = Map.ofEntries(
            Map.entry("AI1", 3),
            Map.entry("AI2", 4),
            Map.entry("AI3", 4),
            Map.entry("AI4", 5),
            Map.entry("MM1", 3),
            Map.entry("MM2", 3),
            Map.entry("MM3", 4),
            Map.entry("MM4", 9),
            Map.entry("MS1", 2),
            Map.entry("MS2", 2),
            Map.entry("MS3", 3),
            Map.entry("MS4", 3),
            Map.entry("ST1", 4),
            Map.entry("ST2", 4),
            Map.entry("ST3", 4),
            Map.entry("ST4", 4));

    private Assessments assessments() {
        return new Assessments(api);
    }

    @Test
    @DisplayName("the list of reports is paged in the database: a page of 2 holds 2, the total and the next page are"
            + " in the headers, one municipality's list holds only it, a draft listed and counted for its own lead"
            + " alone; page 0 or size 1000 is a 400 naming the field")
    void listIsPaged() {
        TestMunicipality m = servers.newMunicipality();
        String lead = token(m.lead());
        assessments().approved(m, Periods.halfYear(3), Map.of(), 4);
        assessments().approved(m, Periods.halfYear(2), Map.of(), 4);
        assessments().approved(m, Periods.halfYear(1), Map.of(), 4);
        String supervisor = token("supervisor.anna");

        Api.Answer first = api.get("/api/assessments?municipality=" + m.slug() + "&size=2", supervisor);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().findValuesAsText("period")).containsExactly(Periods.halfYear(1), Periods.halfYear(2));
        assertThat(first.raw().headers().firstValue("X-Total-Count")).hasValue("3");
        assertThat(first.raw().headers().allValues("Link"))
                .anySatisfy(link -> assertThat(link).contains("page=2").contains("rel=\"next\""));
        Api.Answer second = api.get("/api/assessments?municipality=" + m.slug() + "&size=2&page=2", supervisor);
        assertThat(second.json().findValuesAsText("period")).containsExactly(Periods.halfYear(3));
        assertThat(api.get("/api/assessments?municipality=" + m.slug(), lead)
                        .json()
                        .findValuesAsText("municipality"))
                .hasSize(3)
                .containsOnly(m.slug());

        // Another municipality's list: its approved report and its draft for its own lead, the approved one alone for
        // this lead, both in the count as in the lines.
        TestMunicipality other = servers.newMunicipality();
        assessments().approved(other, Periods.halfYear(2), Map.of(), 4);
        assessments().start(token(other.lead()), Periods.halfYear(1));
        Api.Answer seenByOwnLead = api.get("/api/assessments?municipality=" + other.slug(), token(other.lead()));
        assertThat(seenByOwnLead.json().findValuesAsText("state")).containsExactly("DRAFT", "APPROVED");
        assertThat(seenByOwnLead.raw().headers().firstValue("X-Total-Count")).hasValue("2");
        Api.Answer seenByAnotherLead = api.get("/api/assessments?municipality=" + other.slug(), lead);
        assertThat(seenByAnotherLead.json().findValuesAsText("state")).containsExactly("APPROVED");
        assertThat(seenByAnotherLead.raw().headers().firstValue("X-Total-Count"))
                .hasValue("1");

        // The whole list as those who see every report read it: page 2 of size 2 is the third and fourth line of a page
        // of 4, and the first page of size 2 the first two.
        List<String> four =
                api.get("/api/assessments?size=4", supervisor).json().findValuesAsText("id");
        assertThat(four).hasSize(4);
        assertThat(api.get("/api/assessments?size=2&page=2", supervisor).json().findValuesAsText("id"))
                .isEqualTo(four.subList(2, 4));
        assertThat(api.get("/api/assessments?size=2", supervisor).json().findValuesAsText("id"))
                .isEqualTo(four.subList(0, 2));

        assertField(api.get("/api/assessments?page=0", supervisor), "page");
        assertField(api.get("/api/assessments?size=1000", supervisor), "size");
        assertField(api.get("/api/assessments?page=abc", supervisor), "page");
    }

    @Test
    @DisplayName("a list's count follows at once: a new draft counts for the supervisor and its own lead at once, a"
            + " report counts for another lead only once approved")
    void countsFollowAtOnce() {
        TestMunicipality m = servers.newMunicipality();
        String lead = token(m.lead());
        String supervisor = token("supervisor.anna");
        String anotherLead = token("lead.roskilde");
        long before = total(api.get("/api/assessments?size=1", supervisor));
        assertThat(total(api.get("/api/assessments?municipality=" + m.slug(), lead)))
                .isZero();
        assertThat(total(api.get("/api/assessments?municipality=" + m.slug(), anotherLead)))
                .isZero();

        assessments().start(lead, Periods.halfYear(1));
        assertThat(total(api.get("/api/assessments?size=1", supervisor))).isEqualTo(before + 1);
        assertThat(total(api.get("/api/assessments?municipality=" + m.slug(), lead)))
                .isEqualTo(1);
        assertThat(total(api.get("/api/assessments?municipality=" + m.slug(), anotherLead)))
                .isZero();

        // Submitted: still not another lead's to see (and that count kept), until approved.
        JsonNode submitted = assessments().submitted(m, Periods.halfYear(2));
        assertThat(total(api.get("/api/assessments?municipality=" + m.slug(), anotherLead)))
                .isZero();
        assessments()
                .transitioned(
                        supervisor,
                        submitted.path("id").asLong(),
                        "approve",
                        submitted.path("version").asLong());
        assertThat(total(api.get("/api/assessments?size=1", supervisor))).isEqualTo(before + 2);
        assertThat(total(api.get("/api/assessments?municipality=" + m.slug(), lead)))
                .isEqualTo(2);
        assertThat(total(api.get("/api/assessments?municipality=" + m.slug(), anotherLead)))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("a report read again shows every change at once (a saved rating and evidence, the submission, the"
            + " supervisor's rating and comment, the approval); its own lead reads the working notes, another"
            + " municipality's lead the published report, each with what they may do; a correction made in the database"
            + " and a municipality renamed show at once too")
    void aReadReportFollowsEveryChange() throws SQLException {
        TestMunicipality m = servers.newMunicipality();
        String lead = token(m.lead());
        String supervisor = token("supervisor.anna");
        String anotherLead = token("lead.roskilde");
        JsonNode draft = assessments().start(lead, Periods.halfYear(1));
        long id = draft.path("id").asLong();
        JsonNode read = assessments().get(lead, id);
        assertThat(Assessments.item(read, "AI1").has("selfRating")).isFalse();
        assertThat(read.path("may").path("edit").asBoolean()).isTrue();
        assertProblem(api.get("/api/assessments/" + id, anotherLead), 404);

        // AI1 rated 2, the other items 4: AI = (2 + 4 + 4 + 4) / 4 = 7/2, scored live while a draft.
        ObjectNode change = Assessments.ratingsBody(draft, Map.of("AI1", 2), 4);
        change.set("evidence", Json.object("AI1", "Ugentlige møder i netværket"));
        JsonNode saved = assessments().saved(lead, id, change);
        read = assessments().get(lead, id);
        assertThat(read.path("version").asLong())
                .isEqualTo(saved.path("version").asLong());
        assertThat(Assessments.item(read, "AI1").path("selfRating").asInt()).isEqualTo(2);
        assertThat(Assessments.item(read, "AI1").path("evidence").asText()).isEqualTo("Ugentlige møder i netværket");
        assertThat(Assessments.section(read, "AI").path("score").asText()).isEqualTo("7/2");

        JsonNode submitted = assessments()
                .transitioned(lead, id, "submit", saved.path("version").asLong());
        read = assessments().get(lead, id);
        assertThat(read.path("state").asText()).isEqualTo("SUBMITTED");
        assertThat(read.path("may").path("edit").asBoolean()).isFalse();
        assertThat(assessments().get(supervisor, id).path("may").path("review").asBoolean())
                .isTrue();

        JsonNode reviewed = assessments()
                .reviewed(
                        supervisor,
                        id,
                        Json.object(
                                "version",
                                submitted.path("version").asLong(),
                                "ratings",
                                Json.object("AI1", 3),
                                "comments",
                                Json.object("AI1", "Godt beskrevet")));
        read = assessments().get(lead, id);
        assertThat(Assessments.item(read, "AI1").path("supervisorRating").asInt())
                .isEqualTo(3);
        assertThat(Assessments.item(read, "AI1").path("supervisorComment").asText())
                .isEqualTo("Godt beskrevet");
        assertProblem(api.get("/api/assessments/" + id, anotherLead), 404);

        assessments()
                .transitioned(
                        supervisor, id, "approve", reviewed.path("version").asLong());
        JsonNode published = assessments().get(anotherLead, id);
        assertThat(published.path("state").asText()).isEqualTo("APPROVED");
        assertThat(Assessments.item(published, "AI1").path("selfRating").asInt())
                .isEqualTo(2);
        assertThat(Assessments.item(published, "AI1").path("supervisorRating").asInt())
                .isEqualTo(3);
        assertThat(Assessments.item(published, "AI1").has("evidence")).isFalse();
        assertThat(Assessments.item(published, "AI1").has("supervisorComment")).isFalse();
        assertThat(published.path("may").path("edit").asBoolean()).isFalse();
        read = assessments().get(lead, id);
        assertThat(read.path("state").asText()).isEqualTo("APPROVED");
        assertThat(Assessments.item(read, "AI1").path("evidence").asText()).isEqualTo("Ugentlige møder i netværket");
        assertThat(assessments().get(supervisor, id).path("may").path("review").asBoolean())
                .isFalse();

        // The network's operator corrects the approved report's evidence in the database: it shows at once, under a
        // new version. Then the operator renames the municipality: that shows at once too.
        try (Connection c = servers.connect();
                PreparedStatement evidence = c.prepareStatement(
                        "UPDATE assessment_item SET evidence = ? WHERE assessment_id = ? AND item_code = 'AI1'")) {
            evidence.setString(1, "Møder hver uge");
            evidence.setLong(2, id);
            assertThat(evidence.executeUpdate()).isEqualTo(1);
        }
        JsonNode corrected = assessments().get(lead, id);
        assertThat(Assessments.item(corrected, "AI1").path("evidence").asText()).isEqualTo("Møder hver uge");
        assertThat(corrected.path("version").asLong())
                .isGreaterThan(read.path("version").asLong());
        try (Connection c = servers.connect();
                PreparedStatement name = c.prepareStatement("UPDATE municipality SET name = ? WHERE slug = ?")) {
            name.setString(1, "Ny " + m.name());
            name.setString(2, m.slug());
            assertThat(name.executeUpdate()).isEqualTo(1);
        }
        assertThat(assessments().get(anotherLead, id).path("municipalityName").asText())
                .isEqualTo("Ny " + m.name());
    }

    private static long total(Api.Answer list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return Long.parseLong(list.raw().headers().firstValue("X-Total-Count").orElseThrow());
    }

    @Test
    @DisplayName("the document's worked example scores AI 4, MM 10/3, MS 5/2, ST 4 and fidelity 59/18 (tilstrækkelig),"
            + " with an action plan for Magtskifte's MS1 and MS2")
    void workedExample() {
        TestMunicipality m = servers.newMunicipality();
        JsonNode approved = assessments().approved(m, Periods.halfYear(1), WORKED_EXAMPLE, 9);
        JsonNode scores = approved.path("scores");
        assertThat(approved.path("instrumentVersion").asText()).isEqualTo("1.0");
        assertThat(scores.path("scoredWith").asText()).isEqualTo("nextwork-fidelity@1.0");
        assertThat(Assessments.section(approved, "AI").path("score").asText()).isEqualTo("4");
        assertThat(Assessments.section(approved, "MM").path("score").asText()).isEqualTo("10/3");
        assertThat(Assessments.section(approved, "MS").path("score").asText()).isEqualTo("5/2");
        assertThat(Assessments.section(approved, "ST").path("score").asText()).isEqualTo("4");
        assertThat(scores.path("fidelity").asText()).isEqualTo("59/18");
        assertThat(scores.path("fidelityValue").asDouble()).isEqualTo(3.3);
        assertThat(scores.path("band").asText()).isEqualTo("adequate");
        assertThat(scores.path("actionPlanPrinciples"))
                .extracting(JsonNode::asText)
                .containsExactly("MS");

        JsonNode plan = api.get("/api/actions/plan?municipality=" + m.slug(), token(m.lead()))
                .json();
        assertThat(plan.path("requirements")).hasSize(1);
        assertThat(plan.path("requirements").get(0).path("principle").asText()).isEqualTo("MS");
        assertThat(plan.path("requirements").get(0).path("lowestItems"))
                .extracting(JsonNode::asText)
                .containsExactly("MS1", "MS2");
    }

    @Test
    @DisplayName("another municipality's lead can neither read nor change a draft: 404, as if it did not exist")
    void otherMunicipalitySeesNothing() {
        TestMunicipality own = servers.newMunicipality();
        TestMunicipality other = servers.newMunicipality();
        String lead = token(own.lead());
        String stranger = token(other.lead());
        JsonNode draft = assessments().start(lead, Periods.current());
        long id = draft.path("id").asLong();
        long version = draft.path("version").asLong();

        assertProblem(api.get("/api/assessments/" + id, stranger), 404);
        assertProblem(
                assessments().save(stranger, id, Json.object("version", version, "ratings", Json.object("AI1", 1))),
                404);
        assertThat(api.get("/api/assessments", stranger).json().findValuesAsText("municipality"))
                .doesNotContain(own.slug());
        assertThat(api.get("/api/assessments?municipality=" + own.slug(), stranger)
                        .json())
                .isEmpty();
        assertThat(assessments().get(lead, id).path("version").asLong()).isEqualTo(version);
    }

    @Test
    @DisplayName("a consultant reads the own municipality's draft but cannot submit it: 403")
    void consultantCannotSubmit() {
        TestMunicipality m = servers.newMunicipality();
        JsonNode draft = assessments().start(token(m.lead()), Periods.current());
        String consultant = token(m.consultant());
        long id = draft.path("id").asLong();
        assertThat(assessments().get(consultant, id).path("state").asText()).isEqualTo("DRAFT");
        assertProblem(
                assessments()
                        .transition(
                                consultant, id, "submit", draft.path("version").asLong(), null),
                403);
    }

    @Test
    @DisplayName("nobody can change an approved report: a clear 409, and the report is unchanged")
    void approvedIsLocked() {
        TestMunicipality m = servers.newMunicipality();
        JsonNode approved = assessments().approved(m, Periods.halfYear(1), Map.of(), 4);
        long id = approved.path("id").asLong();
        long version = approved.path("version").asLong();
        String lead = token(m.lead());

        Api.Answer edit =
                assessments().save(lead, id, Json.object("version", version, "ratings", Json.object("AI1", 1)));
        assertProblem(edit, 409);
        assertThat(edit.json().path("detail").asText())
                .isEqualTo("Rapporten er godkendt og låst. Ingen kan ændre den.");
        assertProblem(assessments().transition(token("supervisor.anna"), id, "approve", version, null), 409);
        assertThat(assessments().get(lead, id)).isEqualTo(approved);
    }

    @Test
    @DisplayName("two saves from the same version: the second gets a 409 that says what changed; nothing is"
            + " overwritten")
    void staleSaveIsRefused() {
        TestMunicipality m = servers.newMunicipality();
        String lead = token(m.lead());
        JsonNode draft = assessments().start(lead, Periods.current());
        long id = draft.path("id").asLong();
        long version = draft.path("version").asLong();

        assessments().saved(lead, id, Json.object("version", version, "ratings", Json.object("MS1", 4)));
        Api.Answer second =
                assessments().save(lead, id, Json.object("version", version, "ratings", Json.object("MS1", 2)));
        assertProblem(second, 409);
        assertThat(second.json().path("detail").asText())
                .startsWith("Rapporten er ændret af " + m.lead())
                .contains("Her er den anderledes nu: MS1 er nu 4.");
        assertThat(api.inLanguage("en")
                        .put(
                                "/api/assessments/" + id + "/draft",
                                lead,
                                Json.object("version", version, "ratings", Json.object("MS1", 2)))
                        .json()
                        .path("detail")
                        .asText())
                .startsWith("The report was changed by " + m.lead())
                .contains("This is different now: MS1 is now 4.");
        assertThat(Assessments.item(assessments().get(lead, id), "MS1")
                        .path("selfRating")
                        .asInt())
                .isEqualTo(4);
    }

    @Test
    @DisplayName("bad input gets 400 naming the field, and the stored draft is unchanged")
    void badInput() {
        TestMunicipality m = servers.newMunicipality();
        String lead = token(m.lead());
        JsonNode before = assessments().start(lead, Periods.current());
        long id = before.path("id").asLong();
        long v = before.path("version").asLong();

        assertField(
                assessments().save(lead, id, Json.object("version", v, "ratings", Json.object("AI1", 7))),
                "ratings.AI1");
        assertField(
                assessments().save(lead, id, Json.object("version", v, "keyFigures", Json.object("enrolledYouth", -3))),
                "keyFigures.enrolledYouth");
        assertField(
                assessments().save(lead, id, Json.object("version", v, "ratings", Json.object("XX9", 3))),
                "ratings.XX9");
        String tenMegabytes = "x".repeat(10 * 1024 * 1024);
        assertField(
                assessments().save(lead, id, Json.object("version", v, "evidence", Json.object("AI1", tenMegabytes))),
                "evidence.AI1");
        assertProblem(assessments().save(lead, id, "{\"version\":" + v + ",\"ratings\":{\"AI1\":"), 400);

        assertThat(assessments().get(lead, id)).isEqualTo(before);
    }

    @Test
    @DisplayName("a key figure of 1E+30, -1, 0.001 FTE or \"abc\" is a 400 naming keyFigures.<name>, in Danish unless"
            + " English is asked for; the draft is unchanged")
    void badKeyFigures() {
        TestMunicipality m = servers.newMunicipality();
        String lead = token(m.lead());
        JsonNode before = assessments().start(lead, Periods.current());
        long id = before.path("id").asLong();
        String path = "/api/assessments/" + id + "/draft";
        long v = before.path("version").asLong();
        Map<String, String> bodies = new java.util.LinkedHashMap<>();
        bodies.put("enrolledYouth", "{\"version\":" + v + ",\"keyFigures\":{\"enrolledYouth\":1E+30}}");
        bodies.put("eventsHeld", "{\"version\":" + v + ",\"keyFigures\":{\"eventsHeld\":-1}}");
        bodies.put("consultantFte", "{\"version\":" + v + ",\"keyFigures\":{\"consultantFte\":0.001}}");
        bodies.put("activeCompanies", "{\"version\":" + v + ",\"keyFigures\":{\"activeCompanies\":\"abc\"}}");
        bodies.put("psychologistFte", "{\"version\":" + v + ",\"keyFigures\":{\"psychologistFte\":1E+30}}");
        Map<String, String> danish = Map.of(
                "enrolledYouth", "Tallet er for stort. Skriv højst 1.000.000.",
                "eventsHeld", "Skriv 0 eller mere.",
                "consultantFte", "Skriv højst to decimaler, fx 2,5.",
                "activeCompanies", "Send et tal her.",
                "psychologistFte", "Tallet er for stort. Skriv højst 10.000.");
        Map<String, String> english = Map.of(
                "enrolledYouth", "The number is too large. Enter at most 1,000,000.",
                "eventsHeld", "Enter 0 or more.",
                "consultantFte", "Enter at most two decimals, e.g. 2.5.",
                "activeCompanies", "Send a number here.",
                "psychologistFte", "The number is too large. Enter at most 10,000.");
        bodies.forEach((figure, body) -> {
            Api.Answer refused = api.put(path, lead, body);
            assertField(refused, "keyFigures." + figure);
            assertThat(Problems.message(refused, "keyFigures." + figure)).isEqualTo(danish.get(figure));
            Api.Answer inEnglish = api.inLanguage("en").put(path, lead, body);
            assertThat(Problems.message(inEnglish, "keyFigures." + figure)).isEqualTo(english.get(figure));
            assertThat(api.inLanguage("da")
                            .put(path, lead, body)
                            .json()
                            .path("detail")
                            .asText())
                    .isEqualTo("Der er fejl i felterne. Intet er gemt.");
        });
        assertThat(assessments().get(lead, id)).isEqualTo(before);
    }

    @Test
    @DisplayName("a report is compared with the previous approved one, and its PDF is there for anyone who may read"
            + " it, in English on request")
    void previousReportAndPdf() throws IOException {
        TestMunicipality m = servers.newMunicipality();
        JsonNode earlier = assessments().approved(m, Periods.halfYear(2), Map.of(), 3);
        JsonNode report = assessments().approved(m, Periods.halfYear(1), WORKED_EXAMPLE, 9);
        long id = report.path("id").asLong();
        String lead = token(m.lead());

        Api.Answer previous = api.get("/api/assessments/" + id + "/previous", lead);
        assertThat(previous.status()).as(previous.body()).isEqualTo(200);
        assertThat(previous.json().path("id").asLong())
                .isEqualTo(earlier.path("id").asLong());
        assertProblem(api.get("/api/assessments/" + earlier.path("id").asLong() + "/previous", lead), 404);

        // Read by another municipality: approved reports are visible to all.
        Api.Binary pdf = api.getBinary("/api/assessments/" + id + "/pdf", token("consultant.horsens"), "en");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdfText(pdf.body()))
                .contains("Fidelity report – " + m.name() + " " + Periods.halfYear(1))
                .contains("Work identity")
                .contains("3.3")
                .contains("Previous")
                .contains("(" + Periods.halfYear(2) + ")");

        JsonNode draft = assessments().start(lead, Periods.current());
        Api.Binary hidden =
                api.getBinary("/api/assessments/" + draft.path("id").asLong() + "/pdf", token("lead.horsens"), null);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.contentType()).startsWith("application/problem+json");
    }

    @Test
    @DisplayName("the report page shows the document's scores; another municipality reads an approved report without"
            + " the actions behind it, and gets 404 for a draft")
    void reportPage() {
        TestMunicipality m = servers.newMunicipality();
        JsonNode approved = assessments().approved(m, Periods.halfYear(1), WORKED_EXAMPLE, 9);
        long draft = assessments()
                .start(token(m.lead()), Periods.current())
                .path("id")
                .asLong();
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), m.lead());
            browser.waitFor(By.linkText("Selvevalueringer")).click();
            assertThat(browser.text(By.id("assessments"))).contains(m.name(), "Godkendt", "Kladde");
            ReportScreen report = new ReportScreen(browser, servers.hub())
                    .open(approved.path("id").asLong());
            assertThat(report.state()).isEqualTo("Godkendt");
            assertThat(report.fidelity()).startsWith("3,3").contains("tilstrækkelig");
            assertThat(report.principles()).contains("Arbejdsidentitet 4,0", "Mange til mange 3,3", "Magtskifte 2,5");
            assertThat(report.sectionScores()).contains("Struktur og team");
            assertThat(report.history()).contains("Indsendt").contains("Godkendt");
        }
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "lead.horsens");
            ReportScreen report = new ReportScreen(browser, servers.hub())
                    .open(approved.path("id").asLong());
            assertThat(report.state()).isEqualTo("Godkendt");
            assertThat(report.heading()).contains(m.name());
            assertThat(report.hasClosedLoop()).isFalse();
            report.open(draft);
            assertThat(report.isShown()).isFalse();
            assertThat(browser.driver().getPageSource()).contains("404");
        }
    }

    @Test
    @DisplayName("a lead rates an item and writes evidence, leaves, returns and finds both saved")
    void draftIsSavedWhileTyping() {
        TestMunicipality m = servers.newMunicipality();
        String lead = token(m.lead());
        long id = assessments().start(lead, Periods.current()).path("id").asLong();
        String evidence = "Efter et sammenbrud finder vi en ny praktik samme uge.";
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), m.lead());
            AssessmentFormScreen form = new AssessmentFormScreen(browser, servers.hub()).open(id, "AI");
            form.rate("AI4", 2);
            form.writeEvidence("AI4", evidence);

            browser.open(servers.hub() + "/index.xhtml");
            form.open(id, "AI");
            assertThat(form.isRated("AI4", 2)).isTrue();
            assertThat(form.evidence("AI4")).isEqualTo(evidence);
        }
        JsonNode stored = Assessments.item(assessments().get(lead, id), "AI4");
        assertThat(stored.path("selfRating").asInt()).isEqualTo(2);
        assertThat(stored.path("evidence").asText()).isEqualTo(evidence);
    }

    @Test
    @DisplayName("key figures update the implied rating; a large gap asks for a justification; a negative count is"
            + " refused and not saved")
    void keyFiguresInTheForm() {
        TestMunicipality m = servers.newMunicipality();
        String lead = token(m.lead());
        JsonNode draft = assessments().start(lead, Periods.current());
        long id = draft.path("id").asLong();
        assessments().saved(lead, id, Json.object("version", draft.path("version"), "ratings", Json.object("AI1", 4)));
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), m.lead());
            AssessmentFormScreen form = new AssessmentFormScreen(browser, servers.hub()).open(id, null);
            assertThat(form.currentStep()).isEqualTo("1. Nøgletal");
            form.enterFigure("enrolledYouth", "50");
            form.enterFigure("youthInInternship", "5");
            // 5 of 50 in internship is 0.10, under 0.20: the key figures imply 1 while the self-rating of AI1 is 4.
            form.next("2. Arbejdsidentitet");
            assertThat(form.implied("AI1")).isEqualTo(1);
            assertThat(form.asksForJustification("AI1")).isTrue();

            form.step("1. Nøgletal");
            form.typeFigure("youthInInternship", "-1");
            browser.waitForText(
                    By.cssSelector("#messages .hub-error-summary li"), "Unge i praktik: Skriv 0 eller mere.");
            assertThat(browser.text(By.cssSelector("#figure-youthInInternship .hub-field-error")))
                    .isEqualTo("Skriv 0 eller mere.");
        }
        assertThat(assessments()
                        .get(lead, id)
                        .path("keyFigures")
                        .path("youthInInternship")
                        .asInt())
                .isEqualTo(5);
    }

    /** The text of every page of a PDF. */
    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static List<String> auditActions(Api api, String adminToken, long assessment) {
        List<String> actions = new ArrayList<>();
        api.get("/api/audit-events?subjectType=assessment&subjectId=" + assessment, adminToken)
                .json()
                .forEach(e -> actions.add(e.path("action").asText()));
        return actions;
    }
}
