package dk.nextwork.fidelity.onboarding;

import dk.nextwork.fidelity.KeyFigures;
import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.Item;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The team and caseload planner for a municipality starting NExTWORK, after the booklet: start with 3 youth
 * consultants at 15 young people each, raise to 20 when routines are in place, then add a consultant (3 × 15–20 =
 * 45–60 young people; 4 × 20–22 = 80–88; 5 × 20–22 = 100–110), with 0.5–1 psychologist FTE and a caseload within the
 * norm 15–22. What the plan implies for the instrument's items ST1 (caseload), ST2 (psychologist) and ST4 (referrals
 * against planned places) is the instrument's own data rules applied to it.
 */
public final class TeamPlanner {

    /** The norm for young people per consultant. */
    public static final int CASELOAD_FROM = 15;

    public static final int CASELOAD_TO = 22;

    /** The booklet's psychologist FTE. */
    public static final BigDecimal PSYCHOLOGIST_FROM = new BigDecimal("0.5");

    /** A row of the booklet's ramp-up: consultants × caseload from–to = young people from–to. */
    public record Row(String stage, int consultants, int caseloadFrom, int caseloadTo) {

        public int youthFrom() {
            return consultants * caseloadFrom;
        }

        public int youthTo() {
            return consultants * caseloadTo;
        }
    }

    /** The booklet's ramp-up, in order. */
    public static final List<Row> BOOKLET = List.of(
            new Row("START", 3, 15, 15),
            new Row("ROUTINES", 3, 20, 20),
            new Row("FOURTH_CONSULTANT", 4, 20, 22),
            new Row("FIFTH_CONSULTANT", 5, 20, 22));

    /** What the planner warns of. */
    public enum Warning {
        FEWER_THAN_THREE_CONSULTANTS,
        CASELOAD_OVER_NORM,
        CASELOAD_UNDER_NORM,
        PSYCHOLOGIST_BELOW,
        REFERRALS_OVER_CAPACITY
    }

    /**
     * A plan worked out.
     *
     * @param capacity consultants × caseload, the young people the team can hold
     * @param stage the booklet row the plan matches best ("START" … "FIFTH_CONSULTANT"), or "BEFORE_START" with
     *     fewer than three consultants
     * @param st1 the rating the instrument's ST1 implies for the caseload (0: not computable)
     * @param st2 the rating ST2 implies for the psychologist FTE
     * @param st4 the rating ST4 implies for the referrals against the planned places (the capacity)
     */
    public record Plan(
            BigDecimal consultants,
            int caseload,
            BigDecimal psychologistFte,
            int referrals,
            BigDecimal capacity,
            String stage,
            List<Warning> warnings,
            int st1,
            int st2,
            int st4) {}

    private TeamPlanner() {}

    /**
     * Works out a plan.
     *
     * @param referrals the young people expected to be referred; null: as many as the capacity
     */
    public static Plan plan(
            Instrument instrument,
            BigDecimal consultants,
            int caseload,
            BigDecimal psychologistFte,
            Integer referrals) {
        BigDecimal capacity = consultants.multiply(BigDecimal.valueOf(caseload));
        int youth = referrals != null ? referrals : capacity.intValue();
        List<Warning> warnings = new ArrayList<>();
        if (consultants.compareTo(BigDecimal.valueOf(3)) < 0) {
            warnings.add(Warning.FEWER_THAN_THREE_CONSULTANTS);
        }
        if (caseload > CASELOAD_TO) {
            warnings.add(Warning.CASELOAD_OVER_NORM);
        } else if (caseload < CASELOAD_FROM) {
            warnings.add(Warning.CASELOAD_UNDER_NORM);
        }
        if (psychologistFte.compareTo(PSYCHOLOGIST_FROM) < 0) {
            warnings.add(Warning.PSYCHOLOGIST_BELOW);
        }
        if (BigDecimal.valueOf(youth).compareTo(capacity) > 0) {
            warnings.add(Warning.REFERRALS_OVER_CAPACITY);
        }
        String stage;
        if (consultants.compareTo(BigDecimal.valueOf(3)) < 0) {
            stage = "BEFORE_START";
        } else if (consultants.compareTo(BigDecimal.valueOf(4)) < 0) {
            stage = caseload <= 15 ? "START" : "ROUTINES";
        } else if (consultants.compareTo(BigDecimal.valueOf(5)) < 0) {
            stage = "FOURTH_CONSULTANT";
        } else {
            stage = "FIFTH_CONSULTANT";
        }
        // Whole planned places: capacity rounded down (half a consultant at 15 holds 7 young people, not 7.5).
        long places = capacity.setScale(0, java.math.RoundingMode.DOWN).longValueExact();
        KeyFigures figures = KeyFigures.builder()
                .count("enrolledYouth", youth)
                .count("plannedPlaces", places)
                .fte("consultantFte", consultants)
                .fte("psychologistFte", psychologistFte)
                .build();
        return new Plan(
                consultants,
                caseload,
                psychologistFte,
                youth,
                capacity,
                stage,
                List.copyOf(warnings),
                implied(instrument, "ST1", figures),
                implied(instrument, "ST2", figures),
                implied(instrument, "ST4", figures));
    }

    private static int implied(Instrument instrument, String item, KeyFigures figures) {
        return instrument
                .item(item)
                .map(Item::rule)
                .filter(java.util.Objects::nonNull)
                .map(rule -> rule.apply(figures).rating())
                .orElse(0);
    }
}
