package dk.nextwork.randomisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AllocationListTest {

    private static final String LABEL = AllocationList.label("265", Category.UDDANNELSESPARAT, 1);

    /** χ² with one degree of freedom at α = 0.05 (any table of the χ² distribution). */
    private static final double CHI_SQUARE_1DF_05 = 3.841;

    @Test
    @DisplayName(
            "every block holds the ratio exactly, in a size of the design, and the list runs 1, 2, 3 … without gaps")
    void blocksAreBalancedAndTheListHasNoGaps() {
        AllocationList.Batch batch = AllocationList.generate(
                BlockDesign.TRIAL, 500, ListState.EMPTY, AllocationList.GENESIS, LABEL, new SecureRandom());
        List<Slot> slots = batch.slots();
        assertThat(slots.size()).isGreaterThanOrEqualTo(500).isLessThan(508);
        for (int i = 0; i < slots.size(); i++) {
            assertThat(slots.get(i).sequence()).isEqualTo(i + 1);
        }
        Map<Integer, List<Slot>> blocks = slots.stream().collect(Collectors.groupingBy(Slot::block));
        blocks.values().forEach(block -> {
            assertThat(block.get(0).blockSize()).isIn(4, 6, 8).isEqualTo(block.size());
            assertThat(block.stream().filter(s -> s.arm() == Arm.NEXTWORK).count())
                    .isEqualTo(block.size() / 2);
        });
        assertThat(blocks.keySet())
                .hasSize(blocks.keySet().stream().mapToInt(i -> i).max().orElseThrow());
    }

    @Test
    @DisplayName("an extension continues after the list's last slot and block, sealed to the batch before it")
    void extensionContinues() {
        SecureRandom random = new SecureRandom();
        AllocationList.Batch first =
                AllocationList.generate(BlockDesign.TRIAL, 20, ListState.EMPTY, AllocationList.GENESIS, LABEL, random);
        Slot last = first.slots().get(first.slots().size() - 1);
        int nextwork = (int)
                first.slots().stream().filter(s -> s.arm() == Arm.NEXTWORK).count();
        ListState state = new ListState(last, nextwork, first.slots().size() - nextwork);
        String second2 = AllocationList.label("265", Category.UDDANNELSESPARAT, 2);
        AllocationList.Batch second =
                AllocationList.generate(BlockDesign.TRIAL, 10, state, first.digest(), second2, random);
        assertThat(second.firstSequence()).isEqualTo(last.sequence() + 1);
        assertThat(second.slots().get(0).block()).isEqualTo(last.block() + 1);
        assertThat(second.digest())
                .isEqualTo(AllocationList.digest(first.digest(), second2, second.salt(), second.slots()));
        assertThat(second.digest())
                .isNotEqualTo(AllocationList.digest(AllocationList.GENESIS, second2, second.salt(), second.slots()));
    }

    @Test
    @DisplayName("the digest changes when any slot's arm is changed, a slot is dropped, the salt is another or the list"
            + " is another stratum's")
    void digestSealsTheList() {
        AllocationList.Batch batch = AllocationList.generate(
                BlockDesign.TRIAL, 40, ListState.EMPTY, AllocationList.GENESIS, LABEL, new SecureRandom());
        assertThat(AllocationList.digest(AllocationList.GENESIS, LABEL, batch.salt(), batch.slots()))
                .isEqualTo(batch.digest())
                .hasSize(64);
        for (int i = 0; i < batch.slots().size(); i++) {
            List<Slot> changed = new ArrayList<>(batch.slots());
            Slot s = changed.get(i);
            changed.set(
                    i,
                    new Slot(
                            s.sequence(),
                            s.arm() == Arm.NEXTWORK ? Arm.CONTROL : Arm.NEXTWORK,
                            s.block(),
                            s.blockSize()));
            assertThat(AllocationList.digest(AllocationList.GENESIS, LABEL, batch.salt(), changed))
                    .isNotEqualTo(batch.digest());
        }
        assertThat(AllocationList.digest(
                        AllocationList.GENESIS,
                        LABEL,
                        batch.salt(),
                        batch.slots().subList(0, 39)))
                .isNotEqualTo(batch.digest());
        assertThat(AllocationList.digest(
                        AllocationList.GENESIS, LABEL, "00" + batch.salt().substring(2), batch.slots()))
                .isNotEqualTo(batch.digest());
        // The same list sealed for another stratum is another digest: lists cannot be swapped between strata.
        assertThat(AllocationList.digest(
                        AllocationList.GENESIS,
                        AllocationList.label("615", Category.UDDANNELSESPARAT, 1),
                        batch.salt(),
                        batch.slots()))
                .isNotEqualTo(batch.digest());
    }

    @Test
    @DisplayName("10,000 allocations in each of four strata: arm proportions pass χ² against 1:1, and the arms never"
            + " differ by more than half the largest block (4) at any point")
    void tenThousandPerStratumAtOneToOne() {
        for (int stratum = 0; stratum < 4; stratum++) {
            List<Slot> slots = AllocationList.generate(
                            BlockDesign.TRIAL,
                            10_000,
                            ListState.EMPTY,
                            AllocationList.GENESIS,
                            LABEL,
                            new SecureRandom())
                    .slots()
                    .subList(0, 10_000);
            int nextwork = 0;
            int worst = 0;
            for (Slot slot : slots) {
                nextwork += slot.arm() == Arm.NEXTWORK ? 1 : 0;
                int control = slot.sequence() - nextwork;
                worst = Math.max(worst, Math.abs(nextwork - control));
            }
            double chiSquare = chiSquare(nextwork, 10_000 - nextwork, 0.5);
            System.out.printf(
                    "stratum %d at 1:1: NExTWORK %d, control %d, χ² %.4f, largest difference on the way %d%n",
                    stratum + 1, nextwork, 10_000 - nextwork, chiSquare, worst);
            assertThat(chiSquare).isLessThan(CHI_SQUARE_1DF_05);
            assertThat(worst).isLessThanOrEqualTo(4);
        }
    }

    @Test
    @DisplayName("at a configured 2:1 ratio in blocks of 3, 6 and 9, 10,000 allocations pass χ² against 2:1 and every"
            + " block holds two NExTWORK per control")
    void tenThousandAtTwoToOne() {
        BlockDesign twoToOne = new BlockDesign(2, 1, List.of(3, 6, 9));
        List<Slot> slots = AllocationList.generate(
                        twoToOne, 10_000, ListState.EMPTY, AllocationList.GENESIS, LABEL, new SecureRandom())
                .slots()
                .subList(0, 10_000);
        long nextwork = slots.stream().filter(s -> s.arm() == Arm.NEXTWORK).count();
        double chiSquare = chiSquare(nextwork, 10_000 - nextwork, 2.0 / 3);
        System.out.printf("2:1: NExTWORK %d, control %d, χ² %.4f%n", nextwork, 10_000 - nextwork, chiSquare);
        assertThat(chiSquare).isLessThan(CHI_SQUARE_1DF_05);
        // Expected 6,666.7 NExTWORK; whole blocks keep it within the largest block's NExTWORK part (6).
        assertThat(nextwork).isBetween(6_660L, 6_673L);
    }

    @Test
    void designsThatCannotHoldTheRatioAreRefused() {
        assertThatThrownBy(() -> new BlockDesign(2, 1, List.of(4))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BlockDesign(1, 1, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BlockDesign(0, 1, List.of(2))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("the convergence strategy guesses the trial's design (blocks of 4, 6, 8) right less often than fixed"
            + " blocks of 4 (17/24 ≈ 70.8 %)")
    void guessRate() {
        int allocations = 200_000;
        SecureRandom random = new SecureRandom();
        double fixedFour = Predictability.convergenceGuessRate(new BlockDesign(1, 1, List.of(4)), allocations, random);
        double trial = Predictability.convergenceGuessRate(BlockDesign.TRIAL, allocations, random);
        double twoFourSix =
                Predictability.convergenceGuessRate(new BlockDesign(1, 1, List.of(2, 4, 6)), allocations, random);
        System.out.printf(
                "convergence-strategy guess rate over %,d allocations: fixed 4 %.4f (17/24 = %.4f), 2/4/6 %.4f,"
                        + " the trial's 4/6/8 %.4f%n",
                allocations, fixedFour, 17.0 / 24, twoFourSix, trial);
        // The simulator agrees with the published value for fixed blocks of 4 (standard error ≈ 0.001).
        assertThat(fixedFour).isBetween(17.0 / 24 - 0.01, 17.0 / 24 + 0.01);
        // Worked out: blocks of 2n are guessed right (n + (4ⁿ / C(2n, n) − 1) / 2) times, so 4/6/8 drawn alike give
        // (2.833 + 4.1 + 5.329) / 18 ≈ 0.681.
        assertThat(trial).isBetween(0.681 - 0.01, 0.681 + 0.01).isLessThan(fixedFour);
    }

    private static double chiSquare(long nextwork, long control, double nextworkShare) {
        double total = nextwork + control;
        double expectedN = total * nextworkShare;
        double expectedC = total - expectedN;
        return Math.pow(nextwork - expectedN, 2) / expectedN + Math.pow(control - expectedC, 2) / expectedC;
    }
}
