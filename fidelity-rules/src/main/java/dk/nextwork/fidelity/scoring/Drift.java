package dk.nextwork.fidelity.scoring;

import dk.nextwork.fidelity.Ratio;
import dk.nextwork.fidelity.instrument.RuleSettings;
import java.util.ArrayList;
import java.util.List;
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
        RuleSettings rules = current.instrument().rules();
        List<Alert> alerts = new ArrayList<>();
        for (SectionScore section : current.sections()) {
            if (!section.section().isPrinciple() || !section.isScored()) {
                continue;
            }
            Ratio before = previous == null
                    ? null
                    : previous.section(section.section().code())
                            .flatMap(SectionScore::value)
                            .orElse(null);
            alert(section.section().code(), before, section.score(), rules).ifPresent(alerts::add);
        }
        return alerts;
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
