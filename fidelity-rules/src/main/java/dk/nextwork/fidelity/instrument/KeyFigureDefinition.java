package dk.nextwork.fidelity.instrument;

import dk.nextwork.fidelity.Text;
import java.math.BigDecimal;

/**
 * A key figure as an instrument version declares it: the name used in data rules, the API and the database, its
 * label in Danish and English, whether it is a whole number, a decimal or derived from the period, and its bounds
 * (from 0 up to {@code maximum}; derived figures have none). Aggregate counts and staffing only, never anything about one
 * young person.
 *
 * @param decimals the most decimals a decimal figure takes (0 for whole and derived figures)
 * @param countsYoungPeople whether it counts young people, so a count under the small-number threshold is suppressed
 *     wherever another municipality or the network sees it (meetings, companies, places and staffing are not)
 */
public record KeyFigureDefinition(
        String code, Text label, Kind kind, BigDecimal maximum, int decimals, boolean countsYoungPeople) {

    /** The longest name a figure may have: the database's column for it holds 40 characters. */
    public static final int MAX_CODE_LENGTH = 40;

    /** Whole numbers (counts), decimals (staffing in full-time equivalents), or derived from the period's dates. */
    public enum Kind {
        WHOLE,
        DECIMAL,
        DERIVED
    }

    /** Whether a municipality reports it (a derived figure comes from the period). */
    public boolean isReported() {
        return kind != Kind.DERIVED;
    }
}
