package dk.nextwork.hub.application.network;

import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.fidelity.scoring.Calibration;
import dk.nextwork.fidelity.scoring.Ratings;
import dk.nextwork.hub.domain.model.network.NetworkScores;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Calibration per municipality and report, from the items the supervisor rated in approved reports: fidelity-rules'
 * {@link Calibration} of each report (the items far apart, the mean difference), against the municipality's previous
 * such report (narrowed, persistent).
 */
final class NetworkCalibration {

    private NetworkCalibration() {}

    /** Each report's calibration, oldest first, as the rows come (by municipality, oldest period first). */
    static List<NetworkView.Calibration> history(List<NetworkScores.RatedItem> rows, InstrumentCatalog catalog) {
        Map<Long, List<NetworkScores.RatedItem>> byReport = rows.stream()
                .collect(Collectors.groupingBy(
                        NetworkScores.RatedItem::assessmentId, LinkedHashMap::new, Collectors.toList()));
        List<NetworkView.Calibration> result = new ArrayList<>();
        Map<String, Calibration.Report> previous = new HashMap<>();
        for (List<NetworkScores.RatedItem> items : byReport.values()) {
            NetworkScores.RatedItem first = items.get(0);
            Instrument instrument =
                    catalog.find(first.instrument(), first.instrumentVersion()).orElse(null);
            if (instrument == null) {
                continue;
            }
            Map<String, Integer> self = new LinkedHashMap<>();
            Map<String, Integer> supervisor = new LinkedHashMap<>();
            for (NetworkScores.RatedItem i : items) {
                supervisor.put(i.item(), i.supervisorRating());
                if (i.selfRating() != null) {
                    self.put(i.item(), i.selfRating());
                }
            }
            Calibration.Report report =
                    Calibration.of(Ratings.of(instrument, self), Ratings.of(instrument, supervisor));
            Calibration.Report before = previous.put(first.municipality(), report);
            result.add(new NetworkView.Calibration(
                    first.municipality(),
                    first.municipalityName(),
                    first.assessmentId(),
                    first.period(),
                    report.rated(),
                    report.gaps().stream()
                            .map(g -> new NetworkView.Gap(g.itemCode(), g.selfRating(), g.supervisorRating()))
                            .toList(),
                    report.meanDifference() == null
                            ? null
                            : report.meanDifference().rounded(2),
                    report.narrowedSince(before),
                    report.persistentSince(before)));
        }
        return result;
    }

    /** The latest calibration of each municipality: its last report in {@link #history}. */
    static List<NetworkView.Calibration> latestOfEach(List<NetworkScores.RatedItem> rows, InstrumentCatalog catalog) {
        Map<String, NetworkView.Calibration> latest = new LinkedHashMap<>();
        history(rows, catalog).forEach(c -> latest.put(c.municipality(), c));
        return List.copyOf(latest.values());
    }
}
