package dk.nextwork.hub.domain.model.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import dk.nextwork.hub.domain.model.period.PeriodStatus;
import dk.nextwork.hub.domain.model.period.ReportingPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    /** A report brought to a state the way people bring it there. */
    static Assessment in(AssessmentState state) {
        Assessment a = draft();
        if (state == AssessmentState.DRAFT) {
            return a;
        }
        a.submit("lead.roskilde", MONDAY.plusSeconds(60), "{\"format\":2}");
        switch (state) {
            case RETURNED -> a.returnToLead("Beskriv MS3", "supervisor.anna", MONDAY.plusSeconds(120));
            case APPROVED -> a.approve("supervisor.anna", MONDAY.plusSeconds(120));
            default -> {}
        }
        return a;
    }

    /** What someone may try to do with a report. */
    enum Step {
        RATE(a -> a.recordItem("AI1", 4, false, "Evidens", null)),
        KEY_FIGURE(a -> a.recordKeyFigure("enrolledYouth", new BigDecimal("48"))),
        SUBMIT(a -> a.submit("lead.roskilde", MONDAY.plusSeconds(600), "{}")),
        REVIEW(a -> a.review("AI1", 3, false, "Se evidensen")),
        RETURN(a -> a.returnToLead("Uddyb evidensen", "supervisor.anna", MONDAY.plusSeconds(600))),
        APPROVE(a -> a.approve("supervisor.anna", MONDAY.plusSeconds(600)));

        final Consumer<Assessment> step;

        Step(Consumer<Assessment> step) {
            this.step = step;
        }
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @DisplayName("draft → submitted → returned → submitted … → approved: each step allowed only where the life of a"
            + " report has it, and a refused step changes nothing")
    @CsvSource({
        "DRAFT,     RATE,       DRAFT",
        "DRAFT,     KEY_FIGURE, DRAFT",
        "DRAFT,     SUBMIT,     SUBMITTED",
        "DRAFT,     REVIEW,     refused",
        "DRAFT,     RETURN,     refused",
        "DRAFT,     APPROVE,    refused",
        "SUBMITTED, RATE,       refused",
        "SUBMITTED, KEY_FIGURE, refused",
        "SUBMITTED, SUBMIT,     refused",
        "SUBMITTED, REVIEW,     SUBMITTED",
        "SUBMITTED, RETURN,     RETURNED",
        "SUBMITTED, APPROVE,    APPROVED",
        "RETURNED,  RATE,       RETURNED",
        "RETURNED,  KEY_FIGURE, RETURNED",
        "RETURNED,  SUBMIT,     SUBMITTED",
        "RETURNED,  REVIEW,     refused",
        "RETURNED,  RETURN,     refused",
        "RETURNED,  APPROVE,    refused",
        "APPROVED,  RATE,       refused",
        "APPROVED,  KEY_FIGURE, refused",
        "APPROVED,  SUBMIT,     refused",
        "APPROVED,  REVIEW,     refused",
        "APPROVED,  RETURN,     refused",
        "APPROVED,  APPROVE,    refused"
    })
    void transitions(AssessmentState from, Step step, String outcome) {
        Assessment a = in(from);
        if (outcome.equals("refused")) {
            var itemsBefore = a.items().size();
            var figuresBefore = a.keyFigures();
            assertThatThrownBy(() -> step.step.accept(a)).isInstanceOf(IllegalStateException.class);
            assertThat(a.state()).isEqualTo(from);
            assertThat(a.items()).hasSize(itemsBefore);
            assertThat(a.keyFigures()).isEqualTo(figuresBefore);
        } else {
            step.step.accept(a);
            assertThat(a.state()).isEqualTo(AssessmentState.valueOf(outcome));
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @DisplayName("a whole result is stored afterwards only for a report whose ratings can no longer change")
    @CsvSource({"DRAFT, refused", "RETURNED, refused", "SUBMITTED, stored", "APPROVED, stored"})
    void completeFrozenResult(AssessmentState state, String outcome) {
        Assessment a = in(state);
        if (outcome.equals("refused")) {
            assertThatThrownBy(() -> a.completeFrozenResult("{\"format\":2,\"fidelity\":\"3\"}"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("scored live");
        } else {
            a.completeFrozenResult("{\"format\":2,\"fidelity\":\"3\"}");
            assertThat(a.scores()).isEqualTo("{\"format\":2,\"fidelity\":\"3\"}");
            assertThat(a.state()).isEqualTo(state);
        }
    }

    @Test
    @DisplayName("returned and submitted again, the report carries the new submission time and the new frozen result")
    void resubmitted() {
        Assessment a = in(AssessmentState.RETURNED);
        a.recordItem("MS3", 3, false, "Nu med evidens", null);
        a.submit("lead.roskilde", MONDAY.plusSeconds(3600), "{\"format\":2,\"fidelity\":\"10/3\"}");
        assertThat(a.state()).isEqualTo(AssessmentState.SUBMITTED);
        assertThat(a.submittedAt()).contains(MONDAY.plusSeconds(3600));
        assertThat(a.scores()).isEqualTo("{\"format\":2,\"fidelity\":\"10/3\"}");
        assertThat(a.approvedAt()).isEmpty();
    }

    @Test
    @DisplayName("who changed the report last and when follows each step: the lead's submission, the supervisor's"
            + " return and approval")
    void lastChange() {
        Assessment a = draft();
        assertThat(a.updatedBy()).isEqualTo("lead.roskilde");
        assertThat(a.updatedAt()).isEqualTo(MONDAY);
        a.submit("lead.roskilde", MONDAY.plusSeconds(60), "{}");
        assertThat(a.updatedAt()).isEqualTo(MONDAY.plusSeconds(60));
        a.returnToLead("Uddyb", "supervisor.anna", MONDAY.plusSeconds(120));
        assertThat(a.updatedBy()).isEqualTo("supervisor.anna");
        assertThat(a.updatedAt()).isEqualTo(MONDAY.plusSeconds(120));
        a.submit("lead.roskilde", MONDAY.plusSeconds(180), "{}");
        a.approve("supervisor.bo", MONDAY.plusSeconds(240));
        assertThat(a.updatedBy()).isEqualTo("supervisor.bo");
        assertThat(a.updatedAt()).isEqualTo(MONDAY.plusSeconds(240));
    }

    @Test
    @DisplayName("the lead's change to an item: what is not sent stays, an empty text clears it, and a rating is"
            + " cleared only when asked")
    void itemChanges() {
        Assessment a = draft();
        a.recordItem("AI2", 4, false, "Møderne tager udgangspunkt i praktikken", "Se referaterne");
        a.recordItem("AI2", null, false, null, null);
        ItemEntry entry = a.item("AI2").orElseThrow();
        assertThat(entry.selfRating()).isEqualTo(4);
        assertThat(entry.evidence()).isEqualTo("Møderne tager udgangspunkt i praktikken");
        assertThat(entry.justification()).isEqualTo("Se referaterne");

        a.recordItem("AI2", null, false, "", "");
        assertThat(a.item("AI2").orElseThrow().evidence()).isNull();
        assertThat(a.item("AI2").orElseThrow().justification()).isNull();
        assertThat(a.item("AI2").orElseThrow().selfRating()).isEqualTo(4);

        a.recordItem("AI2", 5, true, null, null);
        assertThat(a.item("AI2").orElseThrow().selfRating())
                .as("clearing wins over a rating sent with it")
                .isNull();
        assertThat(a.items()).as("one entry per item").hasSize(1);
    }

    @Test
    @DisplayName("a key figure set to nothing is removed, not stored as nothing")
    void keyFigureRemoved() {
        Assessment a = draft();
        a.recordKeyFigure("enrolledYouth", new BigDecimal("50"));
        a.recordKeyFigure("consultantFte", new BigDecimal("2.5"));
        a.recordKeyFigure("enrolledYouth", null);
        assertThat(a.keyFigures()).containsOnlyKeys("consultantFte");
    }

    @Test
    @DisplayName("the supervisor's rating and comment on an item: an empty comment clears it, a rating is cleared"
            + " only when asked, and the lead's own rating is left as it is")
    void reviewChanges() {
        Assessment a = draft();
        a.recordItem("MM1", 4, false, "Ugentlige møder", null);
        a.submit("lead.roskilde", MONDAY, "{}");
        a.review("MM1", 2, false, "Kun hver anden uge ifølge referaterne");
        a.review("MM1", null, false, "");
        ItemEntry entry = a.item("MM1").orElseThrow();
        assertThat(entry.supervisorRating()).isEqualTo(2);
        assertThat(entry.supervisorComment()).isNull();
        assertThat(entry.selfRating()).isEqualTo(4);
        a.review("MM1", null, true, null);
        assertThat(a.item("MM1").orElseThrow().supervisorRating()).isNull();
    }

    @ParameterizedTest(name = "a return with reason [{0}] is refused")
    @ValueSource(strings = {"", "  ", "\n\t"})
    @DisplayName("a report is returned only with a reason, and stays submitted without one")
    void returnNeedsReason(String reason) {
        Assessment a = in(AssessmentState.SUBMITTED);
        assertThatThrownBy(() -> a.returnToLead(reason, "supervisor.anna", MONDAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.returnToLead(null, "supervisor.anna", MONDAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(a.state()).isEqualTo(AssessmentState.SUBMITTED);
    }

    @ParameterizedTest(name = "approved {0}: action plan due {1}")
    @DisplayName("the action plan is due six weeks after the Danish day of approval, in winter and summer time,"
            + " across the new year and into a leap day")
    @CsvSource({
        "2026-11-23T22:59:59Z, 2027-01-04",
        "2026-11-23T23:00:00Z, 2027-01-05",
        "2026-06-30T21:59:59Z, 2026-08-11",
        "2026-06-30T22:00:00Z, 2026-08-12",
        "2026-12-31T23:30:00Z, 2027-02-12",
        "2028-01-18T12:00:00Z, 2028-02-29"
    })
    void actionPlanDueDates(Instant approvedAt, LocalDate due) {
        Assessment a = in(AssessmentState.SUBMITTED);
        a.approve("supervisor.anna", approvedAt);
        assertThat(a.actionPlanDue(COPENHAGEN)).contains(due);
    }

    @ParameterizedTest(name = "without {0}")
    @DisplayName("a report is started for a municipality and a period, under an instrument version, by someone")
    @ValueSource(strings = {"municipality", "period", "instrumentId", "instrumentVersion", "actor"})
    void requiredParts(String missing) {
        Municipality m = new Municipality("roskilde", "Roskilde", "265", MunicipalityStatus.ACTIVE);
        ReportingPeriod p = ReportingPeriod.halfYear("2026-H2", PeriodStatus.OPEN);
        assertThatThrownBy(() -> new Assessment(
                        missing.equals("municipality") ? null : m,
                        missing.equals("period") ? null : p,
                        missing.equals("instrumentId") ? null : "nextwork-fidelity",
                        missing.equals("instrumentVersion") ? null : "1.0",
                        missing.equals("actor") ? null : "lead.roskilde",
                        MONDAY))
                .isInstanceOf(NullPointerException.class)
                .hasMessage(missing + " is required");
    }

    @Test
    @DisplayName("a municipality has one report per period: two with the same municipality and period are the same"
            + " report, whatever their contents")
    void identity() {
        Assessment one = draft();
        Assessment same = draft();
        same.recordItem("AI1", 2, false, null, null);
        Assessment otherPeriod = new Assessment(
                new Municipality("roskilde", "Roskilde", "265", MunicipalityStatus.ACTIVE),
                ReportingPeriod.halfYear("2027-H1", PeriodStatus.PLANNED),
                "nextwork-fidelity",
                "1.0",
                "lead.roskilde",
                MONDAY);
        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(one).isNotEqualTo(otherPeriod);
    }
}
