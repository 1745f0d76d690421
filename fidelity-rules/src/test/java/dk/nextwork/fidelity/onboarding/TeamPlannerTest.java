package dk.nextwork.fidelity.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.InstrumentLoader;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The booklet's ramp-up and norms, worked out by hand from the booklet and instrument 1.0's data rules. */
class TeamPlannerTest {

    private static final Instrument V1 =
            InstrumentLoader.loadResource("dk/nextwork/fidelity/instruments/nextwork-fidelity-1.0.json");

    @Test
    @DisplayName("the booklet's rows: 3 × 15 = 45, 3 × 20 = 60, 4 × 20–22 = 80–88, 5 × 20–22 = 100–110")
    void bookletRows() {
        assertThat(TeamPlanner.BOOKLET)
                .extracting(r -> r.stage() + " " + r.consultants() + " × " + r.caseloadFrom() + "–" + r.caseloadTo()
                        + " = " + r.youthFrom() + "–" + r.youthTo())
                .containsExactly(
                        "START 3 × 15–15 = 45–45",
                        "ROUTINES 3 × 20–20 = 60–60",
                        "FOURTH_CONSULTANT 4 × 20–22 = 80–88",
                        "FIFTH_CONSULTANT 5 × 20–22 = 100–110");
    }

    @Test
    @DisplayName("the start, 3 × 15 with 0.5 psychologist: 45 young people, no warning; ST1, ST2 and ST4 imply 5")
    void start() {
        TeamPlanner.Plan plan = TeamPlanner.plan(V1, new BigDecimal("3"), 15, new BigDecimal("0.5"), null);
        assertThat(plan.capacity()).isEqualByComparingTo("45");
        assertThat(plan.stage()).isEqualTo("START");
        assertThat(plan.warnings()).isEmpty();
        // ST1: 45 / 3 = 15, "<= 22" → 5; ST2: 0.5 ">= 0.50" → 5; ST4: 45 / 45 = 1.00 ">= 1.00" → 5.
        assertThat(new int[] {plan.st1(), plan.st2(), plan.st4()}).containsExactly(5, 5, 5);
    }

    @Test
    @DisplayName("3 × 25 is over the norm: 75 young people, ST1 implies 4 (25 is '<= 25')")
    void overTheNorm() {
        TeamPlanner.Plan plan = TeamPlanner.plan(V1, new BigDecimal("3"), 25, new BigDecimal("1.0"), null);
        assertThat(plan.capacity()).isEqualByComparingTo("75");
        assertThat(plan.warnings()).containsExactly(TeamPlanner.Warning.CASELOAD_OVER_NORM);
        assertThat(plan.st1()).isEqualTo(4);
    }

    @Test
    @DisplayName("4 × 22 = 88 and 5 × 22 = 110, the fourth and fifth consultant's rows")
    void grown() {
        TeamPlanner.Plan four = TeamPlanner.plan(V1, new BigDecimal("4"), 22, new BigDecimal("1"), null);
        TeamPlanner.Plan five = TeamPlanner.plan(V1, new BigDecimal("5"), 22, new BigDecimal("1"), null);
        assertThat(four.capacity()).isEqualByComparingTo("88");
        assertThat(four.stage()).isEqualTo("FOURTH_CONSULTANT");
        assertThat(five.capacity()).isEqualByComparingTo("110");
        assertThat(five.stage()).isEqualTo("FIFTH_CONSULTANT");
        assertThat(four.warnings()).isEmpty();
    }

    @Test
    @DisplayName("50 referred to 3 × 15 with 0.3 psychologist: over capacity and below the psychologist norm;"
            + " ST1 50 / 3 = 16.7 → 5, ST2 0.3 → 3, ST4 50 / 45 → 5")
    void overCapacity() {
        TeamPlanner.Plan plan = TeamPlanner.plan(V1, new BigDecimal("3"), 15, new BigDecimal("0.3"), 50);
        assertThat(plan.warnings())
                .containsExactly(TeamPlanner.Warning.PSYCHOLOGIST_BELOW, TeamPlanner.Warning.REFERRALS_OVER_CAPACITY);
        assertThat(new int[] {plan.st1(), plan.st2(), plan.st4()}).containsExactly(5, 3, 5);
    }

    @Test
    @DisplayName("2.5 consultants × 15 hold 37 whole places: before the start, ST1 37 / 2.5 = 14.8 → 4")
    void beforeTheStart() {
        TeamPlanner.Plan plan = TeamPlanner.plan(V1, new BigDecimal("2.5"), 15, new BigDecimal("0.5"), null);
        assertThat(plan.stage()).isEqualTo("BEFORE_START");
        assertThat(plan.warnings()).containsExactly(TeamPlanner.Warning.FEWER_THAN_THREE_CONSULTANTS);
        assertThat(plan.referrals()).isEqualTo(37);
        assertThat(plan.st1()).isEqualTo(4);
        assertThat(plan.st4()).isEqualTo(5);
    }
}
