package dk.nextwork.randomisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DesignTest {

    /** χ² at α = 0.05 with one degree of freedom (any table of the χ² distribution). */
    private static final double CHI_SQUARE_1DF_05 = 3.841;

    /** χ² at α = 0.01 with 17 degrees of freedom (any table of the χ² distribution). */
    private static final double CHI_SQUARE_17DF_01 = 33.409;

    static Stream<Design> designsWithAnMti() {
        return Stream.of(
                new BigStick(3),
                new BlockUrn(1, 1, 3),
                new BlockUrn(2, 1, 3),
                new BlockUrn(1, 2, 2),
                new MaximalProcedure(3, 20),
                new MaximalProcedure(2, 60),
                Design.DEFAULT);
    }

    static int mti(Design design) {
        if (design instanceof BigStick stick) {
            return stick.mti();
        }
        if (design instanceof BlockUrn urn) {
            return urn.mti();
        }
        return ((MaximalProcedure) design).mti();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designsWithAnMti")
    @DisplayName(
            "at least 20,000 allocations in batches of 60: the arms' proportions pass χ² against the ratio, the imbalance"
                    + " never exceeds the MTI, and the list runs 1, 2, 3 … across batches")
    void proportionsAndBound(Design design) {
        SecureRandom random = new SecureRandom();
        int wN = design.nextwork();
        int wC = design.control();
        int bound = mti(design);
        ListState state = ListState.EMPTY;
        List<Slot> all = new ArrayList<>();
        int nextwork = 0;
        int control = 0;
        int largest = 0;
        while (all.size() < 20_000) {
            List<Slot> batch = design.next(state, 60, random);
            assertThat(batch.size()).isGreaterThanOrEqualTo(60);
            for (Slot slot : batch) {
                assertThat(slot.sequence()).isEqualTo(all.size() + 1);
                all.add(slot);
                if (slot.arm() == Arm.NEXTWORK) {
                    nextwork++;
                } else {
                    control++;
                }
                // |nN/wN − nC/wC| ≤ MTI, in whole numbers.
                int scaled = Math.abs(nextwork * wC - control * wN);
                largest = Math.max(largest, scaled);
                assertThat(scaled).as("imbalance at %d", slot.sequence()).isLessThanOrEqualTo(bound * wN * wC);
            }
            state = new ListState(batch.get(batch.size() - 1), nextwork, control);
        }
        double share = (double) wN / (wN + wC);
        double chiSquare = chiSquare(nextwork, control, share);
        System.out.printf(
                "%s %s: NExTWORK %d, control %d, χ² %.4f, largest imbalance %.1f%n",
                design.kind(), design.parameters(), nextwork, control, chiSquare, (double) largest / (wN * wC));
        assertThat(chiSquare).isLessThan(CHI_SQUARE_1DF_05);
        // The bound is reached: the designs do use their room.
        assertThat(largest).isEqualTo(bound * wN * wC);
    }

    @Test
    @DisplayName("the block urn at 2:1 allocates two NExTWORK per control, within the MTI (3 minimal blocks)")
    void blockUrnTwoToOne() {
        BlockUrn urn = new BlockUrn(2, 1, 3);
        List<Slot> slots = urn.next(ListState.EMPTY, 9_000, new SecureRandom());
        long nextwork = slots.stream().filter(s -> s.arm() == Arm.NEXTWORK).count();
        // Expected 6,000; the imbalance bound keeps n_N/2 − n_C within ±3, i.e. n_N within 6,000 ± 6 (n_N + n_C =
        // 9,000 and n_N/2 − (9,000 − n_N) = 1.5·n_N − 9,000 ∈ [−3, 3]).
        assertThat(nextwork).isBetween(5_998L, 6_002L);
        assertThat(chiSquare(nextwork, 9_000 - nextwork, 2.0 / 3)).isLessThan(CHI_SQUARE_1DF_05);
        // Hand-worked: 6 NExTWORK and 1 control is 6/2 − 1/1 = 2 minimal blocks ahead.
        assertThat(urn.imbalance(6, 1)).isEqualTo(2.0);
        assertThat(urn.imbalance(0, 3)).isEqualTo(-3.0);
    }

    @Test
    @DisplayName("the block urn's chance is the urn's: after C, C, C, N, N, C, N at 1:1 and MTI 3 the urn holds 3"
            + " NExTWORK and 2 control balls")
    void blockUrnProbability() {
        // k = min(3, 4) = 3 minimal blocks completed: (3 + 3)·1 − 3 = 3 NExTWORK, (3 + 3)·1 − 4 = 2 control balls.
        assertThat(new BlockUrn(1, 1, 3).probabilityNextwork(3, 4)).isEqualTo(3.0 / 5);
        // At the start: 3 of 6.
        assertThat(new BlockUrn(1, 1, 3).probabilityNextwork(0, 0)).isEqualTo(0.5);
        // Three ahead: no NExTWORK ball left.
        assertThat(new BlockUrn(1, 1, 3).probabilityNextwork(5, 2)).isEqualTo(0.0);
        // 2:1 at the start: 6 NExTWORK and 3 control balls.
        assertThat(new BlockUrn(2, 1, 3).probabilityNextwork(0, 0)).isEqualTo(6.0 / 9);
        assertThat(new BigStick(2).probabilityNextwork(1, 3)).isEqualTo(1.0);
        assertThat(new BigStick(2).probabilityNextwork(3, 2)).isEqualTo(0.5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designsWithAnMti")
    @DisplayName("a second batch continues from the first's end state: the bound holds across it, the numbering goes"
            + " on, and each batch's digest recomputes")
    void continuationAndDigest(Design design) {
        SecureRandom random = new SecureRandom();
        String label1 = AllocationList.label("265", Category.AKTIVITETSPARAT, 1);
        String label2 = AllocationList.label("265", Category.AKTIVITETSPARAT, 2);
        AllocationList.Batch first =
                AllocationList.generate(design, 30, ListState.EMPTY, AllocationList.GENESIS, label1, random);
        ListState end = stateAfter(first.slots());
        AllocationList.Batch second = AllocationList.generate(design, 30, end, first.digest(), label2, random);
        assertThat(second.firstSequence()).isEqualTo(first.lastSequence() + 1);
        assertThat(AllocationList.digest(AllocationList.GENESIS, label1, first.salt(), first.slots()))
                .isEqualTo(first.digest());
        assertThat(AllocationList.digest(first.digest(), label2, second.salt(), second.slots()))
                .isEqualTo(second.digest());
        List<Slot> both = new ArrayList<>(first.slots());
        both.addAll(second.slots());
        int nextwork = 0;
        int control = 0;
        for (Slot slot : both) {
            nextwork += slot.arm() == Arm.NEXTWORK ? 1 : 0;
            control += slot.arm() == Arm.CONTROL ? 1 : 0;
            assertThat(Math.abs(nextwork * design.control() - control * design.nextwork()))
                    .isLessThanOrEqualTo(mti(design) * design.nextwork() * design.control());
        }
        if (design instanceof MaximalProcedure maximal) {
            assertThat(first.slots().size() % maximal.length()).isZero();
            assertThat(first.slots().get(first.slots().size() - 1).block())
                    .isEqualTo(first.slots().size() / maximal.length());
            assertThat(second.slots().get(0).block())
                    .isEqualTo(first.slots().get(first.slots().size() - 1).block() + 1);
            assertThat(both).allSatisfy(s -> {
                assertThat(s.blockSize()).isEqualTo(maximal.length());
                assertThat(s.block()).isEqualTo((s.sequence() - 1) / maximal.length() + 1);
            });
            // Every sequence ends balanced, so every batch does.
            assertThat(end.nextwork()).isEqualTo(end.control());
        } else {
            assertThat(first.slots()).hasSize(30);
            assertThat(second.slots()).hasSize(30);
            assertThat(both).allSatisfy(s -> assertThat(s.block()).isZero());
            assertThat(both).allSatisfy(s -> assertThat(s.blockSize()).isZero());
        }
    }

    @Test
    @DisplayName("permuted blocks continue the block numbering after the list's last block")
    void permutedBlocksContinueNumbering() {
        SecureRandom random = new SecureRandom();
        List<Slot> first = BlockDesign.TRIAL.next(ListState.EMPTY, 20, random);
        List<Slot> second = BlockDesign.TRIAL.next(stateAfter(first), 20, random);
        assertThat(second.get(0).block()).isEqualTo(first.get(first.size() - 1).block() + 1);
        assertThat(second.get(0).sequence()).isEqualTo(first.size() + 1);
    }

    @Test
    @DisplayName("the maximal procedure draws from the admissible sequences counted by hand: MTI 1, length 4: NCNC,"
            + " NCCN, CNNC, CNCN (4); MTI 2, length 6: C(6, 3) = 20 balanced sequences but NNNCCC and CCCNNN (18)")
    void admissibleCounts() {
        assertThat(new MaximalProcedure(1, 4).admissibleSequences()).isEqualTo(BigInteger.valueOf(4));
        assertThat(new MaximalProcedure(2, 6).admissibleSequences()).isEqualTo(BigInteger.valueOf(18));
        // A bound that never binds: every balanced sequence, C(8, 4) = 70.
        assertThat(new MaximalProcedure(4, 8).admissibleSequences()).isEqualTo(BigInteger.valueOf(70));
        // At MTI 1 a sequence is pairs NC or CN: 2^100 sequences of 200 (beyond a long).
        assertThat(new MaximalProcedure(1, 200).admissibleSequences()).isEqualTo(BigInteger.TWO.pow(100));
        // Long sequences draw from more than a long can count, and still stay within the bound.
        List<Slot> slots = new MaximalProcedure(10, 200).next(ListState.EMPTY, 1, new SecureRandom());
        assertThat(slots).hasSize(200);
        int imbalance = 0;
        for (Slot slot : slots) {
            imbalance += slot.arm() == Arm.NEXTWORK ? 1 : -1;
            assertThat(Math.abs(imbalance)).isLessThanOrEqualTo(10);
        }
        assertThat(imbalance).isZero();
    }

    @Test
    @DisplayName("the maximal procedure's sequences are uniform over the admissible set (MTI 2, length 6: 18,000"
            + " sequences, χ² over the 18 sequences with 17 degrees of freedom)")
    void maximalProcedureIsUniform() {
        // The admissible set, enumerated here independently: every arrangement of 6 arms that ends balanced and
        // never differs by more than 2 on the way.
        List<String> admissible = new ArrayList<>();
        for (int bits = 0; bits < 1 << 6; bits++) {
            StringBuilder sequence = new StringBuilder();
            int d = 0;
            boolean within = true;
            for (int i = 0; i < 6; i++) {
                boolean n = (bits >> i & 1) == 1;
                sequence.append(n ? 'N' : 'C');
                d += n ? 1 : -1;
                within &= Math.abs(d) <= 2;
            }
            if (within && d == 0) {
                admissible.add(sequence.toString());
            }
        }
        assertThat(admissible).hasSize(18).doesNotContain("NNNCCC", "CCCNNN");
        MaximalProcedure design = new MaximalProcedure(2, 6);
        // A fixed seed: the check is of the algorithm, and the build must not fail at random one run in a hundred.
        RandomGenerator random = new SplittableRandom(20261205L);
        Map<String, Integer> counts = new HashMap<>();
        int draws = 18_000;
        for (int i = 0; i < draws; i++) {
            StringBuilder sequence = new StringBuilder();
            for (Slot slot : design.next(ListState.EMPTY, 6, random)) {
                sequence.append(slot.arm() == Arm.NEXTWORK ? 'N' : 'C');
            }
            counts.merge(sequence.toString(), 1, Integer::sum);
        }
        assertThat(admissible).containsAll(counts.keySet());
        double expected = (double) draws / admissible.size();
        double chiSquare = admissible.stream()
                .mapToDouble(s -> Math.pow(counts.getOrDefault(s, 0) - expected, 2) / expected)
                .sum();
        System.out.printf("maximal procedure MTI 2 length 6: 18 sequences, 18,000 draws, χ² %.2f (17 df)%n", chiSquare);
        assertThat(chiSquare).isLessThan(CHI_SQUARE_17DF_01);
    }

    @Test
    @DisplayName("each design refuses parameters it cannot work with")
    void refusals() {
        assertThatThrownBy(() -> new BigStick(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BigStick(11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BlockUrn(0, 1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BlockUrn(1, 0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BlockUrn(1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BlockUrn(1, 1, 11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MaximalProcedure(3, 21)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MaximalProcedure(3, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MaximalProcedure(3, 202)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MaximalProcedure(0, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MaximalProcedure(11, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BigStick(3).next(ListState.EMPTY, 0, new SecureRandom()))
                .isInstanceOf(IllegalArgumentException.class);
        // A maximal procedure's batch starts balanced.
        assertThatThrownBy(() -> new MaximalProcedure(3, 20)
                        .next(new ListState(new Slot(1, Arm.NEXTWORK, 1, 20), 1, 0), 20, new SecureRandom()))
                .isInstanceOf(IllegalArgumentException.class);
        // A list already beyond the MTI.
        assertThatThrownBy(() -> new BlockUrn(1, 1, 2)
                        .next(new ListState(new Slot(3, Arm.NEXTWORK, 0, 0), 3, 0), 1, new SecureRandom()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a design is read back from its kind and parameters; big stick and maximal procedure take 1:1 only")
    void parametersReadBack() {
        for (Design design : List.of(
                BlockDesign.TRIAL,
                new BlockDesign(2, 1, List.of(3, 6, 9)),
                new BigStick(3),
                new BlockUrn(2, 1, 3),
                new MaximalProcedure(3, 20),
                Design.DEFAULT)) {
            assertThat(Design.of(design.kind(), design.parameters())).isEqualTo(design);
        }
        assertThat(new BlockUrn(2, 1, 3).parameters()).isEqualTo("2:1 MTI 3");
        assertThat(new BigStick(3).parameters()).isEqualTo("1:1 MTI 3");
        assertThat(new MaximalProcedure(3, 20).parameters()).isEqualTo("1:1 MTI 3 length 20");
        assertThat(BlockDesign.TRIAL.parameters()).isEqualTo("1:1 blocks 4/6/8");
        assertThatThrownBy(() -> Design.of(Design.Kind.BIG_STICK, "2:1 MTI 3"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Design.of(Design.Kind.MAXIMAL_PROCEDURE, "1:1 MTI 3"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Design.of(Design.Kind.BLOCK_URN, "1:1 blocks 4"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Design.of(Design.Kind.BLOCK_URN, "MTI 3"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static ListState stateAfter(List<Slot> slots) {
        int nextwork = (int) slots.stream().filter(s -> s.arm() == Arm.NEXTWORK).count();
        return new ListState(slots.get(slots.size() - 1), nextwork, slots.size() - nextwork);
    }

    static double chiSquare(long nextwork, long control, double nextworkShare) {
        double total = nextwork + control;
        double expectedN = total * nextworkShare;
        double expectedC = total - expectedN;
        return Math.pow(nextwork - expectedN, 2) / expectedN + Math.pow(control - expectedC, 2) / expectedC;
    }
}
