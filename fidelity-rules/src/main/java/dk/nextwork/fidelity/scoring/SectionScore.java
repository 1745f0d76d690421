package dk.nextwork.fidelity.scoring;

import dk.nextwork.fidelity.Ratio;
import dk.nextwork.fidelity.instrument.Band;
import dk.nextwork.fidelity.instrument.Section;
import java.util.Optional;

/**
 * A section's score: the exact mean of its rated items, or the reason it has none.
 *
 * @param rated items rated 1–5
 * @param cannotBeAssessed items marked 9
 * @param notRated items without a rating yet
 */
public record SectionScore(
        Section section, Ratio score, Band band, String notScored, int rated, int cannotBeAssessed, int notRated) {

    public Optional<Ratio> value() {
        return Optional.ofNullable(score);
    }

    public boolean isScored() {
        return score != null;
    }

    /** {@code (score − 1) / 4 × 100}, exact. */
    public Optional<Ratio> percent() {
        return value().map(Scorer::percent);
    }
}
