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
 * reports published with only the primary rule, a total would give a hidden count back. Their pooled shares, medians
 * and municipalities above a threshold are worked out only from the municipalities whose figure in that column is
 * shown (none of its counts small), so nothing hidden goes into them; a median or threshold over fewer than
 * {@value #FEWEST_FOR_EVERYONE} such municipalities is not shown to them either (it would come close to one).
 *
 * @param rows a row per municipality, its figures in the columns' order
 * @param totals the network's figures: counts' totals and pooled shares, as the audience may see them
 * @param medians the median of the municipalities' own figures, for columns that declare one
 * @param above for each declared threshold, how many municipalities are above it
 * @param coverage per column, how many municipalities reported it and how many its network figures are made of
 */
record NetworkOutcomes(
        List<NetworkView.MunicipalityFigures> rows,
        List<NetworkView.Figure> totals,
        List<NetworkView.Figure> medians,
        List<NetworkView.Above> above,
        List<NetworkView.Coverage> coverage) {

    /** The fewest municipalities a median or threshold count is shown over to those who do not read reports exactly. */
    static final int FEWEST_FOR_EVERYONE = 5;

    /** Shares and ratios keep six decimals, so the page's whole percent is rounded once, from the quotient. */
    private static final int SCALE = 6;

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
                    period, outcomes.totals(), outcomes.medians(), outcomes.above(), outcomes.coverage()));
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
            List<NetworkView.Coverage> coverage = new ArrayList<>();
            for (NetworkFigure column : columns) {
                List<Map<String, BigDecimal>> reporting = reporting(column);
                // Supervisors and the admin read every report exactly; everyone else only what the rows show.
                List<Map<String, BigDecimal>> used = exact
                        ? reporting
                        : reporting.stream().filter(v -> !small(column, v)).toList();
                coverage.add(new NetworkView.Coverage(column.code(), reporting.size(), used.size()));
                if (column.network()) {
                    NetworkView.Figure total = network(column, used, reporting.isEmpty());
                    if (total != null) {
                        totals.add(total);
                    }
                }
                List<BigDecimal> counted = counted(column, used);
                boolean enough = exact || counted.size() >= FEWEST_FOR_EVERYONE;
                if (column.median()) {
                    medians.add(
                            enough || reporting.isEmpty()
                                    ? NetworkView.Figure.shown(column.code(), median(counted))
                                    // Hidden to protect, as "skjult": not a small count itself.
                                    : NetworkView.Figure.complementary(column.code()));
                }
                for (BigDecimal share : column.above()) {
                    if (enough) {
                        int over = (int) counted.stream()
                                .filter(v -> v.compareTo(share) > 0)
                                .count();
                        above.add(new NetworkView.Above(column.code(), share, over, counted.size()));
                    }
                }
            }
            return new NetworkOutcomes(rows, totals, medians, above, coverage);
        }

        /** The municipalities that reported every figure a column is made of. */
        private List<Map<String, BigDecimal>> reporting(NetworkFigure column) {
            return byMunicipality.values().stream()
                    .filter(values -> column.parts().stream().allMatch(p -> values.get(p) != null))
                    .toList();
        }

        /** Whether a municipality's figure in a column is small: a count of young people in it under the threshold. */
        private boolean small(NetworkFigure column, Map<String, BigDecimal> values) {
            return column.parts().stream()
                    .anyMatch(p -> countsYoungPeople(p) && values.get(p).compareTo(limit) < 0);
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

        /**
         * The network's figure: a count's total, a share's sums over sums, over the municipalities given (for those who
         * do not read reports exactly, only those whose figure is shown; they get no count totals).
         */
        private NetworkView.Figure network(
                NetworkFigure column, List<Map<String, BigDecimal>> used, boolean noneReported) {
            if (!exact && column.show() == NetworkFigure.Show.COUNT) {
                return null;
            }
            if (noneReported || used.isEmpty()) {
                return noneReported || exact
                        ? NetworkView.Figure.shown(column.code(), null)
                        : NetworkView.Figure.complementary(column.code());
            }
            BigDecimal of = BigDecimal.ZERO;
            BigDecimal per = BigDecimal.ZERO;
            for (Map<String, BigDecimal> values : used) {
                of = of.add(sum(column.of(), values));
                per = per.add(sum(column.per(), values));
            }
            if (exact && column.parts().stream().anyMatch(hiddenTotals::contains)) {
                return NetworkView.Figure.complementary(column.code());
            }
            return NetworkView.Figure.shown(column.code(), value(column, of, per));
        }

        /**
         * The municipalities' own figures in a column, counting only those whose denominator is not small (as STAR
         * counts job centres above 20 % and 30 %): a share worked out from a handful says little.
         */
        private List<BigDecimal> counted(NetworkFigure column, List<Map<String, BigDecimal>> used) {
            List<BigDecimal> result = new ArrayList<>();
            for (Map<String, BigDecimal> values : used) {
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
                            .divide(BigDecimal.valueOf(2), SCALE, RoundingMode.HALF_UP);
        }

        private static BigDecimal sum(List<String> figures, Map<String, BigDecimal> values) {
            BigDecimal sum = BigDecimal.ZERO;
            for (String figure : figures) {
                sum = sum.add(values.get(figure));
            }
            return sum;
        }

        /** A count as it is; a share or ratio to six decimals (null over 0). */
        private static BigDecimal value(NetworkFigure column, BigDecimal of, BigDecimal per) {
            if (column.show() == NetworkFigure.Show.COUNT) {
                return of;
            }
            return per.signum() == 0 ? null : of.divide(per, SCALE, RoundingMode.HALF_UP);
        }
    }
}
