package dk.nextwork.hub.domain.model.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import dk.nextwork.hub.domain.model.period.PeriodStatus;
import dk.nextwork.hub.domain.model.period.ReportingPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A self-assessment's life: draft, submitted, returned, approved and locked")
class AssessmentTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");

    static Assessment draft() {
        return new Assessment(
                new Municipality("roskilde", "Roskilde", "265", MunicipalityStatus.ACTIVE),
                ReportingPeriod.halfYear("2026-H2", PeriodStatus.OPEN),
                "nextwork-fidelity",
                "1.0",
                "lead.roskilde",
                MONDAY);
    }

    @Test
    @DisplayName("a new report is a draft the lead can change, filed under the version it was started with")
    void draftIsEditable() {
        Assessment a = draft();
        assertThat(a.state()).isEqualTo(AssessmentState.DRAFT);
        assertThat(a.instrumentVersion()).isEqualTo("1.0");
        a.recordItem("AI1", 4, false, "Evidens", null);
        a.recordKeyFigure("enrolledYouth", new BigDecimal("50"));
        assertThat(a.item("AI1").orElseThrow().selfRating()).isEqualTo(4);
        assertThat(a.keyFigures()).containsEntry("enrolledYouth", new BigDecimal("50"));
    }

    @Test
    @DisplayName("submitted, it cannot be changed by the lead but can be reviewed; returned, it can be changed again")
    void submitAndReturn() {
        Assessment a = draft();
        a.submit("lead.roskilde", MONDAY.plusSeconds(60), "{}");
        assertThat(a.state()).isEqualTo(AssessmentState.SUBMITTED);
        assertThat(a.submittedAt()).contains(MONDAY.plusSeconds(60));
        assertThatThrownBy(() -> a.recordItem("AI1", 3, false, null, null)).isInstanceOf(IllegalStateException.class);
        a.review("AI1", 2, false, "Se evidensen igen");
        assertThat(a.item("AI1").orElseThrow().supervisorRating()).isEqualTo(2);

        assertThatThrownBy(() -> a.returnToLead(" ", "supervisor.anna", MONDAY))
                .isInstanceOf(IllegalArgumentException.class);
        a.returnToLead("Beskriv MS3", "supervisor.anna", MONDAY.plusSeconds(120));
        assertThat(a.state()).isEqualTo(AssessmentState.RETURNED);
        assertThat(a.returnReason()).isEqualTo("Beskriv MS3");
        a.recordItem("AI1", 3, false, null, null);
        assertThat(a.item("AI1").orElseThrow().selfRating()).isEqualTo(3);
        assertThatThrownBy(() -> a.review("AI1", 2, false, null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("the action plan is due six weeks after the day of approval as Denmark's calendar has it"
            + " (fidelity-instrument-v1.md): approved at 23:30 UTC on Monday 23 November, that is already Tuesday the"
            + " 24th in Copenhagen, so due Tuesday 5 January; nothing is due before approval")
    void actionPlanDue() {
        java.time.ZoneId copenhagen = java.time.ZoneId.of("Europe/Copenhagen");
        Assessment a = draft();
        a.submit("lead.roskilde", MONDAY, "{}");
        assertThat(a.actionPlanDue(copenhagen)).isEmpty();
        a.approve("supervisor.anna", Instant.parse("2026-11-23T23:30:00Z"));
        assertThat(a.actionPlanDue(copenhagen)).contains(java.time.LocalDate.of(2027, 1, 5));
        assertThat(a.actionPlanDue(java.time.ZoneOffset.UTC)).contains(java.time.LocalDate.of(2027, 1, 4));
    }

    @Test
    @DisplayName("approved, it is locked: nobody changes it, and it cannot be approved or returned again")
    void approvedIsLocked() {
        Assessment a = draft();
        assertThatThrownBy(() -> a.approve("supervisor.anna", MONDAY)).isInstanceOf(IllegalStateException.class);
        a.submit("lead.roskilde", MONDAY, "{\"format\":2}");
        a.approve("supervisor.anna", MONDAY.plusSeconds(3600));
        assertThat(a.state()).isEqualTo(AssessmentState.APPROVED);
        assertThat(a.approvedAt()).contains(MONDAY.plusSeconds(3600));
        assertThat(a.scores())
                .as("the result frozen at submission is the one approved")
                .isEqualTo("{\"format\":2}");
        assertThatThrownBy(() -> a.recordItem("AI1", 1, false, null, null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> a.recordKeyFigure("eventsHeld", BigDecimal.ONE))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> a.review("AI1", 1, false, null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> a.returnToLead("nej", "supervisor.anna", MONDAY))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> a.approve("supervisor.anna", MONDAY)).isInstanceOf(IllegalStateException.class);
    }
}
