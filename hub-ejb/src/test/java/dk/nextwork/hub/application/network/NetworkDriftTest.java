package dk.nextwork.hub.application.network;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.fidelity.Ratio;
import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.hub.domain.model.network.NetworkScores;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Drift alerts from the read model's frozen scores (the exact fractions stored with each approved report), as
 * fidelity-instrument-v1.md says: a principle that drops 0.5 or more, or falls below 3.0.
 */
@DisplayName("The network's drift alerts")
class NetworkDriftTest {

    private static final InstrumentCatalog CATALOG = InstrumentCatalog.builtIn();

    /** One report's scores: section and exact score by turns (null: no score). */
    private static List<NetworkScores.Score> report(String name, long id, String period, int rank, String... scores) {
        List<NetworkScores.Score> rows = new ArrayList<>();
        for (int i = 0; i < scores.length; i += 2) {
            String exact = scores[i + 1];
            rows.add(new NetworkScores.Score(
                    name.toLowerCase(),
                    name,
                    "ACTIVE",
                    id,
                    "nextwork-fidelity",
                    "1.0",
                    period,
                    LocalDate.of(2025, period.endsWith("H1") ? 1 : 7, 1),
                    scores[i],
                    // The decimal the database keeps beside the fraction (hub_fraction: 8 decimals).
                    exact == null ? null : Ratio.parse(exact).rounded(8),
                    exact,
                    rank));
        }
        return rows;
    }

    @Test
    @DisplayName(
            "Magtskifte 4 → 7/2 drops exactly 0,5: an alert naming both reports; Struktur og team never raises one")
    void dropOfHalf() {
        List<NetworkScores.Score> rows = new ArrayList<>();
        rows.addAll(report("Horsens", 2, "2025-H2", 1, "AI", "4", "MM", "4", "MS", "7/2", "ST", "1"));
        rows.addAll(report("Horsens", 1, "2025-H1", 2, "AI", "4", "MM", "4", "MS", "4", "ST", "5"));
        assertThat(NetworkDrift.alerts(rows, CATALOG)).singleElement().satisfies(a -> {
            assertThat(a.section()).isEqualTo("MS");
            assertThat(a.assessmentId()).isEqualTo(2);
            assertThat(a.previousPeriod()).isEqualTo("2025-H1");
            assertThat(a.previous()).isEqualByComparingTo("4");
            assertThat(a.period()).isEqualTo("2025-H2");
            assertThat(a.current()).isEqualByComparingTo("3.5");
            assertThat(a.dropped()).isTrue();
            assertThat(a.belowThreshold()).isFalse();
        });
    }

    @Test
    @DisplayName("a first report below 3,0 raises one without a previous period; a principle without a score none;"
            + " the alerts by name in Danish order (Ærø after Horsens)")
    void firstReportsInDanishOrder() {
        List<NetworkScores.Score> rows = new ArrayList<>();
        rows.addAll(report("Ærø", 3, "2025-H2", 1, "AI", "11/4", "MM", null, "MS", "4"));
        rows.addAll(report("Horsens", 4, "2025-H2", 1, "AI", "3", "MM", "11/4", "MS", "4"));
        List<NetworkView.DriftAlert> alerts = NetworkDrift.alerts(rows, CATALOG);
        assertThat(alerts).extracting(NetworkView.DriftAlert::name).containsExactly("Horsens", "Ærø");
        assertThat(alerts).extracting(NetworkView.DriftAlert::section).containsExactly("MM", "AI");
        assertThat(alerts).allSatisfy(a -> {
            assertThat(a.belowThreshold()).isTrue();
            assertThat(a.dropped()).isFalse();
            assertThat(a.previousPeriod()).isNull();
        });
    }
}
