package dk.nextwork.hub.application.network;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.hub.domain.model.network.NetworkScores;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The outcomes table and its small numbers, as fidelity-instrument-v1.md and product.md say: a count of young people
 * under 5, and any share worked out from one, is hidden; the outcome is (job + education) / all exits. Expected values
 * are worked out by hand beside each case.
 */
@DisplayName("The network's outcomes table")
class NetworkOutcomesTest {

    private static final int BELOW = 5;
    private static final Instrument V1 =
            InstrumentCatalog.builtIn().find("nextwork-fidelity", "1.0").orElseThrow();
    private static final Instrument V2 =
            InstrumentCatalog.builtIn().find("nextwork-fidelity", "2.0").orElseThrow();

    private static List<NetworkScores.Figure> figures(String municipality, Map<String, Object> values) {
        List<NetworkScores.Figure> figures = new ArrayList<>();
        values.forEach((k, v) -> figures.add(new NetworkScores.Figure(municipality, k, new BigDecimal(v.toString()))));
        return figures;
    }

    private static NetworkView.Figure figure(NetworkOutcomes outcomes, String municipality, String code) {
        return outcomes.rows().stream()
                .filter(r -> r.municipality().equals(municipality))
                .flatMap(r -> r.figures().stream())
                .filter(f -> f.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @DisplayName("40 enrolled over 2,5 FTE is 16 per consultant; 6 of 10 chosen is 60 %; (6 + 9) / 20 exits is 75 %;"
            + " 3 in an internship and 2 returners are hidden")
    void oneMunicipality() {
        NetworkOutcomes outcomes = NetworkOutcomes.of(
                figures(
                        "roskilde",
                        Map.of(
                                "enrolledYouth", 40,
                                "consultantFte", "2.5",
                                "youthInInternship", 3,
                                "internshipsStarted", 10,
                                "internshipsChosenByYouth", 6,
                                "exitsToJob", 6,
                                "exitsToEducation", 9,
                                "exitsOther", 5,
                                "returners", 2)),
                V1,
                false,
                BELOW);
        assertThat(outcomes.totals()).isEmpty();
        assertThat(outcomes.rows())
                .singleElement()
                .satisfies(r -> assertThat(r.figures())
                        .extracting(NetworkView.Figure::code)
                        .containsExactly(
                                "enrolledYouth",
                                "caseload",
                                "inInternship",
                                "chosenByYouth",
                                "exitsToWork",
                                "returners"));
        assertThat(figure(outcomes, "roskilde", "enrolledYouth").value()).isEqualByComparingTo("40");
        assertThat(figure(outcomes, "roskilde", "caseload").value()).isEqualByComparingTo("16");
        assertThat(figure(outcomes, "roskilde", "chosenByYouth").value()).isEqualByComparingTo("0.6");
        assertThat(figure(outcomes, "roskilde", "exitsToWork").value()).isEqualByComparingTo("0.75");
        for (String hidden : List.of("inInternship", "returners")) {
            assertThat(figure(outcomes, "roskilde", hidden))
                    .isEqualTo(new NetworkView.Figure(hidden, null, true, false));
        }
    }

    @Test
    @DisplayName("exactly 5 is shown; a share over fewer than 5 started, or beside an exit count under 5, is hidden")
    void sharesOfSmallCounts() {
        NetworkOutcomes outcomes = NetworkOutcomes.of(
                figures(
                        "horsens",
                        Map.of(
                                "enrolledYouth", 5,
                                "consultantFte", "0.25",
                                "internshipsStarted", 4,
                                "internshipsChosenByYouth", 4,
                                "exitsToJob", 10,
                                "exitsToEducation", 10,
                                "exitsOther", 4,
                                "returners", 5)),
                V1,
                false,
                BELOW);
        assertThat(figure(outcomes, "horsens", "enrolledYouth").value()).isEqualByComparingTo("5");
        assertThat(figure(outcomes, "horsens", "returners").value()).isEqualByComparingTo("5");
        // 5 / 0.25 FTE = 20 per consultant: an FTE is no count of young people, so its size hides nothing.
        assertThat(figure(outcomes, "horsens", "caseload").value()).isEqualByComparingTo("20");
        // 4 of 4 started: the denominator is a small count.
        assertThat(figure(outcomes, "horsens", "chosenByYouth").suppressed()).isTrue();
        // 4 other exits would be given back by the share beside 10 and 10.
        assertThat(figure(outcomes, "horsens", "exitsToWork").suppressed()).isTrue();
        // Not reported: nothing to show, and nothing hidden.
        assertThat(figure(outcomes, "horsens", "inInternship"))
                .isEqualTo(new NetworkView.Figure("inInternship", null, false, false));
    }

    @Test
    @DisplayName("with totals: 40 + 50 enrolled is 90; beside a total, a lone hidden 2 returners takes the 9 or the"
            + " total with it, marked 'complementary'")
    void totals() {
        List<NetworkScores.Figure> rows = new ArrayList<>();
        rows.addAll(figures("a", Map.of("enrolledYouth", 40, "returners", 2)));
        rows.addAll(figures("b", Map.of("enrolledYouth", 50, "returners", 9)));
        NetworkOutcomes outcomes = NetworkOutcomes.of(rows, V1, true, BELOW);
        assertThat(outcomes.totals())
                .extracting(NetworkView.Figure::code)
                .containsExactly("enrolledYouth", "returners");
        assertThat(outcomes.totals().get(0).value()).isEqualByComparingTo("90");
        assertThat(figure(outcomes, "a", "returners"))
                .isEqualTo(new NetworkView.Figure("returners", null, true, false));
        NetworkView.Figure nine = figure(outcomes, "b", "returners");
        NetworkView.Figure total = outcomes.totals().get(1);
        // 11 − 9 would give the 2 back: one of them is hidden too, and never as "< 5".
        assertThat(nine.complementary() || total.complementary()).isTrue();
        assertThat(nine.complementary() ? nine.value() : total.value()).isNull();
    }

    /** A municipality's internship outcome figures: ended, ordinary job, flexjob, education. */
    private static List<NetworkScores.Figure> internships(String municipality, int ended, int job, int flex, int edu) {
        return figures(
                municipality,
                Map.of(
                        "youthEndedInternship", ended,
                        "selfSupportingOrdinaryJob", job,
                        "selfSupportingFlexJob", flex,
                        "selfSupportingEducation", edu));
    }

    private static NetworkView.Figure total(NetworkOutcomes outcomes, String code) {
        return outcomes.totals().stream()
                .filter(f -> f.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    /**
     * STAR's example (info sheet 7): 1,107 ended, 60 ordinary job + 64 flexjob + 31 education = 155 self-supporting,
     * spread by hand over four municipalities (300 + 400 + 250 + 157 ended; 20 + 15 + 15 + 10, 18 + 20 + 16 + 10,
     * 10 + 9 + 7 + 5).
     */
    private static List<NetworkScores.Figure> star() {
        List<NetworkScores.Figure> rows = new ArrayList<>();
        rows.addAll(internships("a", 300, 20, 18, 10));
        rows.addAll(internships("b", 400, 15, 20, 9));
        rows.addAll(internships("c", 250, 15, 16, 7));
        rows.addAll(internships("d", 157, 10, 10, 5));
        return rows;
    }

    @Test
    @DisplayName("STAR's network: 155 of 1,107 self-supporting is 14 % pooled, split 60/155 = 39 %, 64/155 = 41 %,"
            + " 31/155 = 20 %; the median of 16 %, 11 %, 15,2 % and 15,92 % is 15,56 %")
    void starsNetwork() {
        NetworkOutcomes outcomes = NetworkOutcomes.of(star(), V2, true, BELOW);
        assertThat(total(outcomes, "youthEndedInternship").value()).isEqualByComparingTo("1107");
        // 155 / 1107 = 0.1400180…
        assertThat(total(outcomes, "selfSupportingAfterInternship").value()).isEqualByComparingTo("0.140018");
        assertThat(total(outcomes, "selfSupportingOrdinaryJobShare").value()).isEqualByComparingTo("0.387097");
        assertThat(total(outcomes, "selfSupportingFlexJobShare").value()).isEqualByComparingTo("0.412903");
        assertThat(total(outcomes, "selfSupportingEducationShare").value()).isEqualByComparingTo("0.2");
        // 48/300 = 0.16, 44/400 = 0.11, 38/250 = 0.152, 25/157 = 0.159236: the middle two's mean.
        assertThat(outcomes.medians())
                .singleElement()
                .satisfies(m -> assertThat(m.value()).isEqualByComparingTo("0.155618"));
        assertThat(figure(outcomes, "b", "selfSupportingAfterInternship").value())
                .isEqualByComparingTo("0.11");
        assertThat(figure(outcomes, "a", "selfSupportingFlexJobShare").value()).isEqualByComparingTo("0.375");
        assertThat(outcomes.above())
                .extracting(NetworkView.Above::municipalities)
                .containsExactly(0, 0);
        assertThat(outcomes.coverage())
                .filteredOn(c -> c.code().equals("selfSupportingAfterInternship"))
                .containsExactly(new NetworkView.Coverage("selfSupportingAfterInternship", 4, 4));
    }

    @Test
    @DisplayName("a municipality's own staff get no count totals, and the network's shares, median and thresholds only"
            + " from the municipalities whose figures are shown: e's 2 in a flexjob leaves e out (175 of 1,157 is"
            + " 15 %, not 197 of 1,257); the median only over 5 or more")
    void ownStaffSeeOnlyWhatIsShown() {
        List<NetworkScores.Figure> rows = new ArrayList<>(star());
        rows.addAll(internships("e", 100, 10, 2, 10));
        NetworkOutcomes four = NetworkOutcomes.of(rows, V2, false, BELOW);
        assertThat(four.totals())
                .extracting(NetworkView.Figure::code)
                .doesNotContain("enrolledYouth", "returners", "youthEndedInternship");
        // a–d only: 155 / 1107, as STAR's.
        assertThat(total(four, "selfSupportingAfterInternship").value()).isEqualByComparingTo("0.140018");
        assertThat(four.coverage())
                .filteredOn(c -> c.code().equals("selfSupportingAfterInternship"))
                .containsExactly(new NetworkView.Coverage("selfSupportingAfterInternship", 5, 4));
        // Four shown: no median, no counts above 20 % and 30 %.
        assertThat(four.medians()).containsExactly(NetworkView.Figure.complementary("selfSupportingAfterInternship"));
        assertThat(four.above()).isEmpty();

        rows.addAll(internships("f", 50, 10, 5, 5));
        NetworkOutcomes five = NetworkOutcomes.of(rows, V2, false, BELOW);
        // a–d and f: (155 + 20) / (1107 + 50) = 175 / 1157 = 0.151253.
        assertThat(total(five, "selfSupportingAfterInternship").value()).isEqualByComparingTo("0.151253");
        // 0.11, 0.152, 0.159236, 0.16, 0.40: the middle one.
        assertThat(five.medians().get(0).value()).isEqualByComparingTo("0.159236");
        assertThat(five.above())
                .extracting(NetworkView.Above::municipalities, NetworkView.Above::counted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 5), org.assertj.core.groups.Tuple.tuple(1, 5));
        // Supervisors: every municipality, e too: 197 / 1257.
        assertThat(total(NetworkOutcomes.of(rows, V2, true, BELOW), "selfSupportingAfterInternship")
                        .value())
                .isEqualByComparingTo("0.156722");
    }

    @Test
    @DisplayName("above 20 % and 30 %: of 2/20, 4/20, 5/20, 7/20 and 10/20 self-supporting, three are above 20 % (20 %"
            + " itself is not) and two above 30 %; 3 of 4 ended is not counted; to a municipality's own staff, with"
            + " every one of these hidden (a count under 5 in each), neither the counts nor the median")
    void variation() {
        List<NetworkScores.Figure> rows = new ArrayList<>();
        rows.addAll(internships("a", 20, 2, 0, 0));
        rows.addAll(internships("b", 20, 2, 1, 1));
        rows.addAll(internships("c", 20, 3, 1, 1));
        rows.addAll(internships("d", 20, 5, 1, 1));
        rows.addAll(internships("e", 20, 6, 2, 2));
        rows.addAll(internships("f", 4, 3, 0, 0));
        NetworkOutcomes outcomes = NetworkOutcomes.of(rows, V2, true, BELOW);
        assertThat(outcomes.above())
                .extracting(
                        NetworkView.Above::code,
                        a -> a.share().toPlainString(),
                        NetworkView.Above::municipalities,
                        NetworkView.Above::counted)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("selfSupportingAfterInternship", "0.20", 3, 5),
                        org.assertj.core.groups.Tuple.tuple("selfSupportingAfterInternship", "0.30", 2, 5));
        // The median of 0.10, 0.20, 0.25, 0.35, 0.50.
        assertThat(outcomes.medians().get(0).value()).isEqualByComparingTo("0.25");

        NetworkOutcomes own = NetworkOutcomes.of(rows, V2, false, BELOW);
        assertThat(own.above()).isEmpty();
        assertThat(own.medians()).containsExactly(NetworkView.Figure.complementary("selfSupportingAfterInternship"));
        assertThat(total(own, "selfSupportingAfterInternship").complementary()).isTrue();
    }

    @Test
    @DisplayName("2 in a flexjob hides the municipality's share and split (not its 300 ended); beside the network's"
            + " pooled figures another municipality's, or the network's, goes with it as 'complementary'")
    void smallInternshipCounts() {
        List<NetworkScores.Figure> rows = new ArrayList<>();
        rows.addAll(internships("a", 300, 20, 2, 10));
        rows.addAll(internships("b", 400, 15, 20, 9));
        rows.addAll(internships("c", 250, 15, 16, 7));
        NetworkOutcomes outcomes = NetworkOutcomes.of(rows, V2, true, BELOW);
        assertThat(figure(outcomes, "a", "youthEndedInternship").value()).isEqualByComparingTo("300");
        for (String code : List.of(
                "selfSupportingAfterInternship",
                "selfSupportingOrdinaryJobShare",
                "selfSupportingFlexJobShare",
                "selfSupportingEducationShare")) {
            assertThat(figure(outcomes, "a", code)).isEqualTo(new NetworkView.Figure(code, null, true, false));
        }
        // The network's 38 in a flexjob less b's 20 and c's 16 would give a's 2 back.
        boolean other = figure(outcomes, "b", "selfSupportingFlexJobShare").complementary()
                || figure(outcomes, "c", "selfSupportingFlexJobShare").complementary();
        assertThat(other || total(outcomes, "selfSupportingFlexJobShare").complementary())
                .isTrue();
        // Without the sums (a municipality's own staff), nothing else is hidden.
        NetworkOutcomes own = NetworkOutcomes.of(rows, V2, false, BELOW);
        assertThat(figure(own, "b", "selfSupportingFlexJobShare").value()).isEqualByComparingTo("0.454545");
    }
}
