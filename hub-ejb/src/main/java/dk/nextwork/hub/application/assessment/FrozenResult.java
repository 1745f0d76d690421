package dk.nextwork.hub.application.assessment;

import dk.nextwork.fidelity.Ratio;
import dk.nextwork.fidelity.scoring.AssessmentResult;
import dk.nextwork.fidelity.scoring.ImpliedRating;
import dk.nextwork.fidelity.scoring.SectionScore;
import dk.nextwork.hub.application.common.Json;
import jakarta.json.bind.JsonbException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A scoring result as it is stored with a report (public only so that JSON-B can read and write it) when it is submitted: exact fractions, counts and codes only (no
 * words, which belong to the page's language), and the instrument version that scored it. A submitted or approved
 * report is shown, exported and compared from this, never scored again, so a later change to the rules code cannot
 * change a report anyone has seen. A draft's live result takes the same shape, so both are shown the same way.
 *
 * @param scoredAt when it was frozen, or null for a live result
 * @param fidelityBlockedBy the principle without a score that leaves the fidelity score not computable, or null
 */
public record FrozenResult(
        int format,
        String scoredWith,
        Instant scoredAt,
        List<Section> sections,
        String fidelity,
        String band,
        String fidelityBlockedBy,
        List<Requirement> actionPlan,
        List<Implied> implied,
        List<String> evidenceFindings) {

    /** The stored format; earlier reports stored display values only, and are scored live until re-frozen. */
    static final int FORMAT = 2;

    private static final Logger LOG = Logger.getLogger(FrozenResult.class.getName());

    /** A section's exact score (or none) and the counts that say why. */
    public record Section(String code, String score, String band, int rated, int cannotBeAssessed, int notRated) {}

    /** A principle below the action-plan threshold and its lowest items. */
    public record Requirement(String section, String score, List<String> lowestItems) {}

    /** What an item's data rule implied: the rating and exact value, or the key figure that blocked it. */
    public record Implied(String item, Integer rating, String value, String blockedBy, boolean blockedByZero) {}

    public static FrozenResult of(AssessmentResult result, Instant scoredAt) {
        return new FrozenResult(
                FORMAT,
                result.scoredWith(),
                scoredAt,
                result.sections().stream().map(FrozenResult::section).toList(),
                fraction(result.fidelity()),
                result.fidelityBand() == null ? null : result.fidelityBand().code(),
                result.sections().stream()
                        .filter(s -> s.section().isPrinciple() && !s.isScored())
                        .map(s -> s.section().code())
                        .findFirst()
                        .orElse(null),
                result.actionPlan().stream()
                        .map(r -> new Requirement(r.sectionCode(), fraction(r.score()), r.lowestItems()))
                        .toList(),
                result.impliedRatings().stream().map(FrozenResult::implied).toList(),
                result.evidenceFindings().stream().map(f -> f.itemCode()).toList());
    }

    private static Section section(SectionScore s) {
        return new Section(
                s.section().code(),
                fraction(s.score()),
                s.band() == null ? null : s.band().code(),
                s.rated(),
                s.cannotBeAssessed(),
                s.notRated());
    }

    private static Implied implied(ImpliedRating i) {
        var implied = i.implied();
        return new Implied(
                i.itemCode(),
                implied.isComputable() ? implied.rating() : null,
                fraction(implied.value()),
                implied.isComputable() ? null : implied.blockedBy(),
                implied.blockedByZero());
    }

    private static String fraction(Ratio r) {
        return r == null ? null : r.toString();
    }

    public String json() {
        return Json.of(this);
    }

    /** The stored result, or empty for a report never submitted or stored before results were frozen whole. */
    static Optional<FrozenResult> parse(String json, Long assessment) {
        if (json == null || !json.contains("\"format\":" + FORMAT)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.read(json, FrozenResult.class));
        } catch (JsonbException e) {
            LOG.warning(() -> "Stored result of assessment " + assessment + " cannot be read; scoring it live: " + e);
            return Optional.empty();
        }
    }

    Optional<Section> section(String code) {
        return sections.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /**
     * Each section's exact score as frozen (a section without a score left out): what the network's read model holds
     * for an approved report, and what drift compares.
     */
    Map<String, Ratio> exactScores() {
        Map<String, Ratio> scores = new HashMap<>();
        sections.stream().filter(s -> s.score() != null).forEach(s -> scores.put(s.code(), Ratio.parse(s.score())));
        return scores;
    }

    Optional<Implied> implied(String item) {
        return implied.stream().filter(i -> i.item().equals(item)).findFirst();
    }
}
