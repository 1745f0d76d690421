package dk.nextwork.fidelity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The key figures a municipality reports for a period: aggregate counts and staffing only, never anything about an
 * individual young person. {@link #WEEKS_IN_PERIOD} is derived from the period's dates.
 */
public enum KeyFigure {
    ENROLLED_YOUTH("enrolledYouth", Kind.COUNT, true),
    PLANNED_PLACES("plannedPlaces", Kind.COUNT, false),
    CONSULTANT_FTE("consultantFte", Kind.FTE, false),
    PSYCHOLOGIST_FTE("psychologistFte", Kind.FTE, false),
    NEW_ENROLMENTS("newEnrolments", Kind.COUNT, true),
    EXITS_TO_JOB("exitsToJob", Kind.COUNT, true),
    EXITS_TO_EDUCATION("exitsToEducation", Kind.COUNT, true),
    EXITS_OTHER("exitsOther", Kind.COUNT, true),
    RETURNERS("returners", Kind.COUNT, true),
    INTERNSHIPS_STARTED("internshipsStarted", Kind.COUNT, true),
    INTERNSHIPS_CHOSEN_BY_YOUTH("internshipsChosenByYouth", Kind.COUNT, true),
    INTERNSHIPS_ENDED_EARLY("internshipsEndedEarly", Kind.COUNT, true),
    YOUTH_IN_INTERNSHIP("youthInInternship", Kind.COUNT, true),
    YOUTH_NETWORK_MEETINGS_HELD("youthNetworkMeetingsHeld", Kind.COUNT, false),
    EVENTS_HELD("eventsHeld", Kind.COUNT, false),
    COMPANY_NETWORK_MEETINGS_HELD("companyNetworkMeetingsHeld", Kind.COUNT, false),
    ACTIVE_COMPANIES("activeCompanies", Kind.COUNT, false),
    WEEKS_IN_PERIOD("weeksInPeriod", Kind.DERIVED, false);

    /** Counts are whole numbers, FTE has at most two decimals, derived figures come from the period. */
    public enum Kind {
        COUNT,
        FTE,
        DERIVED
    }

    private static final KeyFigure[] VALUES = values();

    private final String code;
    private final Kind kind;
    private final boolean countsYoungPeople;

    KeyFigure(String code, Kind kind, boolean countsYoungPeople) {
        this.code = code;
        this.kind = kind;
        this.countsYoungPeople = countsYoungPeople;
    }

    /**
     * Whether the figure counts young people (enrolled, in an internship, leaving, returning…): such a count under the
     * instrument's small-number threshold is suppressed wherever another municipality or the network sees it. Counts of
     * meetings, events and companies, places and staffing are not about young people.
     */
    public boolean countsYoungPeople() {
        return countsYoungPeople;
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
