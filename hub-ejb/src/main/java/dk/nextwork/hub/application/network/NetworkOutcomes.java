package dk.nextwork.hub.application.network;

import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.KeyFigureDefinition;
import dk.nextwork.fidelity.instrument.NetworkFigure;
import dk.nextwork.fidelity.scoring.TableSuppression;
import dk.nextwork.hub.domain.model.network.NetworkScores;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Netværket's figure tables, from the key figures of each municipality's latest approved report and the columns the
 * active instrument declares ({@link NetworkFigure}). A column is hidden in a row when any count of young people it is
 * made of is under the threshold (primary). The network's figures — a count's total, a share's pooled figure — publish
 * the sums of the counts they are made of, so for those who get them fidelity-rules' {@link TableSuppression} hides
 * more in each such count's column until no hidden count can be worked out from the sums (secondary), and every column
 * made of a count hidden that way is hidden too.
 *
 * <p>Those who do not read every report exactly (researchers, a municipality's own staff) get no totals: beside
 * reports published with only the primary rule, a total would give a hidden count back. They see a pooled share only
 * in whole percent and only over at least {@value #POOLED_FOR_EVERYONE_FROM} young people, so one percentage point
 * spans two or more young people and no count can be worked back from it.
 *
 * @param rows a row per municipality, its figures in the columns' order
 * @param totals the network's figures: counts' totals and pooled shares, as the audience may see them
 * @param medians the median of the municipalities' own figures, for columns that declare one
 * @param above for each declared threshold, how many municipalities are above it
 */
record NetworkOutcomes(
        List<NetworkView.MunicipalityFigures> rows,
        List<NetworkView.Figure> totals,
        List<NetworkView.Figure> medians,
        List<NetworkView.Above> above) {

    /** The pooled denominator from which a pooled share is shown, in whole percent, to every audience. */
    static final int POOLED_FOR_EVERYONE_FROM = 200;

    /**
     * @param instrument the active instrument: its network columns, and which figures count young people
     * @param exact whether the audience reads every report exactly (supervisors, the admin), and so gets the network's
     *     totals and pooled shares exactly, with secondary suppression in the rows
     * @param below the instrument's small-number threshold: a count under it is small
     */
    static NetworkOutcomes of(List<NetworkScores.Figure> figures, Instrument instrument, boolean exact, int below) {
        return of(figures, instrument.networkFigures(), instrument, exact, below);
    }

    /**
     * @param columns the columns: the active instrument's, and any a later version adds
     * @param instrument which figures count young people (a figure it does not declare is taken to)
     */
    static NetworkOutcomes of(
            List<NetworkScores.Figure> figures,
            List<NetworkFigure> columns,
            Instrument instrument,
            boolean exact,
            int below) {
        return new Builder(figures, columns, instrument, exact, below).build();
    }

    /**
     * The columns the network shows: the active instrument's, then those that other versions of it add (a network
     * trying version 2.0 on some reports sees its internships table while 1.0 is still the active one).
     */
    static List<NetworkFigure> columns(Instrument active, List<Instrument> versions) {
        List<NetworkFigure> columns = new ArrayList<>(active.networkFigures());
        Set<String> codes = new LinkedHashSet<>();
        columns.forEach(c -> codes.add(c.code()));
        for (Instrument version : versions) {
            if (version.id().equals(active.id())) {
                version.networkFigures().stream()
                        .filter(c -> codes.add(c.code()))
                        .forEach(columns::add);
            }
        }
        return columns;
    }

    /** The network's figures per period: pooled, median and above, as {@link #of} works them out for one period. */
    static List<NetworkView.PeriodFigures> perPeriod(
            List<NetworkScores.PeriodFigure> figures,
            List<NetworkFigure> columns,
            Instrument instrument,
            boolean exact,
            int below) {
        Map<String, List<NetworkScores.Figure>> byPeriod = new LinkedHashMap<>();
        figures.forEach(f -> byPeriod.computeIfAbsent(f.period(), k -> new ArrayList<>())
                .add(new NetworkScores.Figure(f.municipality(), f.figure(), f.value())));
        List<NetworkView.PeriodFigures> result = new ArrayList<>();
        byPeriod.forEach((period, list) -> {
            NetworkOutcomes outcomes = of(list, columns, instrument, exact, below);
            result.add(new NetworkView.PeriodFigures(
                    period, outcomes.rows().size(), outcomes.totals(), outcomes.medians(), outcomes.above()));
        });
        return result;
    }

    /** The key figures the columns are made of, for the queries to read only those. */
    static Set<String> parts(List<NetworkFigure> columns) {
        Set<String> parts = new LinkedHashSet<>();
        columns.forEach(c -> parts.addAll(c.parts()));
        return parts;
    }

    private static final class Builder {
        private final List<NetworkFigure> columns;
        private final Instrument instrument;
        private final boolean exact;
        private final BigDecimal limit;
        private final int below;
        private final Map<String, Map<String, BigDecimal>> byMunicipality = new LinkedHashMap<>();
        /** Per municipality, the counts hidden by the secondary rule. */
        private final Map<String, Set<String>> hiddenInRow = new HashMap<>();
        /** The counts whose network total is hidden. */
        private final Set<String> hiddenTotals = new LinkedHashSet<>();

        Builder(
                List<NetworkScores.Figure> figures,
                List<NetworkFigure> columns,
                Instrument instrument,
                boolean exact,
                int below) {
            this.columns = columns;
            this.instrument = instrument;
            this.exact = exact;
            this.below = below;
            this.limit = BigDecimal.valueOf(below);
            figures.forEach(f -> byMunicipality
                    .computeIfAbsent(f.municipality(), k -> new LinkedHashMap<>())
                    .put(f.figure(), f.value()));
        }

        NetworkOutcomes build() {
            if (exact) {
                suppressBesideTotals();
            }
            List<NetworkView.MunicipalityFigures> rows = new ArrayList<>();
            byMunicipality.forEach((slug, values) -> rows.add(new NetworkView.MunicipalityFigures(
                    slug,
                    columns.stream()
                            .map(c -> cell(c, values, hiddenInRow.getOrDefault(slug, Set.of())))
                            .toList())));
            List<NetworkView.Figure> totals = new ArrayList<>();
            List<NetworkView.Figure> medians = new ArrayList<>();
            List<NetworkView.Above> above = new ArrayList<>();
            for (NetworkFigure column : columns) {
                if (column.network()) {
                    NetworkView.Figure total = network(column);
                    if (total != null) {
                        totals.add(total);
                    }
                }
                List<BigDecimal> counted = counted(column);
                if (column.median()) {
                    medians.add(NetworkView.Figure.shown(column.code(), median(counted)));
                }
                for (BigDecimal share : column.above()) {
                    int over = (int)
                            counted.stream().filter(v -> v.compareTo(share) > 0).count();
                    above.add(new NetworkView.Above(column.code(), share, over, counted.size()));
                }
            }
            return new NetworkOutcomes(rows, totals, medians, above);
        }

        /**
         * Each count of young people with a published sum is its own table: a column over the municipalities that
         * reported it (one not reported is no secret and adds nothing), with its total.
         */
        private void suppressBesideTotals() {
            Set<String> summed = new LinkedHashSet<>();
            columns.stream()
                    .filter(NetworkFigure::network)
                    .forEach(c ->
                            c.parts().stream().filter(this::countsYoungPeople).forEach(summed::add));
            for (String figure : summed) {
                List<String> reported = byMunicipality.entrySet().stream()
                        .filter(e -> e.getValue().get(figure) != null)
                        .map(Map.Entry::getKey)
                        .toList();
                if (reported.isEmpty()) {
                    continue;
                }
                long[][] column = new long[reported.size()][1];
                for (int i = 0; i < reported.size(); i++) {
                    column[i][0] =
                            byMunicipality.get(reported.get(i)).get(figure).longValue();
                }
                TableSuppression.Hidden hidden =
                        TableSuppression.suppress(new TableSuppression.Table(column, false, true, false), below);
                for (int i = 0; i < reported.size(); i++) {
                    if (hidden.cell(i, 0)) {
                        hiddenInRow
                                .computeIfAbsent(reported.get(i), k -> new LinkedHashSet<>())
                                .add(figure);
                    }
                }
                if (hidden.columnTotals()[0]) {
                    hiddenTotals.add(figure);
                }
            }
        }

        private boolean countsYoungPeople(String figure) {
            return instrument
                    .keyFigure(figure)
                    .map(KeyFigureDefinition::countsYoungPeople)
                    .orElse(true);
        }

        /** A municipality's figure in a column: nothing where a part is not reported; hidden where a part is. */
        private NetworkView.Figure cell(NetworkFigure column, Map<String, BigDecimal> values, Set<String> hidden) {
            boolean small = false;
            boolean complementary = false;
            for (String part : column.parts()) {
                BigDecimal value = values.get(part);
                if (value == null) {
                    return NetworkView.Figure.shown(column.code(), null);
                }
                small |= countsYoungPeople(part) && value.compareTo(limit) < 0;
                complementary |= hidden.contains(part);
            }
            if (small) {
                return NetworkView.Figure.small(column.code());
            }
            if (complementary) {
                return NetworkView.Figure.complementary(column.code());
            }
            return NetworkView.Figure.shown(
                    column.code(), value(column, sum(column.of(), values), sum(column.per(), values)));
        }

        /** The network's figure: the sums over the municipalities that reported every part. */
        private NetworkView.Figure network(NetworkFigure column) {
            BigDecimal of = BigDecimal.ZERO;
            BigDecimal per = BigDecimal.ZERO;
            boolean any = false;
            for (Map<String, BigDecimal> values : byMunicipality.values()) {
                if (column.parts().stream().allMatch(p -> values.get(p) != null)) {
                    of = of.add(sum(column.of(), values));
                    per = per.add(sum(column.per(), values));
                    any = true;
                }
            }
            if (!any) {
                return exact || column.show() != NetworkFigure.Show.COUNT
                        ? NetworkView.Figure.shown(column.code(), null)
                        : null;
            }
            if (exact) {
                return column.parts().stream().anyMatch(hiddenTotals::contains)
                        ? NetworkView.Figure.complementary(column.code())
                        : NetworkView.Figure.shown(column.code(), value(column, of, per));
            }
            // Everyone else: pooled shares only, whole percent, over enough young people.
            if (column.show() != NetworkFigure.Show.SHARE) {
                return null;
            }
            return per.compareTo(BigDecimal.valueOf(POOLED_FOR_EVERYONE_FROM)) < 0
                    ? NetworkView.Figure.complementary(column.code())
                    : NetworkView.Figure.shown(column.code(), of.divide(per, 2, RoundingMode.HALF_UP));
        }

        /**
         * The municipalities' own figures in a column, counting only those whose denominator is not small (as STAR
         * counts job centres above 20 % and 30 %): a share worked out from a handful says little.
         */
        private List<BigDecimal> counted(NetworkFigure column) {
            List<BigDecimal> result = new ArrayList<>();
            for (Map<String, BigDecimal> values : byMunicipality.values()) {
                if (column.parts().stream().anyMatch(p -> values.get(p) == null)) {
                    continue;
                }
                BigDecimal per = sum(column.per(), values);
                if (column.show() == NetworkFigure.Show.SHARE && per.compareTo(limit) < 0) {
                    continue;
                }
                BigDecimal value = value(column, sum(column.of(), values), per);
                if (value != null) {
                    result.add(value);
                }
            }
            return result;
        }

        private static BigDecimal median(List<BigDecimal> values) {
            if (values.isEmpty()) {
                return null;
            }
            List<BigDecimal> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            return n % 2 == 1
                    ? sorted.get(n / 2)
                    : sorted.get(n / 2 - 1)
                            .add(sorted.get(n / 2))
                            .divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP);
        }

        private static BigDecimal sum(List<String> figures, Map<String, BigDecimal> values) {
            BigDecimal sum = BigDecimal.ZERO;
            for (String figure : figures) {
                sum = sum.add(values.get(figure));
            }
            return sum;
        }

        /** A count as it is; a share or ratio to four decimals (null over 0). */
        private static BigDecimal value(NetworkFigure column, BigDecimal of, BigDecimal per) {
            if (column.show() == NetworkFigure.Show.COUNT) {
                return of;
            }
            return per.signum() == 0 ? null : of.divide(per, 4, RoundingMode.HALF_UP);
        }
    }
}
