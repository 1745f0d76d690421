package dk.nextwork.hub.application.assessment;

import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * The supervisor's ratings and comments on a submitted report, with the version they were made against. Only what is
 * sent changes: a rating of null clears it, an empty comment clears it.
 */
public record ReviewChange(
        @NotNull(message = "{hub.version.required}") Long version,
        Map<String, Integer> ratings,
        Map<String, String> comments) {

    public ReviewChange {
        ratings = ratings == null ? Map.of() : ratings;
        comments = comments == null ? Map.of() : comments;
    }
}
