package dk.nextwork.hub.application.network;

import static org.assertj.core.api.Assertions.assertThat;

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
        NetworkOutcomes outcomes = NetworkOutcomes.of(rows, true, BELOW);
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
}
