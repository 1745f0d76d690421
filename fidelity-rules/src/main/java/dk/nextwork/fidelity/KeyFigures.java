package dk.nextwork.fidelity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The key figures of one municipality and period: aggregate counts and staffing. A figure not reported is absent, and
 * every data rule that needs it is then "not computable"; it is never taken as zero.
 */
public final class KeyFigures {

    private static final int DAYS_PER_WEEK = 7;

    /** The largest count a municipality can report for a half-year: far beyond any team, well within storage. */
    public static final long MAX_COUNT = 1_000_000;

    /** The largest staffing figure in full-time equivalents. */
    public static final BigDecimal MAX_FTE = new BigDecimal("10000");

    private final Ratio[] values;

    private KeyFigures(Ratio[] values) {
        this.values = values;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<Ratio> get(KeyFigure figure) {
        return Optional.ofNullable(values[figure.ordinal()]);
    }

    /** The value, or null where it was not reported: for hot paths that check it themselves. */
    public Ratio valueOrNull(KeyFigure figure) {
        return values[figure.ordinal()];
    }

    /** Builds key figures and rejects impossible values, naming the figure. */
    public static final class Builder {

        private final Ratio[] values = new Ratio[KeyFigure.count()];

        private Builder() {}

        /** A whole, non-negative count such as {@code enrolledYouth}. */
        public Builder count(KeyFigure figure, long value) {
            requireKind(figure, KeyFigure.Kind.COUNT);
            if (value < 0) {
                throw new FidelityInputException(
                        field(figure), "keyFigure.negative", "must be 0 or more, was " + value, value);
            }
            if (value > MAX_COUNT) {
                throw new FidelityInputException(
                        field(figure), "keyFigure.tooLarge", "at most " + MAX_COUNT + ", was " + value, MAX_COUNT);
            }
            values[figure.ordinal()] = Ratio.of(value);
            return this;
        }

        /** A staffing figure in full-time equivalents, at most two decimals, e.g. {@code 2.75}. */
        public Builder fte(KeyFigure figure, BigDecimal value) {
            requireKind(figure, KeyFigure.Kind.FTE);
            Objects.requireNonNull(value, figure.code());
            if (value.signum() < 0) {
                throw new FidelityInputException(
                        field(figure), "keyFigure.negative", "must be 0 or more, was " + value, value);
            }
            if (value.compareTo(MAX_FTE) > 0) {
                throw new FidelityInputException(
                        field(figure), "keyFigure.tooLarge", "at most " + MAX_FTE + ", was " + value, MAX_FTE);
            }
            if (value.stripTrailingZeros().scale() > 2) {
                throw new FidelityInputException(
                        field(figure), "keyFigure.decimals", "at most two decimals, was " + value, value);
            }
            values[figure.ordinal()] = Ratio.of(value);
            return this;
        }

        /** Sets any reported figure from a decimal, checking it as {@link #count} or {@link #fte} would. */
        public Builder set(KeyFigure figure, BigDecimal value) {
            if (figure.kind() == KeyFigure.Kind.FTE) {
                return fte(figure, value);
            }
            if (figure.kind() == KeyFigure.Kind.COUNT) {
                if (value.stripTrailingZeros().scale() > 0) {
                    throw new FidelityInputException(
                            field(figure), "keyFigure.whole", "must be a whole number, was " + value, value);
                }
                // Compared as decimals first: 1E+30 is refused as too large, never wrapped into a wrong long.
                if (value.compareTo(BigDecimal.valueOf(MAX_COUNT)) > 0) {
                    throw new FidelityInputException(
                            field(figure), "keyFigure.tooLarge", "at most " + MAX_COUNT + ", was " + value, MAX_COUNT);
                }
                return count(figure, value.longValueExact());
            }
            throw new FidelityInputException(
                    field(figure), "keyFigure.derived", "is derived from the period and cannot be set");
        }

        /**
         * Derives {@code weeksInPeriod} from the period's first and last day, both included: days / 7, not rounded.
         */
        public Builder period(LocalDate firstDay, LocalDate lastDay) {
            if (lastDay.isBefore(firstDay)) {
                throw new FidelityInputException(
                        "period", "period.order", "ends (" + lastDay + ") before it starts (" + firstDay + ")");
            }
            long days = ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
            values[KeyFigure.WEEKS_IN_PERIOD.ordinal()] = Ratio.of(days, DAYS_PER_WEEK);
            return this;
        }

        /** Sets {@code weeksInPeriod} directly, for periods already measured in weeks. */
        public Builder weeks(Ratio weeks) {
            if (weeks.isNegative() || weeks.isZero()) {
                throw new FidelityInputException(
                        field(KeyFigure.WEEKS_IN_PERIOD), "keyFigure.weeks", "must be more than 0, was " + weeks);
            }
            values[KeyFigure.WEEKS_IN_PERIOD.ordinal()] = weeks;
            return this;
        }

        public KeyFigures build() {
            return new KeyFigures(values.clone());
        }

        private static void requireKind(KeyFigure figure, KeyFigure.Kind kind) {
            if (figure.kind() != kind) {
                throw new FidelityInputException(
                        field(figure),
                        "keyFigure.kind",
                        "is not a " + kind.name().toLowerCase() + " figure");
            }
        }

        private static String field(KeyFigure figure) {
            return "keyFigures." + figure.code();
        }
    }
}
