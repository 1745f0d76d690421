package dk.nextwork.randomisation;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Zhao and Weng's block urn design (2011): an urn starts with {@code mti · nextwork} NExTWORK balls and {@code mti ·
 * control} control balls; each allocation draws a ball without replacement, and each time the allocations complete
 * another whole minimal block (one ratio's worth of each arm: k = min(n<sub>N</sub> / w<sub>N</sub>, n<sub>C</sub> /
 * w<sub>C</sub>) grows) one minimal block of balls is returned. So after n<sub>N</sub> NExTWORK and n<sub>C</sub>
 * control allocations
 *
 * <pre>P(next = NExTWORK) = ((mti + k) · w<sub>N</sub> − n<sub>N</sub>) / ((mti + k) · (w<sub>N</sub> + w<sub>C</sub>) − n)</pre>
 *
 * <p>The imbalance, measured in each arm's part of the ratio (n<sub>N</sub> / w<sub>N</sub> − n<sub>C</sub> /
 * w<sub>C</sub>, at 1:1 simply NExTWORK minus control; see {@link Design#imbalance}), never exceeds {@code mti}
 * either way, and unequal ratios are allowed. Its slots belong to no block: block and block size are 0.
 *
 * <p>Worked out at 1:1, mti λ: with the imbalance d ≥ 0 the urn holds λ − d NExTWORK and λ control balls, so d grows
 * with probability (λ − d) / (2λ − d). At λ = 3 this birth–death chain spends 9/34 of the time at 0, 15/68 at each of
 * ±1, 2/17 at ±2 and 1/34 at ±3: 1/17 of the allocations are determined, and the convergence strategy guesses 43/68
 * right.
 *
 * @param nextwork the NExTWORK part of the ratio, at least 1
 * @param control the control part of the ratio, at least 1
 * @param mti the maximum tolerated imbalance in minimal blocks, 1 to 10
 */
public record BlockUrn(int nextwork, int control, int mti) implements Design {

    public BlockUrn {
        Designs.checkRatio(nextwork, control);
        Designs.checkMti(mti);
    }

    @Override
    public Kind kind() {
        return Kind.BLOCK_URN;
    }

    /** The NExTWORK balls in the urn after {@code nextwork} and {@code control} allocations. */
    long nextworkBalls(int nextworkSoFar, int controlSoFar) {
        long k = Math.min(nextworkSoFar / nextwork, controlSoFar / control);
        return (mti + k) * nextwork - nextworkSoFar;
    }

    /** The control balls in the urn after {@code nextwork} and {@code control} allocations. */
    long controlBalls(int nextworkSoFar, int controlSoFar) {
        long k = Math.min(nextworkSoFar / nextwork, controlSoFar / control);
        return (mti + k) * control - controlSoFar;
    }

    /** The chance that the next allocation is NExTWORK after {@code nextwork} and {@code control} allocations. */
    public double probabilityNextwork(int nextworkSoFar, int controlSoFar) {
        long n = nextworkBalls(nextworkSoFar, controlSoFar);
        long c = controlBalls(nextworkSoFar, controlSoFar);
        if (n < 0 || c < 0) {
            throw new IllegalArgumentException("the list is already beyond the MTI");
        }
        return (double) n / (n + c);
    }

    /** Exactly {@code minimumSlots} slots: any slot may end a batch. */
    @Override
    public List<Slot> next(ListState state, int minimumSlots, RandomGenerator random) {
        Designs.checkMinimum(minimumSlots);
        int nextworkSoFar = state.nextwork();
        int controlSoFar = state.control();
        int sequence = state.nextSequence();
        List<Slot> slots = new ArrayList<>(minimumSlots);
        for (int i = 0; i < minimumSlots; i++) {
            long n = nextworkBalls(nextworkSoFar, controlSoFar);
            long c = controlBalls(nextworkSoFar, controlSoFar);
            if (n < 0 || c < 0) {
                throw new IllegalArgumentException("the list is already beyond the MTI");
            }
            // An exact draw of one ball: no rounding of the probability.
            Arm arm = random.nextLong(n + c) < n ? Arm.NEXTWORK : Arm.CONTROL;
            if (arm == Arm.NEXTWORK) {
                nextworkSoFar++;
            } else {
                controlSoFar++;
            }
            slots.add(new Slot(sequence++, arm, 0, 0));
        }
        return slots;
    }

    /** {@code 1:1 MTI 3}, {@code 2:1 MTI 3}. */
    @Override
    public String parameters() {
        return nextwork + ":" + control + " MTI " + mti;
    }
}
