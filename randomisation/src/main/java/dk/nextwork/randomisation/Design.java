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

    /**
     * The imbalance after {@code nextwork} and {@code control} allocations, in parts of the ratio: n<sub>N</sub> /
     * w<sub>N</sub> − n<sub>C</sub> / w<sub>C</sub> (positive when NExTWORK is ahead). At 1:1 it is simply NExTWORK
     * minus control; at 2:1 two NExTWORK count as much as one control, so 6 NExTWORK and 1 control are 2 ahead. It is
     * how many minimal blocks (one ratio's worth of each arm) the arm ahead leads by, and what a design's maximum
     * tolerated imbalance bounds: |imbalance| ≤ MTI exactly when |n<sub>N</sub>·w<sub>C</sub> −
     * n<sub>C</sub>·w<sub>N</sub>| ≤ MTI·w<sub>N</sub>·w<sub>C</sub>.
     */
    default double imbalance(int nextwork, int control) {
        return (double) ((long) nextwork * control() - (long) control * nextwork()) / ((long) nextwork() * control());
    }

    /**
     * The design named by its kind and its {@link #parameters()} text, as stored with a trial and written in its
     * export: {@code PERMUTED_BLOCKS} {@code 1:1 blocks 4/6/8}, {@code BIG_STICK} {@code 1:1 MTI 3}, {@code
     * BLOCK_URN} {@code 2:1 MTI 3}, {@code MAXIMAL_PROCEDURE} {@code 1:1 MTI 3 length 20}.
     *
     * @throws IllegalArgumentException if the text is not the kind's parameters or the design refuses them
     */
    static Design of(Kind kind, String parameters) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "(\\d{1,4}):(\\d{1,4})(?: blocks (\\d{1,4}(?:/\\d{1,4})*))?(?: MTI (\\d{1,4}))?(?: length (\\d{1,4}))?")
                .matcher(parameters == null ? "" : parameters.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a design's parameters: " + parameters);
        }
        int nextwork = Integer.parseInt(m.group(1));
        int control = Integer.parseInt(m.group(2));
        boolean blocks = m.group(3) != null;
        boolean mti = m.group(4) != null;
        boolean length = m.group(5) != null;
        Design design;
        switch (kind) {
            case PERMUTED_BLOCKS:
                require(blocks && !mti && !length, kind, parameters);
                design = new BlockDesign(
                        nextwork,
                        control,
                        java.util.Arrays.stream(m.group(3).split("/"))
                                .map(Integer::valueOf)
                                .toList());
                break;
            case BIG_STICK:
                require(!blocks && mti && !length, kind, parameters);
                design = new BigStick(Integer.parseInt(m.group(4)));
                break;
            case BLOCK_URN:
                require(!blocks && mti && !length, kind, parameters);
                design = new BlockUrn(nextwork, control, Integer.parseInt(m.group(4)));
                break;
            case MAXIMAL_PROCEDURE:
                require(!blocks && mti && length, kind, parameters);
                design = new MaximalProcedure(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
                break;
            default:
                throw new IllegalArgumentException("unknown design " + kind);
        }
        if (design.nextwork() != nextwork || design.control() != control) {
            throw new IllegalArgumentException(kind + " allocates 1:1 only: " + parameters);
        }
        return design;
    }

    private static void require(boolean fits, Kind kind, String parameters) {
        if (!fits) {
            throw new IllegalArgumentException("not " + kind + "'s parameters: " + parameters);
        }
    }
}
