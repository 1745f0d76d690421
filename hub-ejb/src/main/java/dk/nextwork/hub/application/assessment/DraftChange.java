package dk.nextwork.hub.application.assessment;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The lead's changes to a draft, with the version they were made against. Only what is sent changes: a rating of
 * null clears it, an empty text clears a text, a key figure of null removes it.
 */
public record DraftChange(
        @NotNull(message = "{hub.version.required}") Long version,
        Map<String, Integer> ratings,
        Map<String, String> evidence,
        Map<String, String> justifications,
        Map<String, BigDecimal> keyFigures) {

    public DraftChange {
        ratings = ratings == null ? Map.of() : ratings;
        evidence = evidence == null ? Map.of() : evidence;
        justifications = justifications == null ? Map.of() : justifications;
        keyFigures = keyFigures == null ? Map.of() : keyFigures;
    }
}
