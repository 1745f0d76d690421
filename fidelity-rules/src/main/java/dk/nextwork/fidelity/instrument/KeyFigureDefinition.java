package dk.nextwork.fidelity.instrument;

import dk.nextwork.fidelity.FidelityInputException;
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

    /**
     * Checks a reported value against the declaration: from 0 to the maximum, whole or with at most its decimals.
     *
     * @throws FidelityInputException naming {@code keyFigures.<code>} and what is wrong
     */
    public void check(BigDecimal value) {
        String field = "keyFigures." + code;
        if (!isReported()) {
            throw new FidelityInputException(
                    field, "keyFigure.derived", "is derived from the period and cannot be set");
        }
        if (value.signum() < 0) {
            throw new FidelityInputException(field, "keyFigure.negative", "must be 0 or more, was " + value, value);
        }
        int scale = value.stripTrailingZeros().scale();
        if (kind == Kind.WHOLE && scale > 0) {
            throw new FidelityInputException(field, "keyFigure.whole", "must be a whole number, was " + value, value);
        }
        // Compared as decimals: 1E+30 is refused as too large, never wrapped into a wrong number.
        if (value.compareTo(maximum) > 0) {
            throw new FidelityInputException(
                    field, "keyFigure.tooLarge", "at most " + maximum.toPlainString() + ", was " + value, maximum);
        }
        if (scale > decimals) {
            throw new FidelityInputException(
                    field,
                    // The loader allows one or two decimals.
                    decimals == 1 ? "keyFigure.oneDecimal" : "keyFigure.decimals",
                    "at most " + decimals + " decimals, was " + value,
                    value);
        }
    }
}
