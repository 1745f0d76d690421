package dk.nextwork.hub.application.randomisation;

import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.randomisation.BigStick;
import dk.nextwork.randomisation.BlockDesign;
import dk.nextwork.randomisation.BlockUrn;
import dk.nextwork.randomisation.Design;
import dk.nextwork.randomisation.MaximalProcedure;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The design a proposed trial names, read from the researcher's input with the limits a design may have: a ratio of
 * parts 1 to 5, an MTI of 1 to 10, block sizes of 2 to 20 that hold whole ratios, a maximal procedure's even sequence
 * length of 2 to 200.
 */
final class DesignCheck {

    static final int MAX_PART = 5;
    static final int MIN_MTI = 1;
    static final int MAX_MTI = 10;
    static final int MIN_BLOCK = 2;
    static final int MAX_BLOCK = 20;
    static final int MIN_SEQUENCE = 2;
    static final int MAX_SEQUENCE = 200;

    private DesignCheck() {}

    /** The design a proposal names, or null with its problems added at their fields. */
    static Design design(RandomisationViews.NewTrial input, List<FieldProblem> problems) {
        Optional<Design.Kind> kind = Arrays.stream(Design.Kind.values())
                .filter(k ->
                        input.design() != null && k.name().equals(input.design().strip()))
                .findFirst();
        if (kind.isEmpty()) {
            problems.add(FieldProblem.of("design", "problem.trial.design"));
            return null;
        }
        int[] ratio = ratio(input.ratio());
        if (ratio == null) {
            problems.add(FieldProblem.of("ratio", "problem.trial.ratio"));
            return null;
        }
        boolean oneToOne = ratio[0] == 1 && ratio[1] == 1;
        int before = problems.size();
        if ((kind.get() == Design.Kind.BIG_STICK || kind.get() == Design.Kind.MAXIMAL_PROCEDURE) && !oneToOne) {
            problems.add(FieldProblem.of("ratio", "problem.trial.ratio.oneToOne"));
        }
        if (kind.get() != Design.Kind.PERMUTED_BLOCKS
                && (input.mti() == null || input.mti() < MIN_MTI || input.mti() > MAX_MTI)) {
            problems.add(FieldProblem.of("mti", "problem.trial.mti"));
        }
        if (kind.get() == Design.Kind.PERMUTED_BLOCKS
                && (input.blockSizes().isEmpty()
                        || input.blockSizes().stream()
                                .anyMatch(size -> size == null
                                        || size < MIN_BLOCK
                                        || size > MAX_BLOCK
                                        || size % (ratio[0] + ratio[1]) != 0))) {
            problems.add(FieldProblem.of("blockSizes", "problem.trial.blockSizes", ratio[0] + ratio[1]));
        }
        if (kind.get() == Design.Kind.MAXIMAL_PROCEDURE
                && (input.sequenceLength() == null
                        || input.sequenceLength() < MIN_SEQUENCE
                        || input.sequenceLength() > MAX_SEQUENCE
                        || input.sequenceLength() % 2 != 0)) {
            problems.add(FieldProblem.of("sequenceLength", "problem.trial.sequenceLength"));
        }
        if (problems.size() > before) {
            return null;
        }
        return switch (kind.get()) {
            case PERMUTED_BLOCKS ->
                new BlockDesign(
                        ratio[0],
                        ratio[1],
                        input.blockSizes().stream().distinct().sorted().toList());
            case BIG_STICK -> new BigStick(input.mti());
            case BLOCK_URN -> new BlockUrn(ratio[0], ratio[1], input.mti());
            case MAXIMAL_PROCEDURE -> new MaximalProcedure(input.mti(), input.sequenceLength());
        };
    }

    /** {@code 1:1}, {@code 2:1}: each part 1 to 5, in lowest terms ({@code 2:2} is 1:1); or null. */
    static int[] ratio(String text) {
        if (text == null || !text.strip().matches("[1-" + MAX_PART + "]\\s*:\\s*[1-" + MAX_PART + "]")) {
            return null;
        }
        String[] parts = text.strip().split("\\s*:\\s*");
        int nextwork = Integer.parseInt(parts[0]);
        int control = Integer.parseInt(parts[1]);
        int common =
                BigInteger.valueOf(nextwork).gcd(BigInteger.valueOf(control)).intValue();
        return new int[] {nextwork / common, control / common};
    }
}
