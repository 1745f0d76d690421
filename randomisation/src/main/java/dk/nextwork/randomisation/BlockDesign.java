package dk.nextwork.randomisation;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * The researchers' design for a stratum's list: the allocation ratio (NExTWORK : control) and the block sizes to draw
 * from. Every block holds the arms in the ratio exactly, so each block is balanced; its size is drawn uniformly from
 * the sizes and its order is a uniformly random permutation. While the trial runs the sizes are secret: a caseworker
 * who knew them could guess the last allocations of a block.
 *
 * <p>A batch is whole blocks; each slot carries its block's number in the list (1, 2, …) and the block's size.
 * @param nextwork the NExTWORK part of the ratio
 * @param control the control part of the ratio
 * @param blockSizes the sizes a block may have, each a multiple of {@code nextwork + control}
 */
public record BlockDesign(int nextwork, int control, List<Integer> blockSizes) implements Design {

    /** The trial's design: 1:1 in blocks of 4, 6 or 8 (see docs/randomisation.md for why not 2). */
    public static final BlockDesign TRIAL = new BlockDesign(1, 1, List.of(4, 6, 8));

    public BlockDesign {
        if (nextwork < 1 || control < 1) {
            throw new IllegalArgumentException("both parts of the ratio must be at least 1");
        }
        blockSizes = List.copyOf(blockSizes);
        if (blockSizes.isEmpty()) {
            throw new IllegalArgumentException("at least one block size");
        }
        for (int size : blockSizes) {
            if (size < 1 || size % (nextwork + control) != 0) {
                throw new IllegalArgumentException(
                        "block size " + size + " is not a multiple of the ratio's sum " + (nextwork + control));
            }
        }
    }

    @Override
    public Kind kind() {
        return Kind.PERMUTED_BLOCKS;
    }

    /**
     * Whole blocks holding at least {@code minimumSlots} slots, numbered on after the list's last block.
     */
    @Override
    public List<Slot> next(ListState state, int minimumSlots, RandomGenerator random) {
        Designs.checkMinimum(minimumSlots);
        int sequence = state.nextSequence();
        int number = state.last() == null ? 0 : state.last().block();
        List<Slot> slots = new ArrayList<>();
        while (slots.size() < minimumSlots) {
            List<Arm> arms = block(random);
            number++;
            for (Arm arm : arms) {
                slots.add(new Slot(sequence++, arm, number, arms.size()));
            }
        }
        return slots;
    }

    /**
     * {@code 1:1 blocks 4/6/8}. It names the block sizes, which stay concealed while the trial runs: show it only
     * after closure.
     */
    @Override
    public String parameters() {
        return nextwork + ":" + control + " blocks "
                + blockSizes.stream().map(String::valueOf).collect(Collectors.joining("/"));
    }

    /** The largest block: the arms' difference never exceeds half of it (at 1:1). */
    public int largestBlock() {
        return blockSizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    /**
     * One block: a size drawn from the sizes and the ratio's arms in random order (Fisher–Yates with the generator).
     */
    public List<Arm> block(RandomGenerator random) {
        int size = blockSizes.get(random.nextInt(blockSizes.size()));
        int nextworkSlots = size / (nextwork + control) * nextwork;
        List<Arm> arms = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            arms.add(i < nextworkSlots ? Arm.NEXTWORK : Arm.CONTROL);
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Arm swap = arms.get(i);
            arms.set(i, arms.get(j));
            arms.set(j, swap);
        }
        return arms;
    }
}
