package dk.nextwork.hub.application.network;

import dk.nextwork.fidelity.analysis.RankCorrelation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fidelity against outcomes, per period: each municipality's fidelity (its total, or one principle) beside its share
 * of exits into job or education in the same period, and the rank correlation over them (fidelity-rules'
 * {@link RankCorrelation}); the same with the fidelity of the period before (lagged). A municipality enters an outcome
 * share only where its exits are 5 or more; those left out are counted. The first step of the analysis (#34): the
 * service, API and page come next.
 */
final class FidelityOutcomes {

    private FidelityOutcomes() {}

    /** A municipality's fidelity in an approved report. */
    record Fidelity(String municipality, String period, BigDecimal score) {}

    /** A municipality's exits in an approved report's key figures. */
    record Exits(String municipality, String period, long job, long education, long other) {

        long all() {
            return job + education + other;
        }
    }

    /** One municipality's point: its fidelity, and its share of exits into job or education (six decimals). */
    record Point(String municipality, BigDecimal fidelity, BigDecimal share) {}

    /**
     * One period's analysis.
     *
     * @param smallOutcome municipalities with fidelity and exits whose exits are under the threshold: left out
     * @param noOutcome municipalities with fidelity but no exits reported: left out
     * @param lagged over the municipalities with a point now and fidelity in the period before
     */
    record Period(
            String period,
            List<Point> points,
            int smallOutcome,
            int noOutcome,
            RankCorrelation now,
            RankCorrelation lagged) {}

    /**
     * @param periods the periods in order, oldest first (the period before is the one before in this list)
     * @param below the small-number threshold: exits under it give no share
     */
    static List<Period> analyse(List<Fidelity> fidelity, List<Exits> exits, List<String> periods, int below) {
        Map<String, Map<String, BigDecimal>> scores = new HashMap<>();
        fidelity.forEach(
                f -> scores.computeIfAbsent(f.period(), k -> new HashMap<>()).put(f.municipality(), f.score()));
        Map<String, Map<String, Exits>> outcomes = new HashMap<>();
        exits.forEach(
                e -> outcomes.computeIfAbsent(e.period(), k -> new HashMap<>()).put(e.municipality(), e));
        List<Period> result = new ArrayList<>();
        for (int p = 0; p < periods.size(); p++) {
            String period = periods.get(p);
            Map<String, BigDecimal> now = scores.getOrDefault(period, Map.of());
            Map<String, BigDecimal> before = p == 0 ? Map.of() : scores.getOrDefault(periods.get(p - 1), Map.of());
            Map<String, Exits> out = outcomes.getOrDefault(period, Map.of());
            List<Point> points = new ArrayList<>();
            int small = 0;
            int none = 0;
            List<RankCorrelation.Pair> pairs = new ArrayList<>();
            List<RankCorrelation.Pair> laggedPairs = new ArrayList<>();
            for (Map.Entry<String, BigDecimal> f :
                    now.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                Exits e = out.get(f.getKey());
                if (e == null) {
                    none++;
                    continue;
                }
                if (e.all() < below) {
                    small++;
                    continue;
                }
                BigDecimal share = BigDecimal.valueOf(e.job() + e.education())
                        .divide(BigDecimal.valueOf(e.all()), 6, RoundingMode.HALF_UP);
                points.add(new Point(f.getKey(), f.getValue(), share));
                pairs.add(new RankCorrelation.Pair(f.getValue().doubleValue(), share.doubleValue()));
                BigDecimal earlier = before.get(f.getKey());
                if (earlier != null) {
                    laggedPairs.add(new RankCorrelation.Pair(earlier.doubleValue(), share.doubleValue()));
                }
            }
            result.add(new Period(
                    period, points, small, none, RankCorrelation.of(pairs), RankCorrelation.of(laggedPairs)));
        }
        return result;
    }
}
