package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * What the network sees of a municipality's approved report: its scores, ratings and key figures, with every count of
 * young people under 5 shown as "&lt; 5" (the instrument's small-number rule), and none of the municipality's working
 * notes — evidence, justifications, the supervisor's comments — on the page, in the API or in the PDF.
 */
@DisplayName("A report as the network sees it")
class PublishedReportIT extends HubTest {

    private static final String EVIDENCE = "Evidens som kun kommunen ser";
    private static final String JUSTIFICATION = "Begrundelse som kun kommunen ser";
    private static final String COMMENT = "Supervisorkommentar som kun kommunen ser";

    @Test
    @DisplayName("another municipality's lead sees scores and key figures, 2 returners as '< 5', no evidence,"
            + " justification or comment (page, API, PDF); the municipality's own lead and the supervisor see all")
    void publishedToTheNetwork() throws Exception {
        TestMunicipality m = servers.newMunicipality();
        TestMunicipality other = servers.newMunicipality();
        long id = approvedWithNotes(m);

        // The API: the other municipality's lead.
        JsonNode seen = new Assessments(api).get(token(other.lead()), id);
        String body = seen.toString();
        assertThat(body).doesNotContain(EVIDENCE).doesNotContain(JUSTIFICATION).doesNotContain(COMMENT);
        JsonNode figures = seen.path("keyFigures");
        assertThat(figures.path("enrolledYouth").asInt()).isEqualTo(40);
        assertThat(figures.path("exitsOther").asInt()).isEqualTo(10);
        // Counts of young people under 5 are not sent at all; counts of places and staffing are not about young people.
        assertThat(figures.has("returners")).isFalse();
        assertThat(figures.has("exitsToJob")).isFalse();
        assertThat(figures.path("plannedPlaces").asInt()).isEqualTo(3);
        assertThat(figures.path("consultantFte").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(seen.path("suppressedKeyFigures"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("exitsToJob", "returners");
        assertThat(seen.path("scores").path("fidelity").asText()).isEqualTo("4");

        // The municipality's own lead and the supervisor: everything, exactly.
        for (String insider : new String[] {m.lead(), "supervisor.anna"}) {
            JsonNode all = new Assessments(api).get(token(insider), id);
            assertThat(all.toString())
                    .as(insider)
                    .contains(EVIDENCE)
                    .contains(JUSTIFICATION)
                    .contains(COMMENT);
            assertThat(all.path("keyFigures").path("returners").asInt())
                    .as(insider)
                    .isEqualTo(2);
            assertThat(all.path("suppressedKeyFigures")).as(insider).isEmpty();
        }

        // The PDF, in the other municipality's hands.
        Api.Binary pdf = api.getBinary("/api/assessments/" + id + "/pdf", token(other.lead()), null);
        assertThat(pdf.status()).isEqualTo(200);
        String text = AssessmentIT.pdfText(pdf.body()).replaceAll("\\s+", " ");
        assertThat(text)
                .contains("Gengangere < 5")
                .contains("Indskrevne unge 40")
                .doesNotContain(EVIDENCE)
                .doesNotContain(JUSTIFICATION)
                .doesNotContain(COMMENT);
        String own = AssessmentIT.pdfText(api.getBinary("/api/assessments/" + id + "/pdf", token(m.lead()), null)
                        .body())
                .replaceAll("\\s+", " ");
        assertThat(own).contains("Gengangere 2").contains(EVIDENCE).contains(COMMENT);

        // The page.
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), other.lead());
            browser.open(servers.hub() + "/rapport.xhtml?id=" + id);
            String keyFigures = browser.text(By.id("key-figures"));
            assertThat(keyFigures).contains("Gengangere < 5").contains("Indskrevne unge 40");
            assertThat(browser.text(By.id("published-note"))).contains("deles med netværket");
            String page = browser.text(By.id("main"));
            assertThat(page).doesNotContain(EVIDENCE).doesNotContain(COMMENT).doesNotContain("Evidens\n");
        }
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), m.lead());
            browser.open(servers.hub() + "/rapport.xhtml?id=" + id);
            assertThat(browser.text(By.id("key-figures"))).contains("Gengangere 2");
            assertThat(browser.text(By.id("items"))).contains(EVIDENCE).contains(COMMENT);
            assertThat(browser.isPresent(By.id("published-note"))).isFalse();
        }
    }

    /** An approved report with key figures, evidence, justifications and a supervisor's comment. */
    private long approvedWithNotes(TestMunicipality m) {
        String lead = token(m.lead());
        Assessments assessments = new Assessments(api);
        JsonNode draft = assessments.start(lead, Periods.current());
        long id = draft.path("id").asLong();
        ObjectNode body = Assessments.ratingsBody(draft, Map.of(), 4);
        ObjectNode justifications = Json.object();
        draft.path("items").forEach(i -> justifications.put(i.path("code").asText(), JUSTIFICATION));
        body.set("justifications", justifications);
        body.set("evidence", Json.object("AI1", EVIDENCE));
        body.set(
                "keyFigures",
                Json.object(
                        "enrolledYouth", 40,
                        "returners", 2,
                        "exitsToJob", 3,
                        "exitsOther", 10,
                        "plannedPlaces", 3,
                        "consultantFte", 2.5));
        JsonNode saved = assessments.saved(lead, id, body);
        JsonNode submitted = assessments.transitioned(
                lead, id, "submit", saved.path("version").asLong());
        String supervisor = token("supervisor.anna");
        Api.Answer reviewed = api.put(
                "/api/assessments/" + id + "/review",
                supervisor,
                Json.object("version", submitted.path("version").asLong(), "comments", Json.object("MS3", COMMENT)));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        assessments.transitioned(
                supervisor, id, "approve", reviewed.json().path("version").asLong());
        return id;
    }
}
