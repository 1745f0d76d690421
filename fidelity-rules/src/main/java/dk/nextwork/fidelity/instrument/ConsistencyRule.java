package dk.nextwork.fidelity.instrument;

import java.util.List;

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
}
