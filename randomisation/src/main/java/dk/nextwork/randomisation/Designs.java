package dk.nextwork.randomisation;

/** The designs' shared checks of their parameters. */
final class Designs {

    /** The largest maximum tolerated imbalance a design accepts. */
    static final int LARGEST_MTI = 10;

    private Designs() {}

    static void checkMti(int mti) {
        if (mti < 1 || mti > LARGEST_MTI) {
            throw new IllegalArgumentException(
                    "the maximum tolerated imbalance must be 1 to " + LARGEST_MTI + ": " + mti);
        }
    }

    static void checkRatio(int nextwork, int control) {
        if (nextwork < 1 || control < 1) {
            throw new IllegalArgumentException("both parts of the ratio must be at least 1");
        }
    }

    static void checkMinimum(int minimumSlots) {
        if (minimumSlots < 1) {
            throw new IllegalArgumentException("a batch holds at least one slot");
        }
    }
}
