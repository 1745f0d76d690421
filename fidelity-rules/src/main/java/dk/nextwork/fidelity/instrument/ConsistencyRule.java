package dk.nextwork.fidelity.instrument;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A rule between a report's key figures: the figures listed, added up, are at most another figure, e.g. internships
 * with goals agreed before the start at most the internships started. Checked once the limit is reported, against the
 * left side's figures reported so far; a broken rule is a field error naming the figures on both sides.
 *
 * @param figures the figures added up on the left (one or more)
 * @param atMost the figure they may not exceed
 */
public record ConsistencyRule(List<String> figures, String atMost) {

    public ConsistencyRule {
        figures = List.copyOf(figures);
    }

    /** The sum of the left side's figures that are reported, or null where none is. */
    public BigDecimal sum(Map<String, BigDecimal> reported) {
        BigDecimal sum = null;
        for (String figure : figures) {
            BigDecimal value = reported.get(figure);
            if (value != null) {
                sum = sum == null ? value : sum.add(value);
            }
        }
        return sum;
    }

    /**
     * Whether the reported figures break it: the limit reported and the left side's reported figures already above it
     * (figures are never negative, so the ones still missing cannot bring the sum back under).
     */
    public boolean brokenBy(Map<String, BigDecimal> reported) {
        BigDecimal sum = sum(reported);
        BigDecimal limit = reported.get(atMost);
        return sum != null && limit != null && sum.compareTo(limit) > 0;
    }
}
