package dk.nextwork.fidelity.scoring;

import dk.nextwork.fidelity.Ratio;
import dk.nextwork.fidelity.instrument.Band;
import dk.nextwork.fidelity.instrument.Instrument;
import java.util.List;
import java.util.Optional;

/**
 * Everything scoring says about one assessment, always with the instrument version that scored it. Scores are exact;
 * round them only for display.
 *
 * @param fidelity the mean of the principle scores, or null when not computable
 * @param fidelityNotComputable why there is no fidelity score, or null
 * @param outcomeShare share of exits into job or education, or null when there were no exits or figures are missing
 */
public record AssessmentResult(
        Instrument instrument,
        List<SectionScore> sections,
        Ratio fidelity,
        Band fidelityBand,
        String fidelityNotComputable,
        List<ImpliedRating> impliedRatings,
        List<EvidenceFinding> evidenceFindings,
        List<ActionPlanRequirement> actionPlan,
        Ratio outcomeShare) {

    /** Which instrument and version scored this result, e.g. {@code nextwork-fidelity@1.0}. */
    public String scoredWith() {
        return instrument.key();
    }

    public Optional<Ratio> fidelityScore() {
        return Optional.ofNullable(fidelity);
    }

    public Optional<Ratio> fidelityPercent() {
        return fidelityScore().map(Scorer::percent);
    }

    public Optional<SectionScore> section(String code) {
        for (SectionScore section : sections) {
            if (section.section().code().equals(code)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }

    public Optional<ImpliedRating> implied(String itemCode) {
        for (ImpliedRating implied : impliedRatings) {
            if (implied.itemCode().equals(itemCode)) {
                return Optional.of(implied);
            }
        }
        return Optional.empty();
    }

    public boolean actionPlanRequired() {
        return !actionPlan.isEmpty();
    }
}
