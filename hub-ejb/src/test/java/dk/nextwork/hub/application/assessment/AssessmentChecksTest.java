package dk.nextwork.hub.application.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.fidelity.scoring.AssessmentResult;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.domain.model.assessment.Assessment;
import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import dk.nextwork.hub.domain.model.period.PeriodStatus;
import dk.nextwork.hub.domain.model.period.ReportingPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A report's changes checked against instrument 1.0 (16 items, AI1…ST4) before anything is touched. */
@DisplayName("A report's changes as sent")
class AssessmentChecksTest {

    private static final Instrument V1 =
            InstrumentCatalog.builtIn().find("nextwork-fidelity", "1.0").orElseThrow();
    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");

    private static Assessment draft() {
        return new Assessment(
                new Municipality("roskilde", "Roskilde", "265", MunicipalityStatus.ACTIVE),
                ReportingPeriod.halfYear("2026-H2", PeriodStatus.OPEN),
                "nextwork-fidelity",
                "1.0",
                "lead.roskilde",
                MONDAY);
    }

    private static List<String> problems(Runnable check) {
        try {
            check.run();
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems().stream()
                    .map(p -> p.field() + ":" + p.message().key())
                    .toList();
        }
    }

    private static DraftChange ratings(Map<String, Integer> ratings) {
        return new DraftChange(1L, ratings, null, null, null);
    }

    @ParameterizedTest(name = "rating {0}: {1}")
    @DisplayName("a rating is a score 1–5 or 9 (cannot be assessed), for the lead and the supervisor alike")
    @CsvSource({"0, false", "1, true", "3, true", "5, true", "6, false", "8, false", "9, true", "10, false", "-1, false"
    })
    void ratingRange(int rating, boolean accepted) {
        List<String> expected = accepted ? List.of() : List.of("ratings.AI1:problem.rating.range");
        assertThat(problems(() -> AssessmentChecks.draft(V1, ratings(Map.of("AI1", rating)))))
                .isEqualTo(expected);
        assertThat(problems(() -> AssessmentChecks.review(V1, new ReviewChange(1L, Map.of("AI1", rating), null))))
                .isEqualTo(accepted ? List.of() : List.of("supervisorRatings.AI1:problem.rating.range"));
    }

    @Test
    @DisplayName("no rating clears one; an item the instrument does not have is named")
    void clearedAndUnknown() {
        Map<String, Integer> cleared = new HashMap<>();
        cleared.put("AI1", null);
        assertThat(problems(() -> AssessmentChecks.draft(V1, ratings(cleared)))).isEmpty();
        assertThat(problems(() -> AssessmentChecks.draft(V1, ratings(Map.of("ZZ9", 3)))))
                .containsExactly("ratings.ZZ9:problem.item.unknown");
    }

    @ParameterizedTest(name = "{0} characters: {1}")
    @DisplayName("evidence, justifications and comments are at most 4000 characters")
    @CsvSource({"4000, true", "4001, false"})
    void textLengths(int length, boolean accepted) {
        String text = "e".repeat(length);
        assertThat(problems(
                        () -> AssessmentChecks.draft(V1, new DraftChange(1L, null, Map.of("MS1", text), null, null))))
                .isEqualTo(accepted ? List.of() : List.of("evidence.MS1:problem.text.tooLong"));
        assertThat(problems(
                        () -> AssessmentChecks.draft(V1, new DraftChange(1L, null, null, Map.of("MS1", text), null))))
                .isEqualTo(accepted ? List.of() : List.of("justifications.MS1:problem.text.tooLong"));
        assertThat(problems(() -> AssessmentChecks.review(V1, new ReviewChange(1L, null, Map.of("MS1", text)))))
                .isEqualTo(accepted ? List.of() : List.of("comments.MS1:problem.text.tooLong"));
    }

    @Test
    @DisplayName("a derived or unknown key figure cannot be sent")
    void keyFigures() {
        Map<String, BigDecimal> figures = new HashMap<>();
        figures.put("noSuchFigure", BigDecimal.ONE);
        assertThat(problems(() -> AssessmentChecks.draft(V1, new DraftChange(1L, null, null, null, figures))))
                .containsExactly("keyFigures.noSuchFigure:problem.keyFigure.unknown");
    }

    @Test
    @DisplayName("key figures are checked against the instrument's declarations: whole counts, two decimals for"
            + " staffing, nothing above the maximum")
    void keyFigureBounds() {
        Map<String, BigDecimal> figures = new HashMap<>();
        figures.put("enrolledYouth", new BigDecimal("12.5"));
        figures.put("consultantFte", new BigDecimal("2.755"));
        figures.put("returners", new BigDecimal("1000001"));
        figures.put("plannedPlaces", new BigDecimal("-1"));
        figures.put("weeksInPeriod", new BigDecimal("26"));
        figures.put("psychologistFte", new BigDecimal("0.5"));
        assertThat(problems(() -> AssessmentChecks.draft(V1, new DraftChange(1L, null, null, null, figures))))
                .containsExactlyInAnyOrder(
                        "keyFigures.enrolledYouth:problem.keyFigure.whole",
                        "keyFigures.consultantFte:problem.keyFigure.decimals",
                        "keyFigures.returners:problem.keyFigure.tooLarge",
                        "keyFigures.plannedPlaces:problem.keyFigure.negative",
                        "keyFigures.weeksInPeriod:problem.keyFigure.unknown");
    }

    @Test
    @DisplayName("a consistency rule broken by the change is named at the figure changed, with both figures' labels"
            + " and values; figures not yet reported break nothing")
    void consistencyRules() throws Exception {
        String rules = "\"consistencyRules\": [{\"figures\": [\"internshipsChosenByYouth\"], \"atMost\":"
                + " \"internshipsStarted\"}, {\"figures\": [\"exitsToJob\", \"exitsToEducation\"],"
                + " \"atMost\": \"enrolledYouth\"}]";
        Instrument ruled;
        try (var in =
                Instrument.class.getResourceAsStream("/dk/nextwork/fidelity/instruments/nextwork-fidelity-1.0.json")) {
            String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("\"consistencyRules\": []", rules);
            ruled = dk.nextwork.fidelity.instrument.InstrumentLoader.load(
                    new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    "ruled.json");
        }
        // Only the chosen ones so far: nothing to compare with.
        assertThat(problems(
                        () -> AssessmentChecks.draft(ruled, figures(Map.of("internshipsChosenByYouth", 12)), Map.of())))
                .isEmpty();
        // 12 chosen by the young people against 10 started, typed after the started ones.
        InvalidInputException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> AssessmentChecks.draft(
                        ruled,
                        figures(Map.of("internshipsChosenByYouth", 12)),
                        Map.of("internshipsStarted", BigDecimal.TEN)),
                InvalidInputException.class);
        assertThat(refused.problems()).hasSize(1);
        assertThat(refused.problems().get(0).field()).isEqualTo("keyFigures.internshipsChosenByYouth");
        Message message = refused.problems().get(0).message();
        assertThat(message.key()).isEqualTo("problem.keyFigure.exceeds");
        assertThat(message.args().get(0).toString()).contains("Praktikker valgt af de unge");
        assertThat(message.args().get(1).toString()).contains("Praktikker startet");
        assertThat(message.args().subList(2, 4)).containsExactly(new BigDecimal("12"), BigDecimal.TEN);
        // Lowering the started ones below the chosen is named at the started ones.
        assertThat(problems(() -> AssessmentChecks.draft(
                        ruled,
                        figures(Map.of("internshipsStarted", 11)),
                        Map.of("internshipsChosenByYouth", new BigDecimal("12")))))
                .containsExactly("keyFigures.internshipsStarted:problem.keyFigure.exceeds");
        // A sum: 30 to job and 15 to education against 40 enrolled; equal is allowed.
        assertThat(problems(() -> AssessmentChecks.draft(
                        ruled,
                        figures(Map.of("exitsToJob", 30, "exitsToEducation", 15)),
                        Map.of("enrolledYouth", new BigDecimal("40")))))
                .containsExactly("keyFigures.exitsToJob:problem.keyFigure.sumExceeds");
        assertThat(problems(() -> AssessmentChecks.draft(
                        ruled,
                        figures(Map.of("exitsToJob", 25, "exitsToEducation", 15)),
                        Map.of("enrolledYouth", new BigDecimal("40")))))
                .isEmpty();
        // Already above the limit before the rest of the sum is reported (figures are never negative).
        assertThat(problems(() -> AssessmentChecks.draft(
                        ruled, figures(Map.of("exitsToJob", 45)), Map.of("enrolledYouth", new BigDecimal("40")))))
                .containsExactly("keyFigures.exitsToJob:problem.keyFigure.sumExceeds");
        // A rule the stored figures break already holds up no change that does not touch it, nor the same value sent
        // again.
        Map<String, BigDecimal> broken =
                Map.of("internshipsChosenByYouth", new BigDecimal("12"), "internshipsStarted", BigDecimal.TEN);
        assertThat(problems(() -> AssessmentChecks.draft(ruled, figures(Map.of("enrolledYouth", 40)), broken)))
                .isEmpty();
        assertThat(problems(
                        () -> AssessmentChecks.draft(ruled, figures(Map.of("internshipsChosenByYouth", 12)), broken)))
                .isEmpty();
    }

    private static DraftChange figures(Map<String, Integer> figures) {
        Map<String, BigDecimal> values = new HashMap<>();
        figures.forEach((code, value) -> values.put(code, BigDecimal.valueOf(value)));
        return new DraftChange(1L, null, null, null, values);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @DisplayName("a report is returned with a reason of at most 4000 characters, kept stripped")
    @CsvSource({"'', reason:problem.reason.required", "' ', reason:problem.reason.required"})
    void reasonRequired(String reason, String problem) {
        assertThat(problems(() -> AssessmentChecks.reason(reason))).containsExactly(problem);
    }

    @Test
    @DisplayName("a reason's length is counted as sent")
    void reasonLength() {
        assertThat(AssessmentChecks.reason("  Se MS igen ")).isEqualTo("Se MS igen");
        assertThat(AssessmentChecks.reason("r".repeat(4000))).hasSize(4000);
        assertThat(problems(() -> AssessmentChecks.reason("r".repeat(4001))))
                .containsExactly("reason:problem.text.tooLong");
        assertThat(problems(() -> AssessmentChecks.reason(null))).containsExactly("reason:problem.reason.required");
    }

    @Test
    @DisplayName("a report is submitted with every item rated: each missing one is named")
    void everyItemRated() {
        Assessment a = draft();
        V1.items().stream()
                .filter(i -> !i.code().equals("ST4"))
                .forEach(i -> a.recordItem(i.code(), 3, false, null, null));
        AssessmentResult result = AssessmentScoring.score(V1, a);
        assertThat(problems(() -> AssessmentChecks.submittable(V1, a, result)))
                .containsExactly("ratings.ST4:problem.rating.missing");
        a.recordItem("ST4", 3, false, null, null);
        assertThat(problems(() -> AssessmentChecks.submittable(V1, a, AssessmentScoring.score(V1, a))))
                .isEmpty();
    }

    @Test
    @DisplayName("a stale change says who changed the report, and where the caller's ratings differ from it now")
    void changedSince() {
        Assessment a = draft();
        a.recordItem("AI1", 4, false, null, null);
        a.touch("lead.roskilde", MONDAY.plusSeconds(60));
        assertThat(AssessmentChecks.changedSince(a, null))
                .isEqualTo(Message.of("conflict.assessment.changed", "lead.roskilde", MONDAY.plusSeconds(60)));
        assertThat(AssessmentChecks.changedSince(a, ratings(Map.of("AI1", 4))).key())
                .isEqualTo("conflict.assessment.changed");
        Message differs = AssessmentChecks.changedSince(a, ratings(Map.of("AI1", 2, "AI2", 3)));
        assertThat(differs.key()).isEqualTo("conflict.assessment.changedDiffers");
        assertThat(differs.args().get(2))
                .asList()
                .containsExactlyInAnyOrder(
                        Message.of("conflict.differs.rating", "AI1", 4),
                        Message.of("conflict.differs.rating", "AI2", "–"));
    }
}
