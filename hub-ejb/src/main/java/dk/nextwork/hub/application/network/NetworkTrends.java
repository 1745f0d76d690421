package dk.nextwork.hub.application.network;

import dk.nextwork.hub.domain.model.network.NetworkScores;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The network's median and quartiles now, and its median over the periods beside one municipality's scores. Those who
 * see only their own municipality see a median or a spread only over enough municipalities that it cannot come close
 * to one other municipality's score (the instrument's small-number threshold).
 *
 * @param everyone whether the caller sees every municipality by name
 * @param fewest the fewest municipalities a median or spread stands on for the others to see it
 */
record NetworkTrends(boolean everyone, int fewest) {

    /** The spread per section over every municipality's latest approved report. */
    List<NetworkView.Spread> spread(List<NetworkScores.Spread> rows) {
        return rows.stream()
                .filter(s -> shown(s.municipalities()))
                .map(s -> new NetworkView.Spread(
                        s.section(), s.municipalities(), s.lowerQuartile(), s.median(), s.upperQuartile()))
                .toList();
    }

    /**
     * The median per period and section, with the municipality's score in it beside it ({@code own}: its series, or
     * none), of one principle or (null) of every section.
     */
    List<NetworkView.TrendPoint> trend(
            List<NetworkScores.PeriodMedian> medians, List<NetworkScores.Score> own, String principle) {
        Map<String, BigDecimal> scores = new HashMap<>();
        own.forEach(s -> scores.put(s.period() + "|" + s.section(), s.value()));
        return medians.stream()
                .filter(m -> principle == null || m.section().equals(principle))
                .map(m -> new NetworkView.TrendPoint(
                        m.period(),
                        m.section(),
                        m.municipalities(),
                        shown(m.municipalities()) ? m.median() : null,
                        scores.get(m.period() + "|" + m.section())))
                .toList();
    }

    private boolean shown(int municipalities) {
        return everyone || municipalities >= fewest;
    }
}
