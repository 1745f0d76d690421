package dk.nextwork.fidelity.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Stage arithmetic of the shipped plan 1.0, with dates worked out by hand. */
class OnboardingProgressTest {

    private static final OnboardingPlan PLAN = OnboardingPlan.load(OnboardingPlan.CURRENT);
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Test
    @DisplayName("plan 1.0: seven stages, 14 activities, codes unique; the Hub itself records the first approved"
            + " self-assessment")
    void plan() {
        assertThat(PLAN.version()).isEqualTo("1.0");
        assertThat(PLAN.stages())
                .extracting(OnboardingPlan.Stage::code)
                .containsExactly(
                        "DECISION",
                        "TEAM_HIRED",
                        "TEAM_TRAINED",
                        "COMPANY_NETWORK",
                        "YOUTH_NETWORK",
                        "FIRST_EVENT",
                        "FIRST_ASSESSMENT");
        assertThat(PLAN.activities()).hasSize(14);
        assertThat(PLAN.recordedOn(OnboardingPlan.FIRST_APPROVAL))
                .extracting(OnboardingPlan.Activity::code)
                .containsExactly("ASSESSMENT_APPROVED");
        assertThat(PLAN.activities().stream().filter(OnboardingPlan.Activity::recordedByHub))
                .hasSize(1);
    }

    @Test
    @DisplayName("the decision made 10 January and agreed 20 February: 41 days of 60, complete; the team stage"
            + " current for 9 days on 1 March; 2 of 14 activities done")
    void firstStage() {
        Map<String, LocalDate> done = Map.of(
                "DECISION_POLITICAL", LocalDate.of(2026, 1, 10), "DECISION_AGREEMENT", LocalDate.of(2026, 2, 20));
        OnboardingProgress p = OnboardingProgress.of(PLAN, START, done, LocalDate.of(2026, 3, 1));
        OnboardingProgress.StageProgress decision = p.stages().get(0);
        assertThat(decision.complete()).isTrue();
        assertThat(decision.durationDays()).isEqualTo(41L);
        assertThat(decision.overdue()).isFalse();
        assertThat(p.current()).isEqualTo("TEAM_HIRED");
        assertThat(p.daysInCurrent()).isEqualTo(9L);
        assertThat(p.proportion()).isEqualTo(2.0 / 14);
        assertThat(p.complete()).isFalse();
    }

    @Test
    @DisplayName("nothing more by 1 June: the team stage has stalled 101 days against its 90 and is flagged; later"
            + " stages are not")
    void stalled() {
        Map<String, LocalDate> done = Map.of(
                "DECISION_POLITICAL", LocalDate.of(2026, 1, 10), "DECISION_AGREEMENT", LocalDate.of(2026, 2, 20));
        OnboardingProgress p = OnboardingProgress.of(PLAN, START, done, LocalDate.of(2026, 6, 1));
        assertThat(p.daysInCurrent()).isEqualTo(101L);
        assertThat(p.stages().get(1).overdue()).isTrue();
        assertThat(p.stages().subList(2, 7)).noneMatch(OnboardingProgress.StageProgress::overdue);
    }

    @Test
    @DisplayName("a stage begun: one of three team activities on 10 March, 1 of 3 done, 22 days by 1 April")
    void stageBegun() {
        Map<String, LocalDate> done = new HashMap<>(Map.of(
                "DECISION_POLITICAL", LocalDate.of(2026, 1, 10),
                "DECISION_AGREEMENT", LocalDate.of(2026, 2, 20),
                "TEAM_LEAD", LocalDate.of(2026, 3, 10)));
        OnboardingProgress p = OnboardingProgress.of(PLAN, START, done, LocalDate.of(2026, 4, 1));
        OnboardingProgress.StageProgress team = p.stages().get(1);
        assertThat(team.done()).isEqualTo(1);
        assertThat(team.proportion()).isEqualTo(1.0 / 3);
        assertThat(team.durationDays()).isEqualTo(22L);
        assertThat(p.daysInCurrent()).isEqualTo(22L);
    }

    @Test
    @DisplayName("a stage completed in 81 days against 60 is flagged as slow")
    void completedSlowly() {
        Map<String, LocalDate> done =
                Map.of("DECISION_POLITICAL", LocalDate.of(2026, 1, 10), "DECISION_AGREEMENT", LocalDate.of(2026, 4, 1));
        OnboardingProgress p = OnboardingProgress.of(PLAN, START, done, LocalDate.of(2026, 4, 2));
        assertThat(p.stages().get(0).durationDays()).isEqualTo(81L);
        assertThat(p.stages().get(0).overdue()).isTrue();
    }

    @Test
    @DisplayName("dates refused: in the future, before the start, before an earlier activity of the stage or after a"
            + " later one, an unknown activity; the first approved self-assessment is the Hub's to record, not a"
            + " person's")
    void refusals() {
        Map<String, LocalDate> done = Map.of("TEAM_LEAD", LocalDate.of(2026, 3, 10));
        LocalDate today = LocalDate.of(2026, 4, 1);
        assertThat(OnboardingProgress.check(PLAN, START, done, "TEAM_CONSULTANTS", LocalDate.of(2026, 3, 5), today))
                .contains(OnboardingProgress.Refusal.OUT_OF_ORDER);
        assertThat(OnboardingProgress.check(PLAN, START, done, "TEAM_CONSULTANTS", LocalDate.of(2026, 3, 12), today))
                .isEmpty();
        assertThat(OnboardingProgress.check(
                        PLAN,
                        START,
                        Map.of("TEAM_CONSULTANTS", LocalDate.of(2026, 3, 5)),
                        "TEAM_LEAD",
                        LocalDate.of(2026, 3, 10),
                        today))
                .contains(OnboardingProgress.Refusal.OUT_OF_ORDER);
        assertThat(OnboardingProgress.check(PLAN, START, done, "TEAM_CONSULTANTS", LocalDate.of(2026, 4, 2), today))
                .contains(OnboardingProgress.Refusal.IN_THE_FUTURE);
        assertThat(OnboardingProgress.check(PLAN, START, done, "DECISION_POLITICAL", LocalDate.of(2025, 12, 31), today))
                .contains(OnboardingProgress.Refusal.BEFORE_START);
        assertThat(OnboardingProgress.check(PLAN, START, done, "NO_SUCH", LocalDate.of(2026, 3, 12), today))
                .contains(OnboardingProgress.Refusal.UNKNOWN_ACTIVITY);
        assertThat(OnboardingProgress.check(PLAN, START, done, "ASSESSMENT_APPROVED", LocalDate.of(2026, 3, 12), today))
                .contains(OnboardingProgress.Refusal.RECORDED_BY_HUB);
        assertThat(OnboardingProgress.checkDate(
                        PLAN, START, done, "ASSESSMENT_APPROVED", LocalDate.of(2026, 3, 12), today))
                .isEmpty();
    }

    @Test
    @DisplayName("every activity done: the plan is complete, no current stage, proportion 1")
    void complete() {
        Map<String, LocalDate> done = new HashMap<>();
        LocalDate d = LocalDate.of(2026, 1, 2);
        for (OnboardingPlan.Activity a : PLAN.activities()) {
            done.put(a.code(), d);
            d = d.plusDays(10);
        }
        OnboardingProgress p = OnboardingProgress.of(PLAN, START, done, d);
        assertThat(p.complete()).isTrue();
        assertThat(p.current()).isNull();
        assertThat(p.proportion()).isEqualTo(1.0);
    }
}
