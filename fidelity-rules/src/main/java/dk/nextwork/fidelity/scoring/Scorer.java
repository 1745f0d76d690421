package dk.nextwork.fidelity.scoring;

import dk.nextwork.fidelity.KeyFigures;
import dk.nextwork.fidelity.Ratio;
import dk.nextwork.fidelity.instrument.Band;
import dk.nextwork.fidelity.instrument.DataRule;
import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.Item;
import dk.nextwork.fidelity.instrument.RuleSettings;
import dk.nextwork.fidelity.instrument.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores an assessment as {@code fidelity-instrument-v1.md} describes: section score = mean of the items rated 1–5
 * (items marked 9 left out; more than the allowed number marked 9 leaves the section without a score); fidelity score
 * = mean of the principle scores; bands and percent from those; the data rules' implied ratings, the evidence check and
 * the action-plan requirement. All arithmetic is exact.
 */
public final class Scorer {

    private static final Ratio FOUR = Ratio.of(4);
    private static final Ratio HUNDRED = Ratio.of(100);

    private Scorer() {}

    /** Scores the ratings, under their instrument, with the period's key figures. */
    public static AssessmentResult score(Ratings ratings, KeyFigures figures) {
        Instrument instrument = ratings.instrument();
        RuleSettings rules = instrument.rules();
        List<Section> sections = instrument.sections();
        int sectionCount = sections.size();
        long[] sum = new long[sectionCount];
        int[] rated = new int[sectionCount];
        int[] unassessable = new int[sectionCount];
        int[] notRated = new int[sectionCount];

        List<ImpliedRating> implied = new ArrayList<>(12);
        List<EvidenceFinding> evidence = new ArrayList<>(4);
        List<Item> items = instrument.items();
        for (int i = 0, n = items.size(); i < n; i++) {
            Item item = items.get(i);
            int s = instrument.sectionIndexOf(item.index());
            int rating = ratings.raw(item.index());
            if (rating == 0) {
                notRated[s]++;
            } else if (rating == Ratings.CANNOT_BE_ASSESSED) {
                unassessable[s]++;
            } else {
                sum[s] += rating;
                rated[s]++;
            }
            DataRule rule = item.rule();
            if (rule != null) {
                DataRule.Implied result = rule.apply(figures);
                implied.add(new ImpliedRating(item, result));
                if (result.isComputable()
                        && rating >= 1
                        && rating <= 5
                        && Math.abs(rating - result.rating()) >= rules.evidenceGap()) {
                    evidence.add(new EvidenceFinding(item.code(), rating, result.rating()));
                }
            }
        }

        List<SectionScore> scores = new ArrayList<>(sectionCount);
        // The mean of the principle means, kept as one fraction so it is reduced only once.
        long fidelityNumerator = 0;
        long fidelityDenominator = 1;
        int principles = 0;
        String fidelityNotComputable = null;
        List<ActionPlanRequirement> actionPlan = new ArrayList<>();
        for (int s = 0; s < sectionCount; s++) {
            Section section = sections.get(s);
            String notScored = null;
            Ratio score = null;
            if (notRated[s] > 0) {
                notScored = notRated[s] + " item(s) not rated yet";
            } else if (unassessable[s] > rules.maxUnassessablePerSection()) {
                notScored = unassessable[s] + " items marked 9 (cannot be assessed); at most "
                        + rules.maxUnassessablePerSection() + " allowed";
            } else if (rated[s] == 0) {
                notScored = "no item rated 1–5";
            } else {
                score = Ratio.of(sum[s], rated[s]);
            }
            Band band = score == null ? null : instrument.bandOf(score);
            scores.add(new SectionScore(section, score, band, notScored, rated[s], unassessable[s], notRated[s]));
            if (section.isPrinciple()) {
                if (score == null) {
                    if (fidelityNotComputable == null) {
                        fidelityNotComputable = "principle " + section.code() + " has no score: " + notScored;
                    }
                } else {
                    fidelityNumerator = Math.addExact(
                            Math.multiplyExact(fidelityNumerator, rated[s]),
                            Math.multiplyExact(sum[s], fidelityDenominator));
                    fidelityDenominator = Math.multiplyExact(fidelityDenominator, rated[s]);
                    principles++;
                    if (score.isBelow(rules.lowPrincipleBelow())) {
                        actionPlan.add(new ActionPlanRequirement(section.code(), score, lowestItems(section, ratings)));
                    }
                }
            }
        }
        Ratio fidelity = fidelityNotComputable == null
                ? Ratio.of(fidelityNumerator, Math.multiplyExact(fidelityDenominator, principles))
                : null;
        return new AssessmentResult(
                instrument,
                scores,
                fidelity,
                fidelity == null ? null : instrument.bandOf(fidelity),
                fidelityNotComputable,
                implied,
                evidence,
                actionPlan,
                outcomeShareOrNull(figures));
    }

    /** {@code (score − 1) / 4 × 100}, exact. */
    public static Ratio percent(Ratio score) {
        return score.minus(Ratio.ONE).dividedBy(FOUR).times(HUNDRED);
    }

    /** Share of exits into job or education among all exits; empty with no exits or a figure missing. */
    public static Optional<Ratio> outcomeShare(KeyFigures figures) {
        return Optional.ofNullable(outcomeShareOrNull(figures));
    }

    private static Ratio outcomeShareOrNull(KeyFigures figures) {
        Ratio job = figures.valueOrNull("exitsToJob");
        Ratio education = figures.valueOrNull("exitsToEducation");
        Ratio other = figures.valueOrNull("exitsOther");
        if (job == null || education == null || other == null) {
            return null;
        }
        // Exits are whole counts.
        long good = Math.addExact(job.numerator(), education.numerator());
        long all = Math.addExact(good, other.numerator());
        return all == 0 ? null : Ratio.of(good, all);
    }

    private static List<String> lowestItems(Section section, Ratings ratings) {
        List<Item> items = section.items();
        int lowest = Integer.MAX_VALUE;
        int count = 0;
        for (int i = 0, n = items.size(); i < n; i++) {
            int rating = ratings.raw(items.get(i).index());
            if (rating >= 1 && rating <= 5) {
                if (rating < lowest) {
                    lowest = rating;
                    count = 0;
                }
                if (rating == lowest) {
                    count++;
                }
            }
        }
        String[] codes = new String[count];
        int found = 0;
        for (int i = 0, n = items.size(); i < n; i++) {
            if (ratings.raw(items.get(i).index()) == lowest) {
                codes[found++] = items.get(i).code();
            }
        }
        return List.of(codes);
    }
}
