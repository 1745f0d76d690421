package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.hubapi.client.ApiClient;
import dk.nextwork.hubapi.client.ApiException;
import dk.nextwork.hubapi.client.api.AssessmentsApi;
import dk.nextwork.hubapi.client.api.MeApi;
import dk.nextwork.hubapi.client.api.NetworkApi;
import dk.nextwork.hubapi.client.api.PracticeLibraryApi;
import dk.nextwork.hubapi.client.model.Activity;
import dk.nextwork.hubapi.client.model.Assessment;
import dk.nextwork.hubapi.client.model.AssessmentItem;
import dk.nextwork.hubapi.client.model.AssessmentNewDraft;
import dk.nextwork.hubapi.client.model.AssessmentSection;
import dk.nextwork.hubapi.client.model.AssessmentState;
import dk.nextwork.hubapi.client.model.AssessmentTransition;
import dk.nextwork.hubapi.client.model.DraftChange;
import dk.nextwork.hubapi.client.model.Me;
import dk.nextwork.hubapi.client.model.Network;
import dk.nextwork.hubapi.client.model.NetworkMunicipalityScores;
import dk.nextwork.hubapi.client.model.NetworkScore;
import dk.nextwork.hubapi.client.model.Practice;
import dk.nextwork.hubapi.client.model.PracticeHit;
import dk.nextwork.hubapi.client.model.PracticeInput;
import dk.nextwork.hubapi.client.model.PracticeStatus;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Hub used through a client no one here wrote: openapi-generator's Java client, generated from the OpenAPI document
 * the Hub serves (the api-client module; {@link ApiDocumentIT} checks the served document is the one it was generated
 * from). Every call is typed; no JSON is written or read by hand.
 */
@DisplayName("The API through a generated client")
class GeneratedClientIT extends HubTest {

    private ApiClient as(String user) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(servers.hub());
        String token = token(user);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    @DisplayName("a lead starts a draft, saves key figures and ratings, submits; a supervisor approves; the scores are"
            + " the instrument's worked out by hand, and the network shows them")
    void wholeCycle() throws ApiException {
        TestMunicipality m = servers.newMunicipality();
        assertThat(new MeApi(as(m.lead())).getMe().getRoles()).containsExactly(Me.RolesEnum.MUNICIPAL_LEAD);
        AssessmentsApi lead = new AssessmentsApi(as(m.lead()));

        Assessment draft = lead.startAssessment(new AssessmentNewDraft().period(Periods.current()));
        assertThat(draft.getState()).isEqualTo(AssessmentState.DRAFT);
        assertThat(draft.getMunicipality()).isEqualTo(m.slug());

        Map<String, Integer> ratings = new LinkedHashMap<>();
        for (AssessmentItem item : draft.getItems()) {
            ratings.put(item.getCode(), AssessmentIT.WORKED_EXAMPLE.get(item.getCode()));
        }
        // 40 enrolled, 20 of them in an internship (AI1: 0.50 → 3), 40 places (ST4: 1.00 → 5), 2 consultants (ST1:
        // 20 per consultant → 5), half a psychologist (ST2: 0.50 → 5) — none two or more from the self-rating.
        Map<String, BigDecimal> figures = Map.of(
                "enrolledYouth", new BigDecimal("40"),
                "youthInInternship", new BigDecimal("20"),
                "plannedPlaces", new BigDecimal("40"),
                "consultantFte", new BigDecimal("2"),
                "psychologistFte", new BigDecimal("0.5"));
        Assessment saved = lead.saveDraft(
                draft.getId(),
                new DraftChange().version(draft.getVersion()).ratings(ratings).keyFigures(figures));
        assertThat(saved.getVersion()).isGreaterThan(draft.getVersion());
        assertThat(saved.getKeyFigures()).containsEntry("consultantFte", new BigDecimal("2"));
        assertThat(implied(saved, "AI1")).isEqualTo(3);
        assertThat(implied(saved, "ST4")).isEqualTo(5);
        assertThat(implied(saved, "ST1")).isEqualTo(5);
        assertThat(implied(saved, "ST2")).isEqualTo(5);

        Assessment submitted =
                lead.submitAssessment(saved.getId(), new AssessmentTransition().version(saved.getVersion()));
        assertThat(submitted.getState()).isEqualTo(AssessmentState.SUBMITTED);
        assertThat(submitted.getSubmittedAt()).isNotNull();

        Assessment approved = new AssessmentsApi(as("supervisor.anna"))
                .approveAssessment(submitted.getId(), new AssessmentTransition().version(submitted.getVersion()));
        assertThat(approved.getState()).isEqualTo(AssessmentState.APPROVED);
        // The worked example: AI (3 + 4 + 4 + 5) / 4 = 4, MM (3 + 3 + 4) / 3 = 10/3 (MM4 is 9, left out), MS
        // (2 + 2 + 3 + 3) / 4 = 5/2; fidelity (4 + 10/3 + 5/2) / 3 = 59/18 ≈ 3.28, shown as 3.3.
        assertThat(approved.getScores().getFidelity()).isEqualTo("59/18");
        assertThat(approved.getScores().getFidelityValue()).isEqualTo(3.3);
        assertThat(section(approved, "MM").getScore()).isEqualTo("10/3");

        Network network = new NetworkApi(as("supervisor.anna")).getNetworkPicture(null, null, null, null, null);
        NetworkMunicipalityScores own = network.getMunicipalities().stream()
                .filter(s -> s.getMunicipality().equals(m.slug()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(m.slug() + " not in the network picture"));
        assertThat(own.getAssessmentId()).isEqualTo(approved.getId());
        assertThat(score(own, "AI").getValue()).isEqualByComparingTo("4");
        assertThat(score(own, "MS").getValue()).isEqualByComparingTo("2.5");
    }

    @Test
    @DisplayName("a consultant shares a practice; a lead of another municipality finds it by a word of its title")
    void practiceSearch() throws ApiException {
        TestMunicipality m = servers.newMunicipality();
        TestMunicipality other = servers.newMunicipality();
        String word = "Speeddating" + m.slug().replace("-", "");
        Practice shared = new PracticeLibraryApi(as(m.consultant()))
                .createPractice(new PracticeInput()
                        .title(word + " med virksomhederne")
                        .summary("De unge møder ti virksomheder på en aften.")
                        .body("<p>Sådan gjorde vi.</p>")
                        .principles(List.of("MM"))
                        .activities(List.of(Activity.EVENTS))
                        .publish(true));
        assertThat(shared.getStatus()).isEqualTo(PracticeStatus.PUBLISHED);

        List<PracticeHit> hits = new PracticeLibraryApi(as(other.lead())).searchPractices(word, null, null, null, null);
        assertThat(hits).extracting(PracticeHit::getId).containsExactly(shared.getId());
        assertThat(hits.get(0).getMunicipality()).isEqualTo(m.slug());
    }

    private static Integer implied(Assessment report, String code) {
        return report.getItems().stream()
                .filter(i -> i.getCode().equals(code))
                .findFirst()
                .orElseThrow()
                .getImpliedRating();
    }

    private static AssessmentSection section(Assessment report, String code) {
        return report.getScores().getSections().stream()
                .filter(s -> s.getCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static NetworkScore score(NetworkMunicipalityScores scores, String section) {
        return scores.getScores().stream()
                .filter(s -> s.getSection().equals(section))
                .findFirst()
                .orElseThrow();
    }
}
