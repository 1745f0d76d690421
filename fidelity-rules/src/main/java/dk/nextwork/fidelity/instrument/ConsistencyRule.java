package dk.nextwork.fidelity.instrument;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A rule between a report's key figures: the figures listed, added up, are at most another figure, e.g. internships
 * with goals agreed before the start at most the internships started. Checked only where every figure it names is
 * reported; a broken rule is a field error naming the figures on both sides.
 *
 * @param figures the figures added up on the left (one or more)
 * @param atMost the figure they may not exceed
 */
public record ConsistencyRule(List<String> figures, String atMost) {

    public ConsistencyRule {
        figures = List.copyOf(figures);
    }

    /** The left side's sum, or null where one of its figures is not reported. */
    public BigDecimal sum(Map<String, BigDecimal> reported) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String figure : figures) {
            BigDecimal value = reported.get(figure);
            if (value == null) {
                return null;
            }
            sum = sum.add(value);
        }
        return sum;
    }

    /** Whether the reported figures break it: every figure it names reported, and the sum above the limit. */
    public boolean brokenBy(Map<String, BigDecimal> reported) {
        BigDecimal sum = sum(reported);
        BigDecimal limit = reported.get(atMost);
        return sum != null && limit != null && sum.compareTo(limit) > 0;
    }
}
