package dk.nextwork.randomisation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Berger, Ivanova and Knoll's maximal procedure (2003), at 1:1 only: the list is a run of sequences of {@code length}
 * allocations, each drawn uniformly from all sequences that end balanced and whose imbalance (NExTWORK minus control)
 * never exceeds {@code mti} on the way. It is drawn step by step: from imbalance d at position i, NExTWORK with
 * probability (admissible completions from d + 1 at i + 1) / (admissible completions from d at i), counted exactly.
 *
 * <p>A batch is whole sequences, so a list is balanced at every batch's start. Each slot's block is its sequence's
 * number in the list (1, 2, …) and its block size the length: a guesser who knows the design knows where sequences
 * start anyway.
 *
 * @param mti the maximum tolerated imbalance, 1 to 10
 * @param length the sequence's length: even, 2 to 200
 */
public record MaximalProcedure(int mti, int length) implements Design {

    public MaximalProcedure {
        Designs.checkMti(mti);
        if (length < 2 || length > 200 || length % 2 != 0) {
            throw new IllegalArgumentException("the sequence's length must be even, from 2 to 200: " + length);
        }
    }

    @Override
    public Kind kind() {
        return Kind.MAXIMAL_PROCEDURE;
    }

    @Override
    public int nextwork() {
        return 1;
    }

    @Override
    public int control() {
        return 1;
    }

    /**
     * The admissible completions: {@code [i][d + mti]} is how many ways lead from imbalance d after i allocations of a
     * sequence to balance at its end without ever passing ±mti.
     */
    BigInteger[][] completions() {
        BigInteger[][] ways = new BigInteger[length + 1][2 * mti + 1];
        for (int d = -mti; d <= mti; d++) {
            ways[length][d + mti] = d == 0 ? BigInteger.ONE : BigInteger.ZERO;
        }
        for (int i = length - 1; i >= 0; i--) {
            for (int d = -mti; d <= mti; d++) {
                BigInteger up = d < mti ? ways[i + 1][d + 1 + mti] : BigInteger.ZERO;
                BigInteger down = d > -mti ? ways[i + 1][d - 1 + mti] : BigInteger.ZERO;
                ways[i][d + mti] = up.add(down);
            }
        }
        return ways;
    }

    /** How many sequences the design draws from (each with the same chance). */
    public BigInteger admissibleSequences() {
        return completions()[0][mti];
    }

    /**
     * Whole sequences holding at least {@code minimumSlots} slots; the list must be balanced (every batch of this
     * design ends balanced).
     */
    @Override
    public List<Slot> next(ListState state, int minimumSlots, RandomGenerator random) {
        Designs.checkMinimum(minimumSlots);
        if (state.nextwork() != state.control()) {
            throw new IllegalArgumentException("a maximal procedure's batch starts on a balanced list");
        }
        BigInteger[][] ways = completions();
        int sequence = state.nextSequence();
        int number = state.last() == null ? 0 : state.last().block();
        List<Slot> slots = new ArrayList<>();
        while (slots.size() < minimumSlots) {
            number++;
            int d = 0;
            for (int i = 0; i < length; i++) {
                BigInteger all = ways[i][d + mti];
                BigInteger up = d < mti ? ways[i + 1][d + 1 + mti] : BigInteger.ZERO;
                Arm arm = below(all, random).compareTo(up) < 0 ? Arm.NEXTWORK : Arm.CONTROL;
                d += arm == Arm.NEXTWORK ? 1 : -1;
                slots.add(new Slot(sequence++, arm, number, length));
            }
        }
        return slots;
    }

    /** A uniform draw from 0 … bound − 1. */
    private static BigInteger below(BigInteger bound, RandomGenerator random) {
        if (bound.bitLength() < 63) {
            return BigInteger.valueOf(random.nextLong(bound.longValue()));
        }
        int bits = bound.bitLength();
        byte[] bytes = new byte[(bits + 7) / 8];
        while (true) {
            random.nextBytes(bytes);
            // Only the bound's bit length counts, so that at least half of the draws are accepted.
            BigInteger draw = new BigInteger(1, bytes).shiftRight(bytes.length * 8 - bits);
            if (draw.compareTo(bound) < 0) {
                return draw;
            }
        }
    }

    /** {@code 1:1 MTI 3 length 20}. */
    @Override
    public String parameters() {
        return "1:1 MTI " + mti + " length " + length;
    }
}
