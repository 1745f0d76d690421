package dk.nextwork.fidelity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The key figures a municipality reports for a period: aggregate counts and staffing only, never anything about an
 * individual young person. {@link #WEEKS_IN_PERIOD} is derived from the period's dates.
 */
public enum KeyFigure {
    ENROLLED_YOUTH("enrolledYouth", Kind.COUNT),
    PLANNED_PLACES("plannedPlaces", Kind.COUNT),
    CONSULTANT_FTE("consultantFte", Kind.FTE),
    PSYCHOLOGIST_FTE("psychologistFte", Kind.FTE),
    NEW_ENROLMENTS("newEnrolments", Kind.COUNT),
    EXITS_TO_JOB("exitsToJob", Kind.COUNT),
    EXITS_TO_EDUCATION("exitsToEducation", Kind.COUNT),
    EXITS_OTHER("exitsOther", Kind.COUNT),
    RETURNERS("returners", Kind.COUNT),
    INTERNSHIPS_STARTED("internshipsStarted", Kind.COUNT),
    INTERNSHIPS_CHOSEN_BY_YOUTH("internshipsChosenByYouth", Kind.COUNT),
    INTERNSHIPS_ENDED_EARLY("internshipsEndedEarly", Kind.COUNT),
    YOUTH_IN_INTERNSHIP("youthInInternship", Kind.COUNT),
    YOUTH_NETWORK_MEETINGS_HELD("youthNetworkMeetingsHeld", Kind.COUNT),
    EVENTS_HELD("eventsHeld", Kind.COUNT),
    COMPANY_NETWORK_MEETINGS_HELD("companyNetworkMeetingsHeld", Kind.COUNT),
    ACTIVE_COMPANIES("activeCompanies", Kind.COUNT),
    WEEKS_IN_PERIOD("weeksInPeriod", Kind.DERIVED);

    /** Counts are whole numbers, FTE has at most two decimals, derived figures come from the period. */
    public enum Kind {
        COUNT,
        FTE,
        DERIVED
    }

    private static final KeyFigure[] VALUES = values();

    private final String code;
    private final Kind kind;

    KeyFigure(String code, Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    /** The name used in instrument files, the API and the database, e.g. {@code enrolledYouth}. */
    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    public static Optional<KeyFigure> byCode(String code) {
        return Arrays.stream(VALUES).filter(f -> f.code.equals(code)).findFirst();
    }

    static int count() {
        return VALUES.length;
    }
}
