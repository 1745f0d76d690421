package dk.nextwork.hub.application.randomisation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.randomisation.BigStick;
import dk.nextwork.randomisation.BlockDesign;
import dk.nextwork.randomisation.BlockUrn;
import dk.nextwork.randomisation.Design;
import dk.nextwork.randomisation.MaximalProcedure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A proposed trial's design read from what the researcher sent, and the limits of each parameter. */
@DisplayName("A proposed trial's design")
class DesignCheckTest {

    private static RandomisationViews.NewTrial trial(
            String design, String ratio, Integer mti, List<Integer> blockSizes, Integer sequenceLength) {
        return new RandomisationViews.NewTrial(
                "Forsøg", design, ratio, mti, blockSizes, sequenceLength, List.of("roskilde"), List.of(), 100);
    }

    private static List<String> problems(RandomisationViews.NewTrial input) {
        List<FieldProblem> problems = new ArrayList<>();
        Design design = DesignCheck.design(input, problems);
        assertThat(design == null).isEqualTo(!problems.isEmpty());
        return problems.stream().map(p -> p.field() + ":" + p.message().key()).toList();
    }

    @ParameterizedTest(name = "[{0}] is {1}:{2}")
    @DisplayName("a ratio is two parts of 1 to 5, read in lowest terms")
    @CsvSource({"1:1, 1, 1", "2:1, 2, 1", "1:3, 1, 3", "2:2, 1, 1", "4:2, 2, 1", "5:5, 1, 1", "' 2 : 1 ', 2, 1"})
    void ratios(String text, int nextwork, int control) {
        assertThat(DesignCheck.ratio(text)).containsExactly(nextwork, control);
    }

    @ParameterizedTest(name = "[{0}] is no ratio")
    @NullAndEmptySource
    @ValueSource(strings = {"0:1", "1:0", "6:1", "1:6", "10:5", "1", "1:", "1/1", "a:b", "1:1:1", "-1:1"})
    @DisplayName("anything else is no ratio")
    void notRatios(String text) {
        assertThat(DesignCheck.ratio(text)).isNull();
    }

    @Test
    @DisplayName("each design is made with its own parameters")
    void designs() {
        List<FieldProblem> none = new ArrayList<>();
        assertThat(DesignCheck.design(trial("BIG_STICK", "1:1", 3, List.of(), null), none))
                .isInstanceOf(BigStick.class);
        assertThat(DesignCheck.design(trial("BLOCK_URN", "2:1", 2, List.of(), null), none))
                .isInstanceOf(BlockUrn.class);
        assertThat(DesignCheck.design(trial(" MAXIMAL_PROCEDURE ", "1:1", 3, List.of(), 10), none))
                .isInstanceOf(MaximalProcedure.class);
        Design blocks = DesignCheck.design(trial("PERMUTED_BLOCKS", "1:1", null, List.of(6, 4, 6), null), none);
        assertThat(none).isEmpty();
        assertThat(((BlockDesign) blocks).blockSizes()).containsExactly(4, 6);
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"big_stick", "RANDOM", "BLOCK"})
    @DisplayName("an unknown design names the design, and nothing else is checked")
    void unknownDesign(String design) {
        assertThat(problems(trial(design, "9:9", null, List.of(), null)))
                .containsExactly("design:problem.trial.design");
    }

    @Test
    @DisplayName("a bad ratio names the ratio, and the parameters are not checked")
    void badRatio() {
        assertThat(problems(trial("BLOCK_URN", "7:1", null, List.of(), null)))
                .containsExactly("ratio:problem.trial.ratio");
    }

    @ParameterizedTest(name = "{0} with {1}: {2}")
    @DisplayName("the big stick and the maximal procedure allocate 1:1 only")
    @CsvSource({
        "BIG_STICK, 1:1, true",
        "BIG_STICK, 2:2, true",
        "BIG_STICK, 2:1, false",
        "MAXIMAL_PROCEDURE, 1:2, false",
        "BLOCK_URN, 2:1, true"
    })
    void oneToOne(String design, String ratio, boolean accepted) {
        List<String> problems = problems(trial(design, ratio, 3, List.of(), 10));
        assertThat(problems.contains("ratio:problem.trial.ratio.oneToOne")).isEqualTo(!accepted);
    }

    @ParameterizedTest(name = "MTI {0}: {1}")
    @DisplayName("a maximum tolerated imbalance is 1 to 10")
    @CsvSource({"0, false", "1, true", "3, true", "10, true", "11, false", "-1, false", ", false"})
    void mti(Integer mti, boolean accepted) {
        for (String design : List.of("BIG_STICK", "BLOCK_URN", "MAXIMAL_PROCEDURE")) {
            assertThat(problems(trial(design, "1:1", mti, List.of(), 10)).contains("mti:problem.trial.mti"))
                    .as(design)
                    .isEqualTo(!accepted);
        }
    }

    @Test
    @DisplayName("permuted blocks need no MTI")
    void blocksNeedNoMti() {
        assertThat(problems(trial("PERMUTED_BLOCKS", "1:1", null, List.of(4), null)))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} with {1}: {2}")
    @DisplayName("block sizes are 2 to 20, each a whole number of ratios")
    @CsvSource({
        "1:1, 2, true",
        "1:1, 2 4 20, true",
        "1:1, 1, false",
        "1:1, 3, false",
        "1:1, 22, false",
        "1:1, 0, false",
        "2:1, 3 6 18, true",
        "2:1, 4, false",
        "2:1, 21, false",
        "1:3, 4 8 20, true",
        "1:3, 2, false"
    })
    void blockSizes(String ratio, String sizes, boolean accepted) {
        List<Integer> blockSizes =
                Arrays.stream(sizes.split(" ")).map(Integer::valueOf).toList();
        List<String> problems = problems(trial("PERMUTED_BLOCKS", ratio, null, blockSizes, null));
        assertThat(problems).isEqualTo(accepted ? List.of() : List.of("blockSizes:problem.trial.blockSizes"));
    }

    @Test
    @DisplayName("permuted blocks need at least one block size, and an empty one is refused")
    void blockSizesRequired() {
        assertThat(problems(trial("PERMUTED_BLOCKS", "1:1", null, List.of(), null)))
                .containsExactly("blockSizes:problem.trial.blockSizes");
        List<Integer> withEmpty = new ArrayList<>();
        withEmpty.add(4);
        withEmpty.add(null);
        assertThat(problems(trial("PERMUTED_BLOCKS", "1:1", null, withEmpty, null)))
                .containsExactly("blockSizes:problem.trial.blockSizes");
    }

    @ParameterizedTest(name = "length {0}: {1}")
    @DisplayName("a maximal procedure's sequence length is even, 2 to 200")
    @CsvSource({
        "2, true",
        "10, true",
        "200, true",
        "0, false",
        "1, false",
        "11, false",
        "201, false",
        "202, false",
        ", false"
    })
    void sequenceLength(Integer length, boolean accepted) {
        assertThat(problems(trial("MAXIMAL_PROCEDURE", "1:1", 3, List.of(), length)))
                .isEqualTo(accepted ? List.of() : List.of("sequenceLength:problem.trial.sequenceLength"));
    }

    @Test
    @DisplayName("every bad parameter is named at once")
    void everyProblem() {
        assertThat(problems(trial("MAXIMAL_PROCEDURE", "2:1", 0, List.of(), 3)))
                .containsExactly(
                        "ratio:problem.trial.ratio.oneToOne",
                        "mti:problem.trial.mti",
                        "sequenceLength:problem.trial.sequenceLength");
    }
}
