package dk.nextwork.fidelity.scoring;

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

    private Calibration() {}

    /** The items rated 1–5 by both where the ratings differ by the calibration gap or more. */
    public static List<Gap> gaps(Ratings self, Ratings supervisor) {
        if (self.instrument() != supervisor.instrument()) {
            throw new IllegalArgumentException(
                    "self-ratings under " + self.instrument().key() + " and supervisor ratings under "
                            + supervisor.instrument().key() + " cannot be compared");
        }
        int threshold = self.instrument().rules().calibrationGap();
        List<Gap> gaps = new ArrayList<>();
        for (Item item : self.instrument().items()) {
            int a = self.raw(item.index());
            int b = supervisor.raw(item.index());
            if (Ratings.isScore(a) && Ratings.isScore(b) && Math.abs(a - b) >= threshold) {
                gaps.add(new Gap(item.code(), a, b));
            }
        }
        return gaps;
    }
}
