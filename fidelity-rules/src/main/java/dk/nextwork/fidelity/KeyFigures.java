package dk.nextwork.fidelity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The key figures of one municipality and period by name, as an instrument version declares them: aggregate counts and
 * staffing. A figure not reported is absent, and every data rule that needs it is then "not computable"; it is never
 * taken as zero. Which names exist, their kinds and bounds are the instrument's ({@code KeyFigureDefinition}); here a
 * value is only required to be 0 or more.
 */
public final class KeyFigures {

    /** The one figure derived from the period's dates (days / 7, not rounded), never reported. */
    public static final String WEEKS_IN_PERIOD = "weeksInPeriod";

    private static final int DAYS_PER_WEEK = 7;

    /** Keyed by interned names, as data rules name them: a lookup finds its key by identity, not by comparing text. */
    private final Map<String, Ratio> values;

    private KeyFigures(Map<String, Ratio> values) {
        this.values = values;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<Ratio> get(String figure) {
        return Optional.ofNullable(values.get(figure));
    }

    /** The value, or null where it was not reported: for hot paths that check it themselves. */
    public Ratio valueOrNull(String figure) {
        return values.get(figure);
    }

    /** Builds key figures and rejects negative values, naming the figure. */
    public static final class Builder {

        private final Map<String, Ratio> values = new HashMap<>();

        private Builder() {}

        /** A whole, non-negative count such as {@code enrolledYouth}. */
        public Builder count(String figure, long value) {
            if (value < 0) {
                throw new FidelityInputException(
                        field(figure), "keyFigure.negative", "must be 0 or more, was " + value, value);
            }
            values.put(figure.intern(), Ratio.of(value));
            return this;
        }

        /** A non-negative decimal such as staffing in full-time equivalents, e.g. {@code 2.75}. */
        public Builder fte(String figure, BigDecimal value) {
            return set(figure, value);
        }

        /** Sets any reported figure from a decimal. */
        public Builder set(String figure, BigDecimal value) {
            Objects.requireNonNull(value, figure);
            if (value.signum() < 0) {
                throw new FidelityInputException(
                        field(figure), "keyFigure.negative", "must be 0 or more, was " + value, value);
            }
            values.put(figure.intern(), Ratio.of(value));
            return this;
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
            values.put(WEEKS_IN_PERIOD, Ratio.of(days, DAYS_PER_WEEK));
            return this;
        }

        /** Sets {@code weeksInPeriod} directly, for periods already measured in weeks. */
        public Builder weeks(Ratio weeks) {
            if (weeks.isNegative() || weeks.isZero()) {
                throw new FidelityInputException(
                        field(WEEKS_IN_PERIOD), "keyFigure.weeks", "must be more than 0, was " + weeks);
            }
            values.put(WEEKS_IN_PERIOD, weeks);
            return this;
        }

        public KeyFigures build() {
            return new KeyFigures(Map.copyOf(values));
        }

        private static String field(String figure) {
            return "keyFigures." + figure;
        }
    }
}
