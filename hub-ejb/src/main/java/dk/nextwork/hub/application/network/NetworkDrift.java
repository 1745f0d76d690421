package dk.nextwork.hub.application.network;

import dk.nextwork.fidelity.Ratio;
import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.fidelity.scoring.Drift;
import dk.nextwork.hub.domain.model.municipality.DanishOrder;
import dk.nextwork.hub.domain.model.network.NetworkScores;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Drift between each municipality's two latest approved reports: fidelity-rules' {@link Drift} applied to the scores
 * frozen with them (the read model's exact fractions), under the latest report's instrument — the same scores the page
 * shows, and the same rule the supervisors' notification applies when a report is approved.
 */
final class NetworkDrift {

    private NetworkDrift() {}

    /**
     * The alerts, by municipality name in Danish order and then by principle.
     *
     * @param rows the scores of the latest (rank 1) and second-latest (rank 2) approved reports
     */
    static List<NetworkView.DriftAlert> alerts(List<NetworkScores.Score> rows, InstrumentCatalog catalog) {
        Map<String, List<NetworkScores.Score>> byMunicipality = rows.stream()
                .collect(Collectors.groupingBy(
                        NetworkScores.Score::municipality, LinkedHashMap::new, Collectors.toList()));
        List<NetworkView.DriftAlert> alerts = new ArrayList<>();
        byMunicipality.forEach((slug, list) -> {
            NetworkScores.Score latest =
                    list.stream().filter(s -> s.rank() == 1).findFirst().orElse(null);
            Instrument instrument = latest == null
                    ? null
                    : catalog.find(latest.instrument(), latest.instrumentVersion())
                            .orElse(null);
            if (instrument == null) {
                return;
            }
            for (Drift.Alert a : Drift.alerts(instrument, exact(list, 2), exact(list, 1))) {
                NetworkScores.Score now = find(list, 1, a.sectionCode());
                NetworkScores.Score before = find(list, 2, a.sectionCode());
                alerts.add(new NetworkView.DriftAlert(
                        slug,
                        now.municipalityName(),
                        now.assessmentId(),
                        a.sectionCode(),
                        before == null ? null : before.period(),
                        before == null ? null : before.value(),
                        now.period(),
                        now.value(),
                        a.dropped(),
                        a.belowThreshold()));
            }
        });
        alerts.sort(Comparator.comparing(NetworkView.DriftAlert::name, DanishOrder.NAMES)
                .thenComparing(NetworkView.DriftAlert::section));
        return alerts;
    }

    /** One report's exact scores by section (a section without a score left out). */
    private static Map<String, Ratio> exact(List<NetworkScores.Score> list, int rank) {
        Map<String, Ratio> scores = new HashMap<>();
        list.stream()
                .filter(s -> s.rank() == rank && s.exact() != null)
                .forEach(s -> scores.put(s.section(), Ratio.parse(s.exact())));
        return scores;
    }

    private static NetworkScores.Score find(List<NetworkScores.Score> list, int rank, String section) {
        return list.stream()
                .filter(s -> s.rank() == rank && s.section().equals(section))
                .findFirst()
                .orElse(null);
    }
}
