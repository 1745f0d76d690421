package dk.nextwork.hub.domain.model.assessment;

import java.util.Set;

/**
 * A municipality's report that waits for its own people (a draft, or one the supervisor returned), read straight
 * from the database for the start page's tasks: the items rated so far by their codes, not the ratings.
 */
public record UnfinishedAssessment(
        long id,
        String period,
        AssessmentState state,
        String returnReason,
        String instrumentId,
        String instrumentVersion,
        Set<String> rated) {

    public UnfinishedAssessment {
        rated = Set.copyOf(rated);
    }
}
