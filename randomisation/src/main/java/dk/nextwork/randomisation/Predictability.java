package dk.nextwork.randomisation;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleBiFunction;
import java.util.random.RandomGenerator;

/**
 * How well someone who sees every allocation of a stratum could guess the next one, measured over a simulated list.
 *
 * <ul>
 *   <li>The <b>guess rate</b> of Blackwell and Hodges' convergence strategy: guess the arm that is furthest behind its
 *       share of the ratio so far, and toss a coin when none is (a tie counts as half a right guess, its expected
 *       value). Fixed blocks of 4 at 1:1 are guessed right 17/24 ≈ 70.8 % of the time.
 *   <li>The <b>deterministic share</b>: the allocations a guesser who knows the design and sees every arm of the
 *       stratum's list so far (but not the block boundaries or the block sizes drawn) can call for certain. For the big
 *       stick and the block urn that is when the design's chance of NExTWORK given the counts is 0 or 1; for the
 *       maximal procedure (whose sequence length is known, so the guesser knows where sequences start) when only one
 *       continuation is admissible; for permuted blocks when every block layout consistent with the arms seen allows
 *       only one next arm.
 *   <li>The <b>largest imbalance</b> reached ({@link Design#imbalance}, rounded up to a whole number at unequal ratios).
 * </ul>
 */
public final class Predictability {

    /** The simulated list grows in batches of this many slots (at least), as the Hub's lists do. */
    static final int BATCH = 60;

    private Predictability() {}

    /** A design's figures over a simulated list. */
    public record Figures(double guessRate, double deterministicShare, int largestImbalance) {}

    /**
     * The figures over a simulated list of {@code allocations} slots, generated through {@link Design#next} in
     * batches of 60 from the running {@link ListState}, as the Hub does.
     */
    public static Figures measure(Design design, int allocations, RandomGenerator random) {
        if (allocations < 1) {
            throw new IllegalArgumentException("at least one allocation");
        }
        Guesser guesser = guesser(design);
        ListState state = ListState.EMPTY;
        int nextwork = 0;
        int control = 0;
        double right = 0;
        long determined = 0;
        double largest = 0;
        int made = 0;
        while (made < allocations) {
            List<Slot> slots = design.next(state, BATCH, random);
            for (Slot slot : slots) {
                if (made == allocations) {
                    break;
                }
                Arm arm = slot.arm();
                Arm guess = behind(design, nextwork, control);
                right += guess == null ? 0.5 : guess == arm ? 1 : 0;
                Arm certain = guesser.certain();
                if (certain != null) {
                    if (certain != arm) {
                        throw new IllegalStateException("the design drew an arm its guesser ruled out: " + slot);
                    }
                    determined++;
                }
                guesser.see(arm);
                if (arm == Arm.NEXTWORK) {
                    nextwork++;
                } else {
                    control++;
                }
                largest = Math.max(largest, Math.abs(design.imbalance(nextwork, control)));
                made++;
            }
            state = new ListState(slots.get(slots.size() - 1), nextwork, control);
        }
        return new Figures(right / allocations, (double) determined / allocations, (int) Math.ceil(largest));
    }

    /** The convergence strategy's share of right guesses over a simulated list ({@link #measure}). */
    public static double convergenceGuessRate(Design design, int allocations, RandomGenerator random) {
        return measure(design, allocations, random).guessRate();
    }

    /**
     * The next arm, if a guesser who knows the design and has seen the stratum's list from its start ({@code
     * history}) can call it for certain; empty if either arm may come.
     *
     * @throws IllegalArgumentException if the design could not have drawn the history
     */
    public static Optional<Arm> certainNext(Design design, List<Arm> history) {
        Guesser guesser = guesser(design);
        for (Arm arm : history) {
            Arm certain = guesser.certain();
            if (certain != null && certain != arm) {
                throw new IllegalArgumentException("the design cannot draw " + history);
            }
            guesser.see(arm);
        }
        return Optional.ofNullable(guesser.certain());
    }

    /** The convergence strategy's guess: the arm behind its share of the ratio, null when neither is. */
    private static Arm behind(Design design, int nextwork, int control) {
        long n = (long) nextwork * design.control();
        long c = (long) control * design.nextwork();
        return n < c ? Arm.NEXTWORK : c < n ? Arm.CONTROL : null;
    }

    /** A guesser who knows the design and sees the arms one by one; it never reads a slot's block or block size. */
    private interface Guesser {

        /** The next arm if it is certain, else null. */
        Arm certain();

        void see(Arm arm);
    }

    private static Guesser guesser(Design design) {
        if (design instanceof BlockDesign blocks) {
            return new BlockHypotheses(blocks);
        }
        if (design instanceof BigStick stick) {
            return new ByProbability(stick::probabilityNextwork);
        }
        if (design instanceof BlockUrn urn) {
            return new ByProbability(urn::probabilityNextwork);
        }
        if (design instanceof MaximalProcedure maximal) {
            return new BySequence(maximal);
        }
        throw new IllegalArgumentException("no guesser for " + design);
    }

    /** Designs whose chance of NExTWORK depends on the counts only. */
    private static final class ByProbability implements Guesser {
        private final ToDoubleBiFunction<Integer, Integer> probability;
        private int nextwork;
        private int control;

        ByProbability(ToDoubleBiFunction<Integer, Integer> probability) {
            this.probability = probability;
        }

        @Override
        public Arm certain() {
            double p = probability.applyAsDouble(nextwork, control);
            return p == 1 ? Arm.NEXTWORK : p == 0 ? Arm.CONTROL : null;
        }

        @Override
        public void see(Arm arm) {
            if (arm == Arm.NEXTWORK) {
                nextwork++;
            } else {
                control++;
            }
        }
    }

    /** The maximal procedure: the position in the sequence (known from the length) and the imbalance decide. */
    private static final class BySequence implements Guesser {
        private final int mti;
        private final int length;
        private final BigInteger[][] ways;
        private int position;
        private int imbalance;

        BySequence(MaximalProcedure design) {
            this.mti = design.mti();
            this.length = design.length();
            this.ways = design.completions();
        }

        @Override
        public Arm certain() {
            boolean up = imbalance < mti && ways[position + 1][imbalance + 1 + mti].signum() > 0;
            boolean down = imbalance > -mti && ways[position + 1][imbalance - 1 + mti].signum() > 0;
            return up && !down ? Arm.NEXTWORK : down && !up ? Arm.CONTROL : null;
        }

        @Override
        public void see(Arm arm) {
            imbalance += arm == Arm.NEXTWORK ? 1 : -1;
            position++;
            if (position == length) {
                position = 0;
            }
        }
    }

    /**
     * Permuted blocks: the set of hypotheses (the current block's size and the arms of each kind seen in it so far)
     * consistent with the arms seen. The list starts with a block; a completed block may be followed by a block of
     * any of the sizes.
     */
    private static final class BlockHypotheses implements Guesser {
        private final int[] nextworkPerBlock;
        private final int[] controlPerBlock;
        private final int largest;
        /** [size index][NExTWORK seen in the block][control seen in the block]. */
        private boolean[][][] hypotheses;

        BlockHypotheses(BlockDesign design) {
            int sizes = design.blockSizes().size();
            nextworkPerBlock = new int[sizes];
            controlPerBlock = new int[sizes];
            int sum = design.nextwork() + design.control();
            for (int s = 0; s < sizes; s++) {
                int size = design.blockSizes().get(s);
                nextworkPerBlock[s] = size / sum * design.nextwork();
                controlPerBlock[s] = size / sum * design.control();
            }
            largest = design.largestBlock();
            hypotheses = fresh();
            for (int s = 0; s < sizes; s++) {
                hypotheses[s][0][0] = true;
            }
        }

        private boolean[][][] fresh() {
            return new boolean[nextworkPerBlock.length][largest + 1][largest + 1];
        }

        @Override
        public Arm certain() {
            boolean nextwork = false;
            boolean control = false;
            for (int s = 0; s < nextworkPerBlock.length; s++) {
                for (int n = 0; n <= nextworkPerBlock[s]; n++) {
                    for (int c = 0; c <= controlPerBlock[s]; c++) {
                        if (hypotheses[s][n][c]) {
                            nextwork |= n < nextworkPerBlock[s];
                            control |= c < controlPerBlock[s];
                        }
                    }
                }
            }
            return nextwork && !control ? Arm.NEXTWORK : control && !nextwork ? Arm.CONTROL : null;
        }

        @Override
        public void see(Arm arm) {
            boolean[][][] after = fresh();
            boolean any = false;
            boolean completed = false;
            for (int s = 0; s < nextworkPerBlock.length; s++) {
                for (int n = 0; n <= nextworkPerBlock[s]; n++) {
                    for (int c = 0; c <= controlPerBlock[s]; c++) {
                        if (!hypotheses[s][n][c]) {
                            continue;
                        }
                        int n2 = arm == Arm.NEXTWORK ? n + 1 : n;
                        int c2 = arm == Arm.CONTROL ? c + 1 : c;
                        if (n2 > nextworkPerBlock[s] || c2 > controlPerBlock[s]) {
                            continue; // this block cannot hold the arm
                        }
                        any = true;
                        if (n2 == nextworkPerBlock[s] && c2 == controlPerBlock[s]) {
                            completed = true;
                        } else {
                            after[s][n2][c2] = true;
                        }
                    }
                }
            }
            if (!any) {
                throw new IllegalArgumentException("no block of the design holds the arms seen");
            }
            if (completed) {
                for (int s = 0; s < nextworkPerBlock.length; s++) {
                    after[s][0][0] = true;
                }
            }
            hypotheses = after;
        }
    }
}
