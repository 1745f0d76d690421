package dk.nextwork.randomisation;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A trial's allocation design: how a stratum's list of arms is drawn. Every design here is generated ahead and sealed
 * in batches ({@link AllocationList}); the designs that depend on the running imbalance (big stick, block urn) read it
 * from the list so far ({@link ListState}), which is exactly the stratum's allocations so far, since every slot is
 * used in order.
 *
 * <p>Permuted blocks end each block in a slot anyone who knows the block sizes and the stratum's history may work out;
 * the designs with a maximum tolerated imbalance (MTI) leave far fewer allocations determined. docs/randomisation.md
 * gives each design's measured predictability and how a statistician chooses.
 */
public sealed interface Design permits BlockDesign, BigStick, BlockUrn, MaximalProcedure {

    /** The designs by name, as stored with a trial and written in its export. */
    enum Kind {
        PERMUTED_BLOCKS,
        BIG_STICK,
        BLOCK_URN,
        MAXIMAL_PROCEDURE
    }

    /** A new trial's design: the one with the lowest proportion of determined allocations at MTI 3. */
    Design DEFAULT = new BlockUrn(1, 1, 3);

    Kind kind();

    /** The NExTWORK part of the ratio. */
    int nextwork();

    /** The control part of the ratio. */
    int control();

    /**
     * The next slots of a list: at least {@code minimumSlots}, continuing after {@code state} (numbered on from its last
     * sequence), and ending where a batch may end (a whole block, a whole sequence).
     */
    List<Slot> next(ListState state, int minimumSlots, RandomGenerator random);

    /** The design's parameters in words for the export and the verifier, e.g. {@code 1:1 MTI 3}. */
    String parameters();
}
