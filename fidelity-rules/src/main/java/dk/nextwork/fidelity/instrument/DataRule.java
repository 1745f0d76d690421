package dk.nextwork.fidelity.instrument;

import dk.nextwork.fidelity.KeyFigures;
import dk.nextwork.fidelity.Ratio;
import java.util.List;
import java.util.Optional;

/**
 * Derives an implied rating from the period's key figures: the value {@code numerator / (denominator / divisor)} is
 * compared with each step in order, and the first step that holds gives the rating; if none holds, {@code otherwise}.
 * The numerator is one key figure or the sum of several; without a denominator the value is the numerator itself.
 *
 * @param numerators the key figures added up on top (one or more), by name
 * @param denominator the key figure below, or null
 */
public record DataRule(List<String> numerators, String denominator, long divisor, List<Step> steps, int otherwise) {

    /** One step of the rule, such as {@code >= 0.80 → 5}. */
    public record Step(Comparison comparison, Ratio threshold, int rating) {}

    public DataRule {
        numerators = List.copyOf(numerators);
        steps = List.copyOf(steps);
    }

    public Optional<String> denominatorFigure() {
        return Optional.ofNullable(denominator);
    }

    /** The implied rating for the figures, or why it cannot be computed. */
    public Implied apply(KeyFigures figures) {
        Ratio top = null;
        // Indexed, not for-each: this runs millions of times a second and an iterator would be garbage.
        for (int i = 0, n = numerators.size(); i < n; i++) {
            Ratio value = figures.valueOrNull(numerators.get(i));
            if (value == null) {
                return Implied.notComputable(numerators.get(i), false);
            }
            top = top == null ? value : top.plus(value);
        }
        long num = top.numerator();
        long den = top.denominator();
        if (denominator != null) {
            Ratio bottom = figures.valueOrNull(denominator);
            if (bottom == null) {
                return Implied.notComputable(denominator, false);
            }
            if (bottom.isZero()) {
                return Implied.notComputable(denominator, true);
            }
            // (num/den) * divisor / (b.num/b.den) = num * divisor * b.den / (den * b.num); figures are never negative
            num = Math.multiplyExact(Math.multiplyExact(num, divisor), bottom.denominator());
            den = Math.multiplyExact(den, bottom.numerator());
        }
        return new Implied(Ratio.of(num, den), rate(num, den), null, false);
    }

    /** The rating the steps give a value. */
    public int rate(Ratio value) {
        return rate(value.numerator(), value.denominator());
    }

    private int rate(long num, long den) {
        // Indexed, not for-each: this runs millions of times a second and an iterator would be garbage.
        for (int i = 0, n = steps.size(); i < n; i++) {
            Step step = steps.get(i);
            if (step.comparison().holds(num, den, step.threshold())) {
                return step.rating();
            }
        }
        return otherwise;
    }

    /**
     * What a data rule implies: the measured value and the rating, or the reason there is none.
     *
     * @param value the exact measured value, such as a caseload of 160/11
     * @param rating 1–5, or 0 when not computable
     * @param blockedBy the key figure that makes it not computable (not reported, or a denominator of 0), or null
     * @param blockedByZero whether that figure is a denominator of 0 (rather than not reported)
     */
    public record Implied(Ratio value, int rating, String blockedBy, boolean blockedByZero) {

        static Implied notComputable(String figure, boolean zero) {
            return new Implied(null, 0, figure, zero);
        }

        public boolean isComputable() {
            return blockedBy == null;
        }

        /** Why there is no rating, in English for logs and tests (pages say it by message key), or null. */
        public String notComputable() {
            return blockedBy == null ? null : blockedBy + (blockedByZero ? " is 0" : " is not reported");
        }
    }
}
