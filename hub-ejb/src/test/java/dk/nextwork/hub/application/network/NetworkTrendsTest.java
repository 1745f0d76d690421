package dk.nextwork.hub.application.network;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.hub.domain.model.network.NetworkScores;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The network's spread and median over the periods: a municipality's own staff see them only over 5 municipalities or
 * more (the small-number threshold), so they never come close to one other municipality's score.
 */
@DisplayName("The network's spread and trends")
class NetworkTrendsTest {

    private static final List<NetworkScores.Spread> SPREAD = List.of(
            new NetworkScores.Spread("AI", 4, BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.TEN),
            new NetworkScores.Spread("MS", 5, BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.TEN));

    private static final List<NetworkScores.PeriodMedian> MEDIANS = List.of(
            new NetworkScores.PeriodMedian("2025-H1", LocalDate.of(2025, 1, 1), "AI", 4, new BigDecimal("3.5")),
            new NetworkScores.PeriodMedian("2025-H1", LocalDate.of(2025, 1, 1), "MS", 5, new BigDecimal("3.25")));

    private static final List<NetworkScores.Score> OWN = List.of(new NetworkScores.Score(
            "horsens",
            "Horsens",
            "ACTIVE",
            7,
            "nextwork-fidelity",
            "1.0",
            "2025-H1",
            LocalDate.of(2025, 1, 1),
            "AI",
            new BigDecimal("4.25"),
            "17/4",
            0));

    @Test
    @DisplayName("a lead sees the spread and the median over 5 municipalities, not over 4; the own score always")
    void ownStaffOverFiveOrMore() {
        NetworkTrends lead = new NetworkTrends(false, 5);
        assertThat(lead.spread(SPREAD)).extracting(NetworkView.Spread::section).containsExactly("MS");
        assertThat(lead.trend(MEDIANS, OWN, null))
                .containsExactly(
                        new NetworkView.TrendPoint("2025-H1", "AI", 4, null, new BigDecimal("4.25")),
                        new NetworkView.TrendPoint("2025-H1", "MS", 5, new BigDecimal("3.25"), null));
    }

    @Test
    @DisplayName("those who see every municipality see every median; a principle chosen keeps its trend only")
    void everyone() {
        NetworkTrends supervisor = new NetworkTrends(true, 5);
        assertThat(supervisor.spread(SPREAD)).hasSize(2);
        assertThat(supervisor.trend(MEDIANS, List.of(), "AI"))
                .containsExactly(new NetworkView.TrendPoint("2025-H1", "AI", 4, new BigDecimal("3.5"), null));
    }
}
