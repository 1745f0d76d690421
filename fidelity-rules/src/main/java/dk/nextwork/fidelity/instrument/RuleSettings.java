package dk.nextwork.fidelity.instrument;

import dk.nextwork.fidelity.Ratio;

/**
 * The thresholds of the rules the Hub applies, part of the instrument's data so a new version can change them.
 *
 * @param evidenceGap a self-rating this far from the implied rating needs a justification
 * @param lowPrincipleBelow a principle below this in an approved report needs an action plan; also the drift floor
 * @param driftDrop a principle dropping this much or more from the previous approved report raises an alert
 * @param calibrationGap a supervisor rating this far from the self-rating is a calibration gap
 * @param smallNumberBelow key-figure cells below this are suppressed in views across municipalities
 * @param maxUnassessablePerSection more items than this marked 9 leaves the section without a score
 */
public record RuleSettings(
        int evidenceGap,
        Ratio lowPrincipleBelow,
        Ratio driftDrop,
        int calibrationGap,
        int smallNumberBelow,
        int maxUnassessablePerSection) {}
