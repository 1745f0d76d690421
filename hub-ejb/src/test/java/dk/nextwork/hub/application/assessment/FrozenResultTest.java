package dk.nextwork.hub.application.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.fidelity.Ratio;
import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.fidelity.scoring.Drift;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.Role;
import dk.nextwork.hub.domain.model.assessment.Assessment;
import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import dk.nextwork.hub.domain.model.period.PeriodStatus;
import dk.nextwork.hub.domain.model.period.ReportingPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A submitted or approved report is shown from the result frozen at submission, never scored again; a draft is scored
 * live. Expected scores are the instrument document's worked example, worked out by hand.
 */
@DisplayName("Frozen results")
class FrozenResultTest {

    private static final Instrument V1 =
            InstrumentCatalog.builtIn().find("nextwork-fidelity", "1.0").orElseThrow();
    private static final Instant SUBMITTED = Instant.parse("2026-11-23T09:00:00Z");
    private static final Caller LEAD = Caller.of("lead.roskilde", "roskilde", Role.MUNICIPAL_LEAD);

    /** AI 3 4 4 5, MM 3 3 4 9, MS 2 2 3 3, ST 4 4 4 4. */
    private static final Map<String, Integer> WORKED_EXAMPLE = Map.ofEntries(
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

    private static Assessment rated() {
        Assessment a = new Assessment(
                new Municipality("roskilde", "Roskilde", "265", MunicipalityStatus.ACTIVE),
                ReportingPeriod.halfYear("2026-H1", PeriodStatus.CLOSED),
                "nextwork-fidelity",
                "1.0",
                "lead.roskilde",
                SUBMITTED);
        WORKED_EXAMPLE.forEach((item, rating) -> a.recordItem(item, rating, false, null, null));
        return a;
    }

    @Test
    @DisplayName("the worked example scores AI 4, MM 10/3, MS 5/2, ST 4, fidelity 59/18 (3.3, adequate), with an"
            + " action plan for MS on MS1 and MS2")
    void workedExample() {
        AssessmentView.Scores scores = AssessmentScoring.view(V1, rated(), LEAD).scores();
        assertThat(scores.sections())
                .extracting(AssessmentView.Section::code, AssessmentView.Section::score)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("AI", "4"),
                        org.assertj.core.groups.Tuple.tuple("MM", "10/3"),
                        org.assertj.core.groups.Tuple.tuple("MS", "5/2"),
                        org.assertj.core.groups.Tuple.tuple("ST", "4"));
        assertThat(scores.fidelity()).isEqualTo("59/18");
        assertThat(scores.fidelityValue()).isEqualTo(3.3);
        assertThat(scores.band()).isEqualTo("adequate");
        assertThat(scores.actionPlan()).singleElement().satisfies(r -> {
            assertThat(r.principle()).isEqualTo("MS");
            assertThat(r.lowestItems()).containsExactly("MS1", "MS2");
        });
        assertThat(scores.scoredAt()).as("a draft is scored live").isNull();
    }

    @Test
    @DisplayName("once submitted, the report shows the stored result, even where scoring it again would differ")
    void submittedShowsStoredResult() {
        Assessment a = rated();
        FrozenResult frozen = FrozenResult.of(AssessmentScoring.score(V1, a), SUBMITTED);
        // What was stored says AI is 9/2 (as if the rules had scored it so then): scoring the same ratings again (4)
        // must not replace it.
        List<FrozenResult.Section> sections = new ArrayList<>(frozen.sections());
        sections.set(
                0, new FrozenResult.Section("AI", "9/2", "high", sections.get(0).rated(), 0, 0));
        FrozenResult stored = new FrozenResult(
                frozen.format(),
                frozen.scoredWith(),
                frozen.scoredAt(),
                sections,
                frozen.fidelity(),
                frozen.band(),
                frozen.fidelityBlockedBy(),
                frozen.actionPlan(),
                frozen.implied(),
                frozen.evidenceFindings());
        a.submit("lead.roskilde", SUBMITTED, stored.json());
        a.approve("supervisor.anna", SUBMITTED.plusSeconds(60));

        AssessmentView.Scores scores = AssessmentScoring.view(V1, a, LEAD).scores();
        assertThat(scores.sections().get(0).score()).isEqualTo("9/2");
        assertThat(scores.sections().get(0).value()).isEqualTo(4.5);
        assertThat(scores.fidelity())
                .as("the stored fidelity, not one recomputed")
                .isEqualTo("59/18");
        assertThat(scores.scoredWith()).isEqualTo("nextwork-fidelity@1.0");
        assertThat(scores.scoredAt()).isEqualTo(SUBMITTED);
    }

    @Test
    @DisplayName("the key figures' implied ratings are frozen too, and a report stored before results were frozen"
            + " whole is scored live")
    void impliedAndLegacy() {
        Assessment a = rated();
        a.recordKeyFigure("enrolledYouth", new BigDecimal("50"));
        a.recordKeyFigure("youthInInternship", new BigDecimal("40"));
        FrozenResult frozen = FrozenResult.of(AssessmentScoring.score(V1, a), SUBMITTED);
        assertThat(frozen.implied("AI1").orElseThrow().rating())
                .as("40 of 50 is 0.80: 5")
                .isEqualTo(5);
        assertThat(frozen.implied("MS1").orElseThrow().blockedBy()).isEqualTo("internshipsChosenByYouth");

        Assessment legacy = rated();
        legacy.submit("lead.roskilde", SUBMITTED, "{\"scoredWith\":\"nextwork-fidelity@1.1\",\"fidelity\":\"1\"}");
        AssessmentView.Scores scores = AssessmentScoring.view(V1, legacy, LEAD).scores();
        assertThat(scores.fidelity()).isEqualTo("59/18");
        assertThat(scores.scoredAt()).isNull();
    }

    @Test
    @DisplayName("drift compares the scores frozen with two reports: a stored Magtskifte of 3 against this report's 5/2"
            + " is a drop of 0,5 (and below 3,0), whatever scoring the earlier ratings again would say")
    void driftFromFrozenScores() {
        FrozenResult now = FrozenResult.of(AssessmentScoring.score(V1, rated()), SUBMITTED);
        assertThat(now.exactScores())
                .containsOnly(
                        Map.entry("AI", Ratio.of(4)),
                        Map.entry("MM", Ratio.of(10, 3)),
                        Map.entry("MS", Ratio.of(5, 2)),
                        Map.entry("ST", Ratio.of(4)));
        // The earlier report was scored from the same ratings, but what was stored with it says MS 3 and MM none.
        List<FrozenResult.Section> sections = new ArrayList<>(now.sections());
        sections.set(1, new FrozenResult.Section("MM", null, null, 1, 3, 0));
        sections.set(2, new FrozenResult.Section("MS", "3", "adequate", 4, 0, 0));
        FrozenResult before = new FrozenResult(
                now.format(),
                now.scoredWith(),
                now.scoredAt(),
                sections,
                now.fidelity(),
                now.band(),
                now.fidelityBlockedBy(),
                now.actionPlan(),
                now.implied(),
                now.evidenceFindings());
        assertThat(before.exactScores()).doesNotContainKey("MM").containsEntry("MS", Ratio.of(3));
        assertThat(Drift.alerts(V1, before.exactScores(), now.exactScores()))
                .singleElement()
                .satisfies(alert -> {
                    assertThat(alert.sectionCode()).isEqualTo("MS");
                    assertThat(alert.dropped()).isTrue();
                    assertThat(alert.belowThreshold()).isTrue();
                });
    }

    @Test
    @DisplayName("a frozen result read back from its JSON is the result that was frozen, every fraction and code as"
            + " it was")
    void roundTrip() {
        Assessment a = rated();
        a.recordKeyFigure("enrolledYouth", new BigDecimal("45"));
        a.recordKeyFigure("consultantFte", new BigDecimal("2.5"));
        FrozenResult frozen = FrozenResult.of(AssessmentScoring.score(V1, a), SUBMITTED);
        assertThat(frozen.json()).contains("\"format\":2");
        assertThat(FrozenResult.parse(frozen.json(), 1L)).contains(frozen);
        assertThat(frozen.implied("ST1").orElseThrow().value())
                .as("45 young people on 2.5 consultants")
                .isEqualTo("18");
        assertThat(frozen.scoredWith()).isEqualTo("nextwork-fidelity@1.0");
    }

    @ParameterizedTest(name = "[{0}] is scored live")
    @NullSource
    @ValueSource(
            strings = {
                "{}",
                "{\"format\":1,\"fidelity\":\"3.3\"}",
                "{\"format\":2,\"sections\":\"not a list\"}",
                "{\"format\":2,"
            })
    @DisplayName("no stored result, one stored before results were frozen whole, or one that cannot be read, is no"
            + " frozen result: the report is scored live rather than not shown")
    void notAFrozenResult(String json) {
        assertThat(FrozenResult.parse(json, 7L)).isEmpty();
    }
}
