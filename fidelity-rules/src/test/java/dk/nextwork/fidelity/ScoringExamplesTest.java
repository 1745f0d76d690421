package dk.nextwork.fidelity;

import static dk.nextwork.fidelity.Fixtures.V1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.nextwork.fidelity.instrument.DataRule;
import dk.nextwork.fidelity.scoring.AssessmentResult;
import dk.nextwork.fidelity.scoring.Calibration;
import dk.nextwork.fidelity.scoring.Drift;
import dk.nextwork.fidelity.scoring.Ratings;
import dk.nextwork.fidelity.scoring.Scorer;
import dk.nextwork.fidelity.scoring.SectionScore;
import dk.nextwork.fidelity.scoring.SmallNumbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked examples of fidelity-instrument-v1.md, at the boundaries of every rule. */
class ScoringExamplesTest {

    private static DataRule rule(String item) {
        return V1.item(item).orElseThrow().dataRule().orElseThrow();
    }

    private static DataRule.Implied implied(String item, KeyFigures figures) {
        return rule(item).apply(figures);
    }

    @Nested
    @DisplayName("ST1 Normering (caseload per consultant FTE)")
    class Caseload {

        @ParameterizedTest(name = "{0} young people / {1} FTE → {2}")
        @CsvSource({
            "9, 1, 2",
            "10, 1, 4",
            "14, 1, 4",
            "15, 1, 5",
            "22, 1, 5",
            "23, 1, 4",
            "25, 1, 4",
            "26, 1, 3",
            "30, 1, 3",
            "31, 1, 2",
            "35, 1, 2",
            "36, 1, 1",
            "55, 2.50, 5",
            "56, 2.50, 4"
        })
        @DisplayName("caseload bands: 22 is 5 and 23 is 4; 9 is 2 and 10 is 4")
        void caseloadBands(long enrolled, String fte, int expected) {
            KeyFigures figures = KeyFigures.builder()
                    .count("enrolledYouth", enrolled)
                    .fte("consultantFte", new BigDecimal(fte))
                    .build();
            assertThat(implied("ST1", figures).rating()).isEqualTo(expected);
        }

        @Test
        @DisplayName("a caseload of 22.4 (56 / 2.5) is above 22, so 4; the value is kept exact")
        void caseloadIsARealNumber() {
            KeyFigures figures = KeyFigures.builder()
                    .count("enrolledYouth", 56)
                    .fte("consultantFte", new BigDecimal("2.5"))
                    .build();
            assertThat(implied("ST1", figures).value()).isEqualTo(Ratio.of(112, 5));
        }

        @Test
        @DisplayName("consultantFte = 0 makes ST1 not computable, and the rest of the report still scores")
        void zeroFteIsNotComputable() {
            KeyFigures figures = Fixtures.typicalFigures()
                    .fte("consultantFte", BigDecimal.ZERO)
                    .build();
            AssessmentResult result = Scorer.score(Fixtures.allRated(V1, 4).build(), figures);
            assertThat(result.implied("ST1").orElseThrow().implied().isComputable())
                    .isFalse();
            assertThat(result.implied("ST1").orElseThrow().implied().notComputable())
                    .contains("consultantFte is 0");
            assertThat(result.fidelityScore()).contains(Ratio.of(4));
        }
    }

    @Nested
    @DisplayName("MM1 weekly youth network (meetings held / weeks)")
    class Meetings {

        @Test
        @DisplayName("exactly 0.90 is 5; 0.8999 is 4")
        void ninetyPercentBoundary() {
            assertThat(rule("MM1").rate(Ratio.parse("0.90"))).isEqualTo(5);
            assertThat(rule("MM1").rate(Ratio.parse("0.8999"))).isEqualTo(4);
        }

        @Test
        @DisplayName("9 meetings in 10 weeks is exactly 0.90 and gives 5; 8 999 in 10 000 weeks gives 4")
        void fromKeyFigures() {
            KeyFigures ninety = KeyFigures.builder()
                    .weeks(Ratio.of(10))
                    .count("youthNetworkMeetingsHeld", 9)
                    .build();
            assertThat(implied("MM1", ninety).rating()).isEqualTo(5);
            KeyFigures almost = KeyFigures.builder()
                    .weeks(Ratio.of(10_000))
                    .count("youthNetworkMeetingsHeld", 8_999)
                    .build();
            assertThat(implied("MM1", almost).rating()).isEqualTo(4);
        }

        @Test
        @DisplayName("weeks come from the period's dates, days / 7, not rounded: 1 Jan – 30 Jun 2026 is 181/7 weeks")
        void weeksFromDates() {
            KeyFigures figures = KeyFigures.builder()
                    .period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30))
                    .build();
            assertThat(figures.get("weeksInPeriod")).contains(Ratio.of(181, 7));
        }

        @Test
        @DisplayName("company network meetings per 3 months: 2 meetings in 13 weeks is 5, 1 is 3, 0 is 1")
        void perQuarter() {
            for (int[] c : new int[][] {{2, 5}, {1, 3}, {0, 1}}) {
                KeyFigures figures = KeyFigures.builder()
                        .weeks(Ratio.of(13))
                        .count("companyNetworkMeetingsHeld", c[0])
                        .build();
                assertThat(implied("MM3", figures).rating())
                        .as("%d meetings", c[0])
                        .isEqualTo(c[1]);
            }
        }
    }

    @Nested
    @DisplayName("Sections and the fidelity score")
    class Sections {

        @Test
        @DisplayName("one item marked 9 is left out of the mean; two items marked 9 leave the section without a score")
        void cannotBeAssessed() {
            Ratings one = Fixtures.allRated(V1, 4).rate("AI1", 9).rate("AI2", 2).build();
            SectionScore ai = Scorer.score(one, KeyFigures.builder().build())
                    .section("AI")
                    .orElseThrow();
            assertThat(ai.score()).isEqualTo(Ratio.of(10, 3));
            assertThat(ai.cannotBeAssessed()).isEqualTo(1);

            Ratings two = Fixtures.allRated(V1, 4).rate("AI1", 9).rate("AI2", 9).build();
            AssessmentResult result = Scorer.score(two, KeyFigures.builder().build());
            assertThat(result.section("AI").orElseThrow().isScored()).isFalse();
            assertThat(result.section("AI").orElseThrow().notScored()).contains("2 items marked 9");
            assertThat(result.fidelityScore()).isEmpty();
            assertThat(result.fidelityNotComputable()).contains("principle AI has no score");
        }

        @Test
        @DisplayName("the fidelity score is the mean of the three principles; ST is shown beside it, not in it")
        void fidelityIsMeanOfPrinciples() {
            Ratings ratings = Fixtures.allRated(V1, 3)
                    .rate("AI1", 5)
                    .rate("AI2", 5)
                    .rate("MS1", 4)
                    .rate("ST1", 1)
                    .build();
            AssessmentResult result = Scorer.score(ratings, KeyFigures.builder().build());
            assertThat(result.section("AI").orElseThrow().score()).isEqualTo(Ratio.of(4));
            assertThat(result.section("MM").orElseThrow().score()).isEqualTo(Ratio.of(3));
            assertThat(result.section("MS").orElseThrow().score()).isEqualTo(Ratio.of(13, 4));
            assertThat(result.section("ST").orElseThrow().score()).isEqualTo(Ratio.of(10, 4));
            assertThat(result.fidelity()).isEqualTo(Ratio.of(41, 12));
            assertThat(result.fidelity().display(Locale.forLanguageTag("da"))).isEqualTo("3,4");
            assertThat(result.fidelityBand().code()).isEqualTo("adequate");
            assertThat(result.fidelityPercent())
                    .contains(Ratio.of(41, 12).minus(Ratio.ONE).times(25));
        }

        @Test
        @DisplayName("bands: 4.0 is høj fidelitet, 3.99 tilstrækkelig, 3.0 tilstrækkelig, below 3.0 lav")
        void bands() {
            assertThat(V1.bandOf(Ratio.parse("4.0")).label().da()).isEqualTo("høj fidelitet");
            assertThat(V1.bandOf(Ratio.parse("3.99")).label().da()).isEqualTo("tilstrækkelig");
            assertThat(V1.bandOf(Ratio.parse("3.0")).label().da()).isEqualTo("tilstrækkelig");
            assertThat(V1.bandOf(Ratio.of(11, 4)).label().da()).isEqualTo("lav");
        }

        @Test
        @DisplayName("percent = (score − 1) / 4 × 100: 1 is 0 %, 3 is 50 %, 5 is 100 %")
        void percent() {
            assertThat(Scorer.percent(Ratio.ONE)).isEqualTo(Ratio.ZERO);
            assertThat(Scorer.percent(Ratio.of(3))).isEqualTo(Ratio.of(50));
            assertThat(Scorer.percent(Ratio.of(5))).isEqualTo(Ratio.of(100));
        }

        @Test
        @DisplayName("a draft with unrated items has no section score and says how many are missing")
        void unratedItems() {
            Ratings partial = Ratings.of(V1).rate("AI1", 4).build();
            SectionScore ai = Scorer.score(partial, KeyFigures.builder().build())
                    .section("AI")
                    .orElseThrow();
            assertThat(ai.isScored()).isFalse();
            assertThat(ai.notScored()).isEqualTo("3 item(s) not rated yet");
        }

        @Test
        @DisplayName("the outcome share is exits to job or education over all exits; with no exits it is absent")
        void outcomeShare() {
            AssessmentResult result = Scorer.score(
                    Fixtures.allRated(V1, 4).build(), Fixtures.typicalFigures().build());
            assertThat(result.outcomeShare()).isEqualTo(Ratio.of(3, 4));
            KeyFigures noExits = KeyFigures.builder()
                    .count("exitsToJob", 0)
                    .count("exitsToEducation", 0)
                    .count("exitsOther", 0)
                    .build();
            assertThat(Scorer.outcomeShare(noExits)).isEmpty();
        }
    }

    @Nested
    @DisplayName("Rules the Hub applies")
    class Rules {

        @Test
        @DisplayName(
                "evidence check: a self-rating 2 from the implied rating needs a justification; 1 from it does not")
        void evidenceCheck() {
            // typical figures: 48 / 60 in internship = 0.80 → AI1 implied 5
            KeyFigures figures = Fixtures.typicalFigures().build();
            AssessmentResult gapTwo =
                    Scorer.score(Fixtures.allRated(V1, 4).rate("AI1", 3).build(), figures);
            assertThat(gapTwo.evidenceFindings()).anySatisfy(f -> {
                assertThat(f.itemCode()).isEqualTo("AI1");
                assertThat(f.selfRating()).isEqualTo(3);
                assertThat(f.impliedRating()).isEqualTo(5);
            });
            AssessmentResult gapOne = Scorer.score(Fixtures.allRated(V1, 4).build(), figures);
            assertThat(gapOne.evidenceFindings()).noneMatch(f -> f.itemCode().equals("AI1"));
        }

        @Test
        @DisplayName("a rule that is not computable is no rating at all: rated 5, it asks for no justification, where"
                + " taking it as 0 (or as the rule's lowest rating) would")
        void notComputableIsNotZero() {
            // enrolledYouth 0: AI1 and MM2 divide by it (not computable); ST4 is 0 / 60 = 0, which implies 1.
            KeyFigures figures = KeyFigures.builder()
                    .weeks(Ratio.of(26))
                    .count("enrolledYouth", 0)
                    .count("plannedPlaces", 60)
                    .count("youthInInternship", 0)
                    .count("activeCompanies", 10)
                    .build();
            AssessmentResult result = Scorer.score(Fixtures.allRated(V1, 5).build(), figures);
            assertThat(result.implied("AI1").orElseThrow().implied().isComputable())
                    .isFalse();
            assertThat(result.implied("MS1").orElseThrow().implied().notComputable())
                    .isEqualTo("internshipsChosenByYouth is not reported");
            assertThat(result.evidenceFindings())
                    .extracting(f -> f.itemCode())
                    .doesNotContain("AI1", "MM2", "MS1")
                    .contains("ST4");
        }

        @Test
        @DisplayName("an item marked 9 or a rule that is not computable never triggers the evidence check")
        void evidenceCheckNeedsBoth() {
            KeyFigures figures =
                    Fixtures.typicalFigures().count("enrolledYouth", 0).build();
            AssessmentResult result =
                    Scorer.score(Fixtures.allRated(V1, 1).rate("ST2", 9).build(), figures);
            assertThat(result.evidenceFindings()).extracting(f -> f.itemCode()).doesNotContain("AI1", "MM2", "ST2");
        }

        @Test
        @DisplayName("action plan: Magtskifte at 2.5 requires one, linked to its lowest items; 3.0 does not")
        void actionPlan() {
            Ratings low = Fixtures.allRated(V1, 4)
                    .rate("MS1", 3)
                    .rate("MS2", 2)
                    .rate("MS3", 2)
                    .rate("MS4", 3)
                    .build();
            AssessmentResult result = Scorer.score(low, KeyFigures.builder().build());
            assertThat(result.section("MS").orElseThrow().score()).isEqualTo(Ratio.parse("2.5"));
            assertThat(result.actionPlan()).singleElement().satisfies(r -> {
                assertThat(r.sectionCode()).isEqualTo("MS");
                assertThat(r.lowestItems()).containsExactly("MS2", "MS3");
            });
            Ratings three = Fixtures.allRated(V1, 3).build();
            assertThat(Scorer.score(three, KeyFigures.builder().build()).actionPlanRequired())
                    .isFalse();
        }

        @Test
        @DisplayName("drift: a drop of exactly 0.5 raises an alert; a drop of 0.25 does not; falling below 3.0 does")
        void drift() {
            KeyFigures none = KeyFigures.builder().build();
            AssessmentResult before = Scorer.score(Fixtures.allRated(V1, 4).build(), none);
            AssessmentResult halfDown = Scorer.score(
                    Fixtures.allRated(V1, 4).rate("AI1", 3).rate("AI2", 3).build(), none);
            assertThat(halfDown.section("AI").orElseThrow().score()).isEqualTo(Ratio.parse("3.5"));
            assertThat(Drift.alert(before, halfDown, "AI")).hasValueSatisfying(a -> {
                assertThat(a.dropped()).isTrue();
                assertThat(a.belowThreshold()).isFalse();
                assertThat(a.drop()).isEqualTo(Ratio.parse("0.5"));
            });
            AssessmentResult quarterDown =
                    Scorer.score(Fixtures.allRated(V1, 4).rate("AI1", 3).build(), none);
            assertThat(Drift.alerts(before, quarterDown)).isEmpty();

            AssessmentResult low =
                    Scorer.score(Fixtures.allRated(V1, 3).rate("MM1", 2).build(), none);
            assertThat(Drift.alert(null, low, "MM"))
                    .hasValueSatisfying(a -> assertThat(a.belowThreshold()).isTrue());
        }

        @Test
        @DisplayName("drift compares by principle across instrument versions")
        void driftAcrossVersions() {
            KeyFigures none = KeyFigures.builder().build();
            AssessmentResult before = Scorer.score(Fixtures.allRated(V1, 4).build(), none);
            AssessmentResult after = Scorer.score(
                    Fixtures.allRated(Fixtures.V1_1, 4).rate("MS5", 1).build(), none);
            assertThat(after.section("MS").orElseThrow().score()).isEqualTo(Ratio.of(17, 5));
            assertThat(Drift.alert(before, after, "MS"))
                    .hasValueSatisfying(a -> assertThat(a.drop()).isEqualTo(Ratio.of(3, 5)));
        }

        @Test
        @DisplayName("calibration: supervisor 2 away from the self-rating is a gap; 1 away is not; 9 is never compared")
        void calibration() {
            Ratings self = Fixtures.allRated(V1, 4).rate("ST3", 9).build();
            Ratings supervisor = Fixtures.allRated(V1, 4)
                    .rate("MS3", 2)
                    .rate("AI2", 3)
                    .rate("ST3", 1)
                    .build();
            assertThat(Calibration.gaps(self, supervisor)).containsExactly(new Calibration.Gap("MS3", 4, 2));
        }

        @Test
        @DisplayName("small numbers: 4 is shown as \"< 5\", 5 as \"5\", 0 as \"< 5\"")
        void smallNumbers() {
            assertThat(SmallNumbers.display(4, V1.rules())).isEqualTo("< 5");
            assertThat(SmallNumbers.display(5, V1.rules())).isEqualTo("5");
            assertThat(SmallNumbers.display(0, V1.rules())).isEqualTo("< 5");
        }
    }

    @Nested
    @DisplayName("Invalid input gets a specific error, never NaN or a deep exception")
    class InvalidInput {

        @ParameterizedTest(name = "rating {0} is refused")
        @CsvSource({"0", "6", "-1", "8", "10"})
        void ratingOutOfRange(int rating) {
            assertThatThrownBy(() -> Ratings.of(V1).rate("MS1", rating))
                    .isInstanceOf(FidelityInputException.class)
                    .hasMessageContaining("ratings.MS1")
                    .hasMessageContaining("must be 1–5, or 9");
        }

        @Test
        @DisplayName("an unknown item code names the code and the instrument version")
        void unknownItem() {
            assertThatThrownBy(() -> Ratings.of(V1).rate("MS5", 3))
                    .isInstanceOf(FidelityInputException.class)
                    .satisfies(e ->
                            assertThat(((FidelityInputException) e).field()).isEqualTo("ratings.MS5"))
                    .hasMessageContaining("nextwork-fidelity@1.0");
        }

        @Test
        @DisplayName("a negative key figure, a fractional count and an FTE with three decimals are refused by name")
        void badFigures() {
            assertThatThrownBy(() -> KeyFigures.builder().count("enrolledYouth", -3))
                    .hasMessage("keyFigures.enrolledYouth: must be 0 or more, was -3");
            assertThatThrownBy(() -> check("eventsHeld", "2.5"))
                    .hasMessage("keyFigures.eventsHeld: must be a whole number, was 2.5");
            assertThatThrownBy(() -> check("consultantFte", "2.125"))
                    .hasMessage("keyFigures.consultantFte: at most 2 decimals, was 2.125");
            assertThatThrownBy(() -> check("psychologistFte", "-0.5"))
                    .hasMessage("keyFigures.psychologistFte: must be 0 or more, was -0.5");
            assertThatThrownBy(() -> KeyFigures.builder().fte("psychologistFte", new BigDecimal("-0.5")))
                    .hasMessage("keyFigures.psychologistFte: must be 0 or more, was -0.5");
        }

        @Test
        @DisplayName("a figure no storage or team could hold (1E+30, a count over a million, 10 001 FTE) is refused as"
                + " too large, never wrapped into a wrong number")
        void tooLarge() {
            assertThatThrownBy(() -> check("enrolledYouth", "1E+30"))
                    .isInstanceOf(FidelityInputException.class)
                    .hasMessage("keyFigures.enrolledYouth: at most 1000000, was 1E+30")
                    .satisfies(
                            e -> assertThat(((FidelityInputException) e).key()).isEqualTo("keyFigure.tooLarge"));
            // The refusal names a huge number as written, never all its digits (1e20000000 would be a 20 MB string).
            assertThatThrownBy(() -> check("enrolledYouth", "1e20000000"))
                    .hasMessage("keyFigures.enrolledYouth: at most 1000000, was 1E+20000000");
            assertThatThrownBy(() -> check("eventsHeld", "1000001"))
                    .hasMessage("keyFigures.eventsHeld: at most 1000000, was 1000001");
            check("eventsHeld", "1000000");
            assertThat(KeyFigures.builder()
                            .count("eventsHeld", 1_000_000)
                            .build()
                            .get("eventsHeld"))
                    .contains(Ratio.of(1_000_000));
            assertThatThrownBy(() -> check("consultantFte", "1E+30"))
                    .satisfies(
                            e -> assertThat(((FidelityInputException) e).key()).isEqualTo("keyFigure.tooLarge"));
            assertThatThrownBy(() -> check("consultantFte", "10000.01"))
                    .hasMessage("keyFigures.consultantFte: at most 10000, was 10000.01");
        }

        /** A value checked against instrument 1.0's declaration of the figure. */
        private static void check(String figure, String value) {
            Fixtures.V1.keyFigure(figure).orElseThrow().check(new BigDecimal(value));
        }

        @Test
        @DisplayName("a ratio whose denominator is 0 is not computable, with the reason, and the report still scores")
        void zeroDenominator() {
            KeyFigures figures = Fixtures.typicalFigures()
                    .count("internshipsStarted", 0)
                    .count("plannedPlaces", 0)
                    .build();
            AssessmentResult result = Scorer.score(Fixtures.allRated(V1, 3).build(), figures);
            assertThat(result.implied("MS1").orElseThrow().implied().notComputable())
                    .isEqualTo("internshipsStarted is 0");
            assertThat(result.implied("ST4").orElseThrow().implied().isComputable())
                    .isFalse();
            assertThat(result.fidelity()).isEqualTo(Ratio.of(3));
        }

        @Test
        @DisplayName("a missing key figure is not computable, never taken as 0")
        void missingFigure() {
            AssessmentResult result = Scorer.score(
                    Fixtures.allRated(V1, 3).build(), KeyFigures.builder().build());
            assertThat(result.impliedRatings())
                    .allSatisfy(i -> assertThat(i.implied().notComputable()).endsWith("is not reported"));
        }

        @Test
        @DisplayName("a period that ends before it starts is refused")
        void backwardsPeriod() {
            assertThatThrownBy(() -> KeyFigures.builder().period(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 1, 1)))
                    .isInstanceOf(FidelityInputException.class)
                    .hasMessageContaining("period");
        }
    }
}
