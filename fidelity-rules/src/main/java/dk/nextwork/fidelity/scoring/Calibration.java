package dk.nextwork.fidelity.scoring;

import dk.nextwork.fidelity.Ratio;
import dk.nextwork.fidelity.instrument.Item;
import java.util.ArrayList;
import java.util.List;

/**
 * Calibration between a municipality's self-ratings and its supervisor's ratings of the same report: where they differ
 * by the instrument's calibration gap or more, both are shown side by side and the gap is tracked over time.
 */
public final class Calibration {

    /** One item where the two ratings lie far apart. */
    public record Gap(String itemCode, int selfRating, int supervisorRating) {

        public int size() {
            return Math.abs(selfRating - supervisorRating);
        }
    }

    /**
     * One report's calibration, over the items both the team and the supervisor rated 1–5.
     *
     * @param rated how many items both rated 1–5 (an item marked 9 by either is not compared)
     * @param gaps the items apart by the calibration gap or more, in instrument order
     * @param meanDifference the mean of the absolute differences over the {@code rated} items, exact; null when none
     */
    public record Report(int rated, List<Gap> gaps, Ratio meanDifference) {

        public Report {
            gaps = List.copyOf(gaps);
        }

        /**
         * Whether the mean difference is smaller than in the municipality's previous such report, compared exactly;
         * null when there is no previous report or either has no mean.
         */
        public Boolean narrowedSince(Report previous) {
            if (previous == null || previous.meanDifference() == null || meanDifference == null) {
                return null;
            }
            return meanDifference.isBelow(previous.meanDifference());
        }

        /** The items apart both now and in the previous report (none without one), in this report's order. */
        public List<String> persistentSince(Report previous) {
            if (previous == null) {
                return List.of();
            }
            return gaps.stream()
                    .map(Gap::itemCode)
                    .filter(item ->
                            previous.gaps().stream().anyMatch(g -> g.itemCode().equals(item)))
                    .toList();
        }
    }

    private Calibration() {}

    /** The items rated 1–5 by both where the ratings differ by the calibration gap or more. */
    public static List<Gap> gaps(Ratings self, Ratings supervisor) {
        return of(self, supervisor).gaps();
    }

    /** The report's calibration: how many items both rated, the items far apart, and the mean difference. */
    public static Report of(Ratings self, Ratings supervisor) {
        if (self.instrument() != supervisor.instrument()) {
            throw new IllegalArgumentException(
                    "self-ratings under " + self.instrument().key() + " and supervisor ratings under "
                            + supervisor.instrument().key() + " cannot be compared");
        }
        int threshold = self.instrument().rules().calibrationGap();
        List<Gap> gaps = new ArrayList<>();
        int rated = 0;
        long differences = 0;
        for (Item item : self.instrument().items()) {
            int a = self.raw(item.index());
            int b = supervisor.raw(item.index());
            if (Ratings.isScore(a) && Ratings.isScore(b)) {
                rated++;
                differences += Math.abs(a - b);
                if (Math.abs(a - b) >= threshold) {
                    gaps.add(new Gap(item.code(), a, b));
                }
            }
        }
        return new Report(rated, gaps, rated == 0 ? null : Ratio.of(differences, rated));
    }
}
