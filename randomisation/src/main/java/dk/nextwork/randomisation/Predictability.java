package dk.nextwork.randomisation;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * How well someone who sees every allocation could guess the next one (Blackwell and Hodges' convergence strategy):
 * guess the arm that is furthest behind its share of the ratio so far, and toss a coin when none is. With permuted
 * blocks the guesser is right more often than half the time, most of all at a block's end; random block sizes are there
 * to keep that rate down. Fixed blocks of 4 at 1:1 are guessed right 17/24 ≈ 70.8 % of the time.
 */
public final class Predictability {

    private Predictability() {}

    /**
     * The share of right guesses over a simulated list of {@code allocations} slots (a tie counted as half a right
     * guess, its expected value).
     */
    public static double convergenceGuessRate(BlockDesign design, int allocations, RandomGenerator random) {
        int nextwork = 0;
        int control = 0;
        double right = 0;
        int made = 0;
        while (made < allocations) {
            List<Arm> block = design.block(random);
            for (Arm arm : block) {
                if (made == allocations) {
                    break;
                }
                // Behind its share: compare nextwork / ratioN with control / ratioC without division.
                long n = (long) nextwork * design.control();
                long c = (long) control * design.nextwork();
                Arm guess = n < c ? Arm.NEXTWORK : c < n ? Arm.CONTROL : null;
                right += guess == null ? 0.5 : guess == arm ? 1 : 0;
                if (arm == Arm.NEXTWORK) {
                    nextwork++;
                } else {
                    control++;
                }
                made++;
            }
        }
        return right / allocations;
    }
}
