package dk.nextwork.hub.application.network;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.hub.domain.model.network.NetworkScores;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The calibration table from the items supervisors rated, as the network picture reads them. */
@DisplayName("The network's calibration")
class NetworkCalibrationTest {

    private static final InstrumentCatalog CATALOG = InstrumentCatalog.builtIn();

    private static NetworkScores.RatedItem item(
            String municipality, long report, String period, String item, Integer self, int supervisor) {
        return new NetworkScores.RatedItem(
                municipality,
                municipality.substring(0, 1).toUpperCase() + municipality.substring(1),
                report,
                "nextwork-fidelity",
                "1.0",
                period,
                LocalDate.of(2025, period.endsWith("H1") ? 1 : 7, 1),
                item,
                self,
                supervisor);
    }

    /** The team rated 4 throughout: MS3 against 2 twice, AI1 against 3 and then 4, as NetworkIT's worked example. */
    private static List<NetworkScores.RatedItem> twoReports() {
        List<NetworkScores.RatedItem> rows = new ArrayList<>();
        rows.add(item("roskilde", 1, "2025-H1", "AI1", 4, 3));
        rows.add(item("roskilde", 1, "2025-H1", "MS3", 4, 2));
        rows.add(item("roskilde", 2, "2025-H2", "AI1", 4, 4));
        rows.add(item("roskilde", 2, "2025-H2", "MS3", 4, 2));
        rows.add(item("horsens", 3, "2025-H2", "MM1", 9, 1));
        rows.add(item("horsens", 3, "2025-H2", "MM2", null, 5));
        return rows;
    }

    @Test
    @DisplayName("per report: (2 + 1) / 2 = 1,50, then (2 + 0) / 2 = 1,00 — narrowed, MS3 persistent")
    void history() {
        List<NetworkView.Calibration> history = NetworkCalibration.history(twoReports(), CATALOG);
        assertThat(history).extracting(NetworkView.Calibration::assessmentId).containsExactly(1L, 2L, 3L);
        NetworkView.Calibration first = history.get(0);
        assertThat(first.rated()).isEqualTo(2);
        assertThat(first.meanDifference()).isEqualTo("1.50");
        assertThat(first.narrowed()).isNull();
        assertThat(first.persistent()).isEmpty();
        NetworkView.Calibration second = history.get(1);
        assertThat(second.gaps()).containsExactly(new NetworkView.Gap("MS3", 4, 2));
        assertThat(second.meanDifference()).isEqualTo("1.00");
        assertThat(second.narrowed()).isTrue();
        assertThat(second.persistent()).containsExactly("MS3");
        // Horsens: the team marked MM1 9 and left MM2 unrated, so nothing is compared — and nothing narrowed.
        NetworkView.Calibration horsens = history.get(2);
        assertThat(horsens.rated()).isZero();
        assertThat(horsens.meanDifference()).isNull();
        assertThat(horsens.narrowed()).isNull();
    }

    @Test
    @DisplayName("the table keeps each municipality's latest report, against its previous one")
    void latestOfEach() {
        assertThat(NetworkCalibration.latestOfEach(twoReports(), CATALOG))
                .extracting(NetworkView.Calibration::municipality, NetworkView.Calibration::assessmentId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("roskilde", 2L),
                        org.assertj.core.groups.Tuple.tuple("horsens", 3L));
    }
}
