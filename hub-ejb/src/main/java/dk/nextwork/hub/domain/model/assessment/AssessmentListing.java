package dk.nextwork.hub.domain.model.assessment;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A line of a list of assessments, read straight from the database for the list (no ratings, no key figures), so a
 * list of hundreds of reports costs one query.
 */
public record AssessmentListing(
        long id,
        String municipality,
        String municipalityName,
        String period,
        AssessmentState state,
        Instant submittedAt,
        long version) {

    /** For JPQL constructor expressions, which deliver timestamps as {@link OffsetDateTime}. */
    public AssessmentListing(
            Long id,
            String municipality,
            String municipalityName,
            String period,
            AssessmentState state,
            OffsetDateTime submittedAt,
            Long version) {
        this(
                id,
                municipality,
                municipalityName,
                period,
                state,
                submittedAt == null ? null : submittedAt.toInstant(),
                version);
    }
}
