package dk.nextwork.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.Item;
import dk.nextwork.fidelity.scoring.AssessmentResult;
import dk.nextwork.fidelity.scoring.Ratings;
import dk.nextwork.fidelity.scoring.Scorer;
import dk.nextwork.fidelity.scoring.SectionScore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the scoring that hold for every possible set of ratings. */
class ScoringPropertiesTest {

    private static final Instrument V1 = Fixtures.V1;
    private static final KeyFigures FIGURES = Fixtures.typicalFigures().build();

    @Provide
    Arbitrary<int[]> ratings() {
        Arbitrary<Integer> rating = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(10, Arbitraries.integers().between(1, 5)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Ratings.CANNOT_BE_ASSESSED)));
        return rating.array(int[].class).ofSize(V1.items().size());
    }

    private static Ratings toRatings(int[] values) {
        Ratings.Builder builder = Ratings.of(V1);
        for (Item item : V1.items()) {
            builder.rate(item.code(), values[item.index()]);
        }
        return builder.build();
    }

    @Property
    @Label("every section score and the fidelity score lie in [1, 5]")
    void scoresInRange(@ForAll("ratings") int[] values) {
        AssessmentResult result = Scorer.score(toRatings(values), FIGURES);
        for (SectionScore section : result.sections()) {
            section.value().ifPresent(score -> assertThat(score).isBetween(Ratio.ONE, Ratio.of(5)));
        }
        result.fidelityScore().ifPresent(score -> assertThat(score).isBetween(Ratio.ONE, Ratio.of(5)));
    }

    @Property
    @Label("raising one rating never lowers its section score")
    void monotone(@ForAll("ratings") int[] values, @ForAll("itemIndex") int index) {
        int[] raised = values.clone();
        if (values[index] == Ratings.CANNOT_BE_ASSESSED || values[index] == 5) {
            return;
        }
        raised[index] = values[index] + 1;
        String section = V1.items().get(index).sectionCode();
        SectionScore before =
                Scorer.score(toRatings(values), FIGURES).section(section).orElseThrow();
        SectionScore after =
                Scorer.score(toRatings(raised), FIGURES).section(section).orElseThrow();
        assertThat(after.isScored()).isEqualTo(before.isScored());
        if (before.isScored()) {
            assertThat(after.score()).isGreaterThan(before.score());
        }
    }

    @Provide
    Arbitrary<Integer> itemIndex() {
        return Arbitraries.integers().between(0, V1.items().size() - 1);
    }

    @Property
    @Label("the order in which items are rated does not matter")
    void orderDoesNotMatter(@ForAll("ratings") int[] values, @ForAll long seed) {
        List<Item> shuffled = new ArrayList<>(V1.items());
        Collections.shuffle(shuffled, new Random(seed));
        Ratings.Builder builder = Ratings.of(V1);
        for (Item item : shuffled) {
            builder.rate(item.code(), values[item.index()]);
        }
        AssessmentResult inOrder = Scorer.score(toRatings(values), FIGURES);
        AssessmentResult outOfOrder = Scorer.score(builder.build(), FIGURES);
        assertThat(outOfOrder.sections()).isEqualTo(inOrder.sections());
        assertThat(outOfOrder.fidelity()).isEqualTo(inOrder.fidelity());
    }

    @Property
    @Label("percent = (score − 1) / 4 × 100, and lies in [0, 100]")
    void percent(@ForAll("scores") Ratio score) {
        Ratio percent = Scorer.percent(score);
        assertThat(percent.times(4).dividedBy(100).plus(Ratio.ONE)).isEqualTo(score);
        assertThat(percent).isBetween(Ratio.ZERO, Ratio.of(100));
    }

    @Provide
    Arbitrary<Ratio> scores() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 60),
                        Arbitraries.integers().between(1, 12))
                .as((a, b) -> Ratio.of(Math.max(b, Math.min(5L * b, a)), b));
    }

    @Property
    @Label("a data rule's implied rating is always 1–5 or explicitly not computable")
    void impliedAlwaysDefined(
            @ForAll("counts") long a,
            @ForAll("counts") long b,
            @ForAll("counts") long c,
            @ForAll("counts") long weeks) {
        KeyFigures figures = KeyFigures.builder()
                .count("enrolledYouth", a)
                .count("youthInInternship", b)
                .count("plannedPlaces", c)
                .count("activeCompanies", b)
                .count("youthNetworkMeetingsHeld", c)
                .count("internshipsStarted", a)
                .count("internshipsChosenByYouth", b)
                .count("eventsHeld", c)
                .count("companyNetworkMeetingsHeld", a)
                .fte("consultantFte", java.math.BigDecimal.valueOf(c, 2))
                .fte("psychologistFte", java.math.BigDecimal.valueOf(b, 2))
                .weeks(Ratio.of(weeks + 1))
                .build();
        AssessmentResult result = Scorer.score(Fixtures.allRated(V1, 3).build(), figures);
        assertThat(result.impliedRatings()).allSatisfy(i -> {
            if (i.implied().isComputable()) {
                assertThat(i.implied().rating()).isBetween(1, 5);
            } else {
                assertThat(i.implied().notComputable()).isNotBlank();
            }
        });
    }

    @Provide
    Arbitrary<Long> counts() {
        return Arbitraries.longs().between(0, 5_000);
    }
}
