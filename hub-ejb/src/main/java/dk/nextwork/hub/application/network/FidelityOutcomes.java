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

        private final Set<String> figures;

        Measure(List<String> of, List<String> per, List<Map.Entry<String, BigDecimal>> references) {
            this.of = of;
            this.per = per;
            this.references = references;
            this.figures =
                    java.util.stream.Stream.concat(of.stream(), per.stream()).collect(Collectors.toUnmodifiableSet());
        }

        /** Every figure the share is made of, its numerator's and its denominator's. */
        Set<String> figures() {
            return figures;
        }

        /** The numerator: its figures added up (each of them reported). */
        BigDecimal part(Map<String, BigDecimal> reported) {
            return of.stream().map(reported::get).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** The denominator: its figures added up (each of them reported). */
        BigDecimal all(Map<String, BigDecimal> reported) {
            return per.stream().map(reported::get).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** Whether a count of young people the share is made of is under the threshold, as the network hides it. */
        boolean smallCount(Map<String, BigDecimal> reported, BigDecimal threshold) {
            return figures.stream().anyMatch(f -> reported.get(f).compareTo(threshold) < 0);
        }
    }

    /** A municipality's fidelity in an approved report. */
    record Fidelity(String municipality, String name, LocalDate period, BigDecimal score) {}

    /**
     * A municipality's outcome in an approved report: the key figures it is made of, each of them reported.
     *
     * @param figures the measure's figures (its numerator's and its denominator's) as reported
     */
    record Outcome(String municipality, LocalDate period, Map<String, BigDecimal> figures) {}

    /**
     * One municipality's point: its fidelity, and its outcome share (six decimals).
     *
     * @param smallCount whether a count of young people the share is made of is under the threshold, as the network's
     *     tables would hide it: the point is shown only to those who read every report exactly (and its own staff)
     */
    record Point(String municipality, String name, BigDecimal fidelity, BigDecimal share, boolean smallCount) {}

    /**
     * The analysis over some periods.
     *
     * @param smallOutcome municipalities with fidelity whose denominator is under the threshold: left out
     * @param noOutcome municipalities with fidelity but none of the outcome reported: left out
     * @param lagged over the municipalities with a point and fidelity in the periods each one before
     */
    record Analysis(List<Point> points, int smallOutcome, int noOutcome, RankCorrelation now, RankCorrelation lagged) {}

    /** The outcome of each report from its key figures, where it reports every figure the measure is made of. */
    static List<Outcome> outcomes(Measure measure, Collection<FigureRow> figures) {
        Map<String, Map<LocalDate, Map<String, BigDecimal>>> reported = new TreeMap<>();
        figures.forEach(f -> reported.computeIfAbsent(f.municipality(), k -> new TreeMap<>())
                .computeIfAbsent(f.period(), k -> new TreeMap<>())
                .put(f.figure(), f.value()));
        List<Outcome> outcomes = new ArrayList<>();
        reported.forEach((municipality, periods) -> periods.forEach((period, values) -> {
            if (values.keySet().containsAll(measure.figures())) {
                outcomes.add(new Outcome(municipality, period, values));
            }
        }));
        return outcomes;
    }

    /** A key figure of an approved report. */
    record FigureRow(String municipality, LocalDate period, String figure, BigDecimal value) {}

    /**
     * Over the periods given, each municipality's periods with both fidelity and its outcome are pooled: its fidelity
     * is the mean over them, its outcome each figure added up over them, and its lagged fidelity the mean over the
     * periods each one before them where it has one.
     *
     * @param periods the first days of the periods pooled (one for a single period)
     * @param below the small-number threshold: a denominator under it gives no share
     */
    static Analysis analyse(
            Measure measure, List<Fidelity> fidelity, List<Outcome> outcomes, Set<LocalDate> periods, int below) {
        Map<String, Map<LocalDate, Fidelity>> scores = new TreeMap<>();
        fidelity.forEach(f ->
                scores.computeIfAbsent(f.municipality(), k -> new TreeMap<>()).put(f.period(), f));
        Map<String, Map<LocalDate, Outcome>> reported = new TreeMap<>();
        outcomes.stream()
                .filter(o -> periods.contains(o.period()))
                .forEach(o -> reported.computeIfAbsent(o.municipality(), k -> new TreeMap<>())
                        .put(o.period(), o));
        BigDecimal threshold = BigDecimal.valueOf(below);
        List<Point> points = new ArrayList<>();
        int small = 0;
        int none = 0;
        List<RankCorrelation.Pair> pairs = new ArrayList<>();
        List<RankCorrelation.Pair> laggedPairs = new ArrayList<>();
        for (Map.Entry<String, Map<LocalDate, Fidelity>> m : scores.entrySet()) {
            List<LocalDate> withFidelity =
                    m.getValue().keySet().stream().filter(periods::contains).toList();
            if (withFidelity.isEmpty()) {
                continue;
            }
            Map<LocalDate, Outcome> own = reported.getOrDefault(m.getKey(), Map.of());
            List<LocalDate> both =
                    withFidelity.stream().filter(own::containsKey).toList();
            if (both.isEmpty()) {
                none++;
                continue;
            }
            Map<String, BigDecimal> sums = new TreeMap<>();
            both.forEach(p -> own.get(p).figures().forEach((f, v) -> sums.merge(f, v, BigDecimal::add)));
            BigDecimal part = measure.part(sums);
            BigDecimal all = measure.all(sums);
            if (all.compareTo(threshold) < 0) {
                small++;
                continue;
            }
            boolean smallCount = measure.smallCount(sums, threshold);
            BigDecimal share = part.divide(all, 6, RoundingMode.HALF_UP);
            BigDecimal score = mean(both.stream().map(p -> m.getValue().get(p)).toList());
            points.add(new Point(m.getKey(), m.getValue().get(both.get(0)).name(), score, share, smallCount));
            pairs.add(new RankCorrelation.Pair(score.doubleValue(), share.doubleValue()));
            List<Fidelity> previous = both.stream()
                    .map(p -> m.getValue().get(p.minusMonths(6)))
                    .filter(java.util.Objects::nonNull)
                    .toList();
            if (!previous.isEmpty()) {
                laggedPairs.add(new RankCorrelation.Pair(mean(previous).doubleValue(), share.doubleValue()));
            }
        }
        return new Analysis(points, small, none, RankCorrelation.of(pairs), RankCorrelation.of(laggedPairs));
    }

    /** The mean of the scores, to six decimals. */
    private static BigDecimal mean(List<Fidelity> scores) {
        return scores.stream()
                .map(Fidelity::score)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(scores.size()), 6, RoundingMode.HALF_UP);
    }
}
