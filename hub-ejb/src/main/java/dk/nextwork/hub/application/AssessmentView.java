package dk.nextwork.hub.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An assessment as the pages and the API show it, with the scores fidelity-rules computes for it under its own
 * instrument version.
 */
public record AssessmentView(
        long id,
        String municipality,
        String municipalityName,
        String period,
        String instrument,
        String instrumentVersion,
        String state,
        String returnReason,
        Instant updatedAt,
        String updatedBy,
        Instant submittedAt,
        Instant approvedAt,
        long version,
        List<Item> items,
        Map<String, BigDecimal> keyFigures,
        Scores scores,
        List<String> justificationRequired) {

    /** One item: the self-rating beside the rating the key figures imply, and the supervisor's view. */
    public record Item(
            String code,
            String section,
            Integer selfRating,
            String evidence,
            String justification,
            Integer impliedRating,
            String impliedNotComputable,
            Integer supervisorRating,
            String supervisorComment) {}

    /** Exact scores as fractions ("41/12"), with one-decimal values for display. */
    public record Scores(
            String scoredWith,
            List<Section> sections,
            String fidelity,
            Double fidelityValue,
            String band,
            String fidelityNotComputable,
            List<String> actionPlanPrinciples) {}

    /** One section's score, or why it has none. */
    public record Section(String code, String score, Double value, String band, String notScored) {}

    /** A line in the list of assessments; submittedAt is when it was last submitted, if ever. */
    public record Summary(
            long id,
            String municipality,
            String municipalityName,
            String period,
            String state,
            Instant submittedAt,
            long version) {}

    /** The item's entry, if the instrument has it. */
    public Optional<Item> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** A section's score, if the instrument has that section. */
    public Optional<Section> section(String code) {
        return scores.sections().stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
