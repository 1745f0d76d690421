package dk.nextwork.fidelity.scoring;

import dk.nextwork.fidelity.Ratio;
import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.RuleSettings;
import dk.nextwork.fidelity.instrument.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Drift between a municipality's previous approved report and the current one: a principle that drops by the
 * instrument's drift threshold or more, or falls below the low-principle threshold, raises an alert for its supervisor.
 * Principles are matched by section code, so reports filed under different instrument versions can be compared.
 */
public final class Drift {

    /** Why a principle raised an alert; both can hold at once. */
    public record Alert(String sectionCode, Ratio previous, Ratio current, boolean dropped, boolean belowThreshold) {

        /** How much the score fell (positive) or rose (negative); null without a previous score. */
        public Ratio drop() {
            return previous == null ? null : previous.minus(current);
        }
    }

    private Drift() {}

    /** The alerts the current result raises; {@code previous} may be null for a first report. */
    public static List<Alert> alerts(AssessmentResult previous, AssessmentResult current) {
        return alerts(current.instrument(), previous == null ? Map.of() : scores(previous), scores(current));
    }

    /**
     * The alerts between two approved reports from their scores as stored with them, by section code (a section
     * without a score is absent or null): each principle (and quality section, as 2.0's Praktikkvalitet) of the current
     * report's instrument that has a score now, in the instrument's order. {@code previous} is empty for a first report.
     */
    public static List<Alert> alerts(Instrument current, Map<String, Ratio> previous, Map<String, Ratio> now) {
        List<Alert> alerts = new ArrayList<>();
        for (Section section : current.sections()) {
            if (!section.followsDrift()) {
                continue;
            }
            Ratio score = now.get(section.code());
            if (score != null) {
                alert(section.code(), previous.get(section.code()), score, current.rules())
                        .ifPresent(alerts::add);
            }
        }
        return alerts;
    }

    private static Map<String, Ratio> scores(AssessmentResult result) {
        Map<String, Ratio> scores = new HashMap<>();
        result.sections().stream()
                .filter(SectionScore::isScored)
                .forEach(s -> scores.put(s.section().code(), s.score()));
        return scores;
    }

    /**
     * The alert for one principle from its scores in two approved reports, as stored with them; {@code previous} may be
     * null for a first report.
     */
    public static Optional<Alert> alert(String sectionCode, Ratio previous, Ratio current, RuleSettings rules) {
        boolean dropped = previous != null && previous.minus(current).isAtLeast(rules.driftDrop());
        boolean below = current.isBelow(rules.lowPrincipleBelow());
        return dropped || below
                ? Optional.of(new Alert(sectionCode, previous, current, dropped, below))
                : Optional.empty();
    }

    /** The alert for one principle, if any. */
    public static Optional<Alert> alert(AssessmentResult previous, AssessmentResult current, String sectionCode) {
        return alerts(previous, current).stream()
                .filter(a -> a.sectionCode().equals(sectionCode))
                .findFirst();
    }
}
