package dk.nextwork.randomisation;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Soares and Wu's big stick design (1983), at 1:1 only: each allocation is a fair coin toss unless the arms already
 * differ by the maximum tolerated imbalance, when the arm behind is taken for certain. The imbalance (NExTWORK minus
 * control) therefore never exceeds {@code mti} either way. Its slots belong to no block: block and block size are 0.
 *
 * <p>Worked out: the imbalance is a random walk on −mti … mti, forced inward at ±mti. Its stationary distribution gives
 * each end 1/(4·mti) and each inner value 1/(2·mti), so a guesser who sees the history can call 1/(2·mti) of the
 * allocations for certain (mti 3: 1/6) and the convergence strategy guesses 1/2 + 1/(4·mti) right (mti 3: 7/12).
 *
 * @param mti the maximum tolerated imbalance, 1 to 10
 */
public record BigStick(int mti) implements Design {

    public BigStick {
        Designs.checkMti(mti);
    }

    @Override
    public Kind kind() {
        return Kind.BIG_STICK;
    }

    @Override
    public int nextwork() {
        return 1;
    }

    @Override
    public int control() {
        return 1;
    }

    /** The chance that the next allocation is NExTWORK after {@code nextwork} and {@code control} allocations. */
    public double probabilityNextwork(int nextwork, int control) {
        int imbalance = nextwork - control;
        if (Math.abs(imbalance) > mti) {
            throw new IllegalArgumentException("the list is already beyond the MTI: " + imbalance);
        }
        return imbalance == mti ? 0 : imbalance == -mti ? 1 : 0.5;
    }

    /** Exactly {@code minimumSlots} slots: any slot may end a batch. */
    @Override
    public List<Slot> next(ListState state, int minimumSlots, RandomGenerator random) {
        Designs.checkMinimum(minimumSlots);
        int nextwork = state.nextwork();
        int control = state.control();
        int sequence = state.nextSequence();
        List<Slot> slots = new ArrayList<>(minimumSlots);
        for (int i = 0; i < minimumSlots; i++) {
            double p = probabilityNextwork(nextwork, control);
            Arm arm = p == 1 ? Arm.NEXTWORK : p == 0 ? Arm.CONTROL : random.nextBoolean() ? Arm.NEXTWORK : Arm.CONTROL;
            if (arm == Arm.NEXTWORK) {
                nextwork++;
            } else {
                control++;
            }
            slots.add(new Slot(sequence++, arm, 0, 0));
        }
        return slots;
    }

    /** {@code 1:1 MTI 3}. */
    @Override
    public String parameters() {
        return "1:1 MTI " + mti;
    }
}
