package dk.nextwork.hub.application.assessment;

import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.domain.model.assessment.AssessmentState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An assessment as the pages and the API show it: its entries, and the scores fidelity-rules computed under its own
 * instrument version — live for a draft, as stored at submission for a submitted or approved report. {@code may}
 * says what the caller may do with it, so a page shows exactly what the API allows.
 *
 * <p>Read from outside the municipality (another municipality's staff, researchers), it is the report as published to
 * the network: scores and ratings, no evidence, justifications, supervisor comments or return reason, and every count
 * of young people under the instrument's small-number threshold left out of {@code keyFigures} and named in
 * {@code suppressedKeyFigures} (shown as "&lt; 5").
 */
public record AssessmentView(
        long id,
        String municipality,
        String municipalityName,
        String period,
        String instrument,
        String instrumentVersion,
        @Schema(implementation = AssessmentState.class) String state,
        String returnReason,
        Instant updatedAt,
        String updatedBy,
        Instant submittedAt,
        Instant approvedAt,
        long version,
        List<Item> items,
        Map<String, BigDecimal> keyFigures,
        List<String> suppressedKeyFigures,
        Scores scores,
        List<String> justificationRequired,
        Permissions may) {

    /** The same report with what another caller may do with it. */
    public AssessmentView with(Permissions permissions) {
        return permissions.equals(may)
                ? this
                : new AssessmentView(
                        id,
                        municipality,
                        municipalityName,
                        period,
                        instrument,
                        instrumentVersion,
                        state,
                        returnReason,
                        updatedAt,
                        updatedBy,
                        submittedAt,
                        approvedAt,
                        version,
                        items,
                        keyFigures,
                        suppressedKeyFigures,
                        scores,
                        justificationRequired,
                        permissions);
    }

    /** One item: the self-rating beside the rating the key figures imply, and the supervisor's view. */
    public record Item(
            String code,
            String section,
            Integer selfRating,
            String evidence,
            String justification,
            Integer impliedRating,
            Message impliedNotComputable,
            Integer supervisorRating,
            String supervisorComment) {}

    /**
     * Exact scores as fractions ("41/12"), with one-decimal values for display.
     *
     * @param scoredWith the instrument version that scored them, e.g. {@code nextwork-fidelity@1.0}
     * @param scoredAt when they were frozen (at submission); null for a draft, scored as it is now
     */
    public record Scores(
            String scoredWith,
            Instant scoredAt,
            List<Section> sections,
            String fidelity,
            Double fidelityValue,
            String band,
            Message fidelityNotComputable,
            List<String> actionPlanPrinciples,
            List<Requirement> actionPlan) {}

    /** One section's score, or why it has none. */
    public record Section(String code, String score, Double value, String band, Message notScored) {}

    /** A principle below the threshold: an approved report with it needs actions on its lowest items. */
    public record Requirement(String principle, String score, List<String> lowestItems) {}

    /**
     * What the caller may do with this report now.
     *
     * @param edit change ratings, evidence, key figures, and submit (its lead, while a draft or returned)
     * @param review rate, comment, return and approve (a supervisor, while submitted)
     */
    public record Permissions(boolean edit, boolean review) {
        public static final Permissions NONE = new Permissions(false, false);
    }

    /**
     * A report waiting for its municipality's own people, for the start page: a draft with how many of the
     * instrument's items still lack a self-rating, or a returned one with the supervisor's reason.
     */
    public record Unfinished(long id, String period, String state, String returnReason, int missing, int items) {}

    /** A line in the list of assessments; submittedAt is when it was last submitted, if ever. */
    public record Summary(
            long id,
            String municipality,
            String municipalityName,
            String period,
            @Schema(implementation = AssessmentState.class) String state,
            Instant submittedAt,
            long version,
            Permissions may) {}

    /** The item's entry, if the instrument has it. */
    public Optional<Item> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** A section's score, if the instrument has that section. */
    public Optional<Section> section(String code) {
        return scores.sections().stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
