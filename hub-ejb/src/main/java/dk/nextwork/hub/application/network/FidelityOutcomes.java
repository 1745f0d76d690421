package dk.nextwork.hub.application.network;

import dk.nextwork.fidelity.analysis.RankCorrelation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Fidelity against outcomes: each municipality's fidelity (its total, or one principle) beside an outcome share over
 * the same periods, and the rank correlation over them (fidelity-rules' {@link RankCorrelation}); the same with the
 * fidelity of the period before each (lagged). Over several periods a municipality's fidelity is the mean of its
 * scores and its outcome the sum of its counts over the sum of its denominators. A municipality enters only where its
 * denominator is 5 or more; those left out are counted.
 */
final class FidelityOutcomes {

    private FidelityOutcomes() {}

    /** The outcomes a fidelity can be set against: a share of key figures added up. */
    enum Measure {
        /** Exits into job or education of all exits (the network's target 75 %, the usual 30 %). */
        EXITS(
                List.of("exitsToJob", "exitsToEducation"),
                List.of("exitsToJob", "exitsToEducation", "exitsOther"),
                List.of(Map.entry("target", new BigDecimal("0.75")), Map.entry("usual", new BigDecimal("0.30")))),
        /** Returners per enrolled young person (the target: half as many as usual, which has no level of its own). */
        RETURNERS(List.of("returners"), List.of("enrolledYouth"), List.of());

        final List<String> of;
        final List<String> per;
        /** Where the page draws reference lines, as shares, by code, highest first. */
        final List<Map.Entry<String, BigDecimal>> references;

        Measure(List<String> of, List<String> per, List<Map.Entry<String, BigDecimal>> references) {
            this.of = of;
            this.per = per;
            this.references = references;
        }

        Set<String> figures() {
            return java.util.stream.Stream.concat(of.stream(), per.stream()).collect(Collectors.toSet());
        }
    }

    /** A municipality's fidelity in an approved report. */
    record Fidelity(String municipality, String name, LocalDate period, BigDecimal score) {}

    /** A municipality's outcome counts in an approved report's key figures: the part and its denominator. */
    record Outcome(String municipality, LocalDate period, BigDecimal part, BigDecimal all) {}

    /** One municipality's point: its fidelity, and its outcome share (six decimals). */
    record Point(String municipality, String name, BigDecimal fidelity, BigDecimal share) {}

    /**
     * The analysis over some periods.
     *
     * @param smallOutcome municipalities with fidelity whose denominator is under the threshold: left out
     * @param noOutcome municipalities with fidelity but none of the outcome reported: left out
     * @param lagged over the municipalities with a point and fidelity in the periods each one before
     */
    record Analysis(List<Point> points, int smallOutcome, int noOutcome, RankCorrelation now, RankCorrelation lagged) {}

    /** The outcome of each report from its key figures, where it reports the denominator's figures. */
    static List<Outcome> outcomes(Measure measure, Collection<FigureRow> figures) {
        Map<String, Map<LocalDate, Map<String, BigDecimal>>> reported = new TreeMap<>();
        figures.forEach(f -> reported.computeIfAbsent(f.municipality(), k -> new TreeMap<>())
                .computeIfAbsent(f.period(), k -> new TreeMap<>())
                .put(f.figure(), f.value()));
        List<Outcome> outcomes = new ArrayList<>();
        reported.forEach((municipality, periods) -> periods.forEach((period, values) -> {
            if (values.keySet().containsAll(measure.per)) {
                outcomes.add(new Outcome(
                        municipality,
                        period,
                        measure.of.stream()
                                .map(f -> values.getOrDefault(f, BigDecimal.ZERO))
                                .reduce(BigDecimal.ZERO, BigDecimal::add),
                        measure.per.stream().map(values::get).reduce(BigDecimal.ZERO, BigDecimal::add)));
            }
        }));
        return outcomes;
    }

    /** A key figure of an approved report. */
    record FigureRow(String municipality, LocalDate period, String figure, BigDecimal value) {}

    /**
     * @param periods the first days of the periods pooled (one for a single period)
     * @param below the small-number threshold: a denominator under it gives no share
     */
    static Analysis analyse(List<Fidelity> fidelity, List<Outcome> outcomes, Set<LocalDate> periods, int below) {
        Set<LocalDate> before = periods.stream().map(p -> p.minusMonths(6)).collect(Collectors.toSet());
        Map<String, List<Fidelity>> now = byMunicipality(fidelity, periods);
        Map<String, List<Fidelity>> earlier = byMunicipality(fidelity, before);
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        outcomes.stream().filter(o -> periods.contains(o.period())).forEach(o -> {
            BigDecimal[] sum =
                    sums.computeIfAbsent(o.municipality(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(o.part());
            sum[1] = sum[1].add(o.all());
        });
        List<Point> points = new ArrayList<>();
        int small = 0;
        int none = 0;
        List<RankCorrelation.Pair> pairs = new ArrayList<>();
        List<RankCorrelation.Pair> laggedPairs = new ArrayList<>();
        for (Map.Entry<String, List<Fidelity>> f : now.entrySet()) {
            BigDecimal[] sum = sums.get(f.getKey());
            if (sum == null) {
                none++;
                continue;
            }
            if (sum[1].compareTo(BigDecimal.valueOf(below)) < 0) {
                small++;
                continue;
            }
            BigDecimal share = sum[0].divide(sum[1], 6, RoundingMode.HALF_UP);
            BigDecimal score = mean(f.getValue());
            points.add(new Point(f.getKey(), f.getValue().get(0).name(), score, share));
            pairs.add(new RankCorrelation.Pair(score.doubleValue(), share.doubleValue()));
            List<Fidelity> previous = earlier.get(f.getKey());
            if (previous != null) {
                laggedPairs.add(new RankCorrelation.Pair(mean(previous).doubleValue(), share.doubleValue()));
            }
        }
        return new Analysis(points, small, none, RankCorrelation.of(pairs), RankCorrelation.of(laggedPairs));
    }

    private static Map<String, List<Fidelity>> byMunicipality(List<Fidelity> fidelity, Set<LocalDate> periods) {
        return fidelity.stream()
                .filter(f -> periods.contains(f.period()))
                .collect(Collectors.groupingBy(Fidelity::municipality, TreeMap::new, Collectors.toList()));
    }

    /** The mean of the scores, to six decimals. */
    private static BigDecimal mean(List<Fidelity> scores) {
        return scores.stream()
                .map(Fidelity::score)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(scores.size()), 6, RoundingMode.HALF_UP);
    }
}
