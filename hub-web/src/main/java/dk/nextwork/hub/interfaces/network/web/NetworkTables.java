package dk.nextwork.hub.interfaces.network.web;

import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.network.NetworkView;
import dk.nextwork.hub.interfaces.i18n.Decimals;
import dk.nextwork.hub.interfaces.network.web.NetworkTable.Cell;
import dk.nextwork.hub.interfaces.network.web.NetworkTable.Row;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Netværket's tables — the latest scores with the network's spread under them, the outcomes with the network's
 * totals, calibration, each principle's trend and the focus municipality's principles against the median — each a
 * header, rows and the rows under it. A cell holds the page's words ({@link NetworkFormats}: "4,0", "< 5", "skjult")
 * and the number it stands for where it is one, so the page shows the texts, a CSV holds the same texts and a
 * spreadsheet the numbers. Built once from the one view the service gave this user: the page and the exports read
 * the same tables, and an export never holds more or other than the page.
 */
public final class NetworkTables {

    /** The tables that can be exported, by the name the export's address uses. */
    static final List<String> EXPORTED =
            List.of("scorer", "resultater", "praktikker", "praktikker-perioder", "kalibrering");

    private final NetworkView view;
    private final NetworkWords words;

    NetworkTables(NetworkView view, NetworkWords words) {
        this.view = Objects.requireNonNull(view, "view");
        this.words = words;
    }

    /** An exported table by its name ({@link #EXPORTED}); its rows in the service's order. */
    NetworkTable table(String name) {
        return switch (name) {
            case "scorer" -> scores(null);
            case "resultater" -> figures("outcomes");
            case "praktikker" -> figures("internships");
            case "praktikker-perioder" -> periodFigures("internships");
            case "kalibrering" -> calibration();
            default -> throw new IllegalArgumentException("no such table: " + name);
        };
    }

    /**
     * The latest scores per municipality, sorted by name or, with {@code sort}, by a section's score (highest first)
     * or by period (latest first); the network's quartiles, median and count per section under them.
     */
    NetworkTable scores(String sort) {
        return memo("scores|" + sort, () -> {
            List<NetworkView.MunicipalityScores> list = new ArrayList<>(view.municipalities());
            if (sort != null && view.sections().contains(sort)) {
                list.sort(Comparator.comparing(
                        (NetworkView.MunicipalityScores m) -> score(m, sort),
                        Comparator.nullsLast(Comparator.reverseOrder())));
            } else if ("period".equals(sort)) {
                list.sort(Comparator.comparing(NetworkView.MunicipalityScores::period)
                        .reversed());
            }
            List<Row> rows = list.stream()
                    .map(m -> row(m, perSection(s -> score(score(m, s)))))
                    .toList();
            List<Row> foot = List.of(
                    spreadRow("upper", "network.upperQuartile", NetworkView.Spread::upperQuartile),
                    spreadRow("median", "network.median", NetworkView.Spread::median),
                    spreadRow("lower", "network.lowerQuartile", NetworkView.Spread::lowerQuartile),
                    new Row(
                            "count",
                            words.text("network.count"),
                            null,
                            null,
                            null,
                            perSection(s -> spread(s) == null
                                    ? Cell.text("–")
                                    : Cell.count(spread(s).municipalities()))));
            List<String> header =
                    new ArrayList<>(List.of(text("assessments.municipality"), text("assessments.period")));
            view.sections().forEach(s -> header.add(words.section(s)));
            return new NetworkTable(text("network.latest"), header, rows, foot);
        });
    }

    /** A municipality's row: its name, linked to its latest report, and period. */
    private static Row row(NetworkView.MunicipalityScores m, List<Cell> cells) {
        return new Row(m.municipality(), m.name(), m.municipality(), m.assessmentId(), m.period(), cells);
    }

    private Row spreadRow(String key, String label, Function<NetworkView.Spread, BigDecimal> pick) {
        return new Row(
                key,
                text(label),
                null,
                null,
                null,
                perSection(s -> spread(s) == null ? Cell.text("–") : score(pick.apply(spread(s)))));
    }

    private List<Cell> perSection(Function<String, Cell> cell) {
        return view.sections().stream().map(cell).toList();
    }

    /**
     * A figure table's columns ({@code outcomes} or {@code internships}), as the active instrument declares them.
     */
    List<NetworkView.Column> columns(String table) {
        return memo(
                "columns|" + table,
                () -> view.columns().stream()
                        .filter(c -> c.table().equals(table))
                        .toList());
    }

    /** A column's heading in the page's language. */
    String label(NetworkView.Column column) {
        return "en".equals(words.locale().getLanguage()) ? column.labelEn() : column.labelDa();
    }

    /**
     * Each municipality's figures in a table's columns, in the order of the scores table (the internships table only
     * those whose report has its figures); under them the network's figures, the median and the municipalities above
     * each threshold, where the instrument declares them and the user may see them.
     */
    NetworkTable figures(String table) {
        return memo("figures|" + table, () -> {
            List<NetworkView.Column> columns = columns(table);
            List<Row> rows = new ArrayList<>();
            for (NetworkView.MunicipalityScores m : view.municipalities()) {
                NetworkView.MunicipalityFigures figures = view.figures().stream()
                        .filter(f -> f.municipality().equals(m.municipality()))
                        .findFirst()
                        .orElse(null);
                List<NetworkView.Figure> cells = columns.stream()
                        .map(c -> NetworkFormats.find(figures, c.code()))
                        .toList();
                if (table.equals("outcomes")
                        || cells.stream().anyMatch(f -> f != null && (f.value() != null || f.suppressed()))) {
                    rows.add(row(
                            m,
                            columns.stream()
                                    .map(c -> figure(c, NetworkFormats.find(figures, c.code())))
                                    .toList()));
                }
            }
            List<Row> foot = networkRows(view.totals(), view.medians(), view.above(), view.coverage(), columns);
            List<String> header =
                    new ArrayList<>(List.of(text("assessments.municipality"), text("assessments.period")));
            columns.forEach(c -> header.add(label(c)));
            return new NetworkTable(
                    text(table.equals("outcomes") ? "network.figures" : "network.internships"), header, rows, foot);
        });
    }

    /**
     * The rows under a figure table, or a period's in the periods table: the network's figures (a count's total, a
     * share pooled), the median of the municipalities' own figures, and per threshold the municipalities above it
     * ("3 af 5").
     */
    private List<Row> networkRows(
            List<NetworkView.Figure> totals,
            List<NetworkView.Figure> medians,
            List<NetworkView.Above> above,
            List<NetworkView.Coverage> coverage,
            List<NetworkView.Column> columns) {
        List<Row> rows = new ArrayList<>();
        NetworkView.MunicipalityFigures network = new NetworkView.MunicipalityFigures("", totals);
        if (columns.stream().anyMatch(c -> NetworkFormats.find(network, c.code()) != null)) {
            NetworkView.Coverage pooled = coverage(coverage, mainShare(columns));
            rows.add(new Row(
                    "network",
                    pooled == null || pooled.included() == pooled.reporting()
                            ? text("network.total")
                            : words.text(Message.of("network.total.partial", pooled.included(), pooled.reporting())),
                    null,
                    null,
                    null,
                    columns.stream()
                            .map(c -> NetworkFormats.find(network, c.code()) == null
                                    ? Cell.text("")
                                    : figure(c, NetworkFormats.find(network, c.code())))
                            .toList()));
        }
        NetworkView.MunicipalityFigures median = new NetworkView.MunicipalityFigures("", medians);
        if (columns.stream().anyMatch(c -> NetworkFormats.find(median, c.code()) != null)) {
            rows.add(new Row(
                    "median",
                    text("network.median"),
                    null,
                    null,
                    null,
                    columns.stream()
                            .map(c -> NetworkFormats.find(median, c.code()) == null
                                    ? Cell.text("")
                                    : figure(c, NetworkFormats.find(median, c.code())))
                            .toList()));
        }
        for (NetworkView.Above a : above) {
            if (columns.stream().noneMatch(c -> c.code().equals(a.code()))) {
                continue;
            }
            String share = Decimals.percent(a.share(), words.locale());
            rows.add(new Row(
                    "above-" + a.share().movePointRight(2).intValue(),
                    words.text(Message.of("network.above", share)),
                    null,
                    null,
                    null,
                    columns.stream()
                            .map(c -> c.code().equals(a.code()) ? aboveCell(a) : Cell.text(""))
                            .toList()));
        }
        return rows;
    }

    /** The first share a table pools for the network (its main figure: self-supporting after internships), or null. */
    private static String mainShare(List<NetworkView.Column> columns) {
        return columns.stream()
                .filter(c -> c.show().equals("share"))
                .map(NetworkView.Column::code)
                .findFirst()
                .orElse(null);
    }

    private static NetworkView.Coverage coverage(List<NetworkView.Coverage> coverage, String code) {
        return code == null
                ? null
                : coverage.stream()
                        .filter(c -> c.code().equals(code))
                        .findFirst()
                        .orElse(null);
    }

    /** "3 af 5": the municipalities above a threshold, of those counted. */
    private Cell aboveCell(NetworkView.Above a) {
        return new Cell(
                words.text(Message.of("network.above.count", a.municipalities(), a.counted())),
                BigDecimal.valueOf(a.municipalities()),
                "0");
    }

    /**
     * The network's figures of a table per period, oldest first: the municipalities with an approved report in it,
     * the network's figures, the median and the municipalities above each threshold, in the table's columns' order.
     */
    NetworkTable periodFigures(String table) {
        return memo("periods|" + table, () -> {
            List<NetworkView.Column> columns = columns(table);
            List<String> header = new ArrayList<>(List.of(text("assessments.period"), text("network.count")));
            List<java.util.function.Function<NetworkView.PeriodFigures, Cell>> cells = new ArrayList<>();
            // The municipalities that reported the table's figures; and, where fewer, those the shares are made of.
            String first = columns.isEmpty() ? null : columns.get(0).code();
            String main = mainShare(columns);
            cells.add(p -> {
                NetworkView.Coverage c = coverage(p.coverage(), first);
                return c == null ? Cell.text("–") : Cell.count(c.reporting());
            });
            if (view.periods().stream().anyMatch(p -> {
                NetworkView.Coverage c = coverage(p.coverage(), main);
                return c != null && c.included() < c.reporting();
            })) {
                header.add(text("network.included"));
                cells.add(p -> {
                    NetworkView.Coverage c = coverage(p.coverage(), main);
                    return c == null ? Cell.text("–") : Cell.count(c.included());
                });
            }
            for (NetworkView.Column c : columns) {
                if (view.periods().stream().anyMatch(p -> has(p.network(), c.code()))) {
                    header.add(label(c));
                    cells.add(p -> figureOrDash(c, p.network()));
                }
                if (view.periods().stream().anyMatch(p -> has(p.medians(), c.code()))) {
                    header.add(text("network.median") + " – " + label(c));
                    cells.add(p -> figureOrDash(c, p.medians()));
                }
                view.periods().stream()
                        .flatMap(p -> p.above().stream())
                        .filter(a -> a.code().equals(c.code()))
                        .map(NetworkView.Above::share)
                        .distinct()
                        .forEach(share -> {
                            header.add(
                                    words.text(Message.of("network.above", Decimals.percent(share, words.locale()))));
                            cells.add(p -> p.above().stream()
                                    .filter(a -> a.code().equals(c.code())
                                            && a.share().compareTo(share) == 0)
                                    .findFirst()
                                    .map(this::aboveCell)
                                    .orElse(Cell.text("–")));
                        });
            }
            List<Row> rows = view.periods().stream()
                    .filter(p ->
                            columns.stream().anyMatch(c -> has(p.network(), c.code()) || has(p.medians(), c.code())))
                    .map(p -> {
                        List<Cell> values = new ArrayList<>();
                        cells.forEach(cell -> values.add(cell.apply(p)));
                        return new Row(p.period(), p.period(), null, null, null, values);
                    })
                    .toList();
            return new NetworkTable(text("network.internships.periods"), header, rows, List.of());
        });
    }

    /** Whether a figure list has a figure with something to show (a value, or hidden) in a column. */
    private static boolean has(List<NetworkView.Figure> figures, String code) {
        return figures.stream().anyMatch(f -> f.code().equals(code) && (f.value() != null || f.suppressed()));
    }

    private Cell figureOrDash(NetworkView.Column c, List<NetworkView.Figure> figures) {
        return figure(c, NetworkFormats.find(new NetworkView.MunicipalityFigures("", figures), c.code()));
    }

    /** Calibration of each municipality's latest approved report the supervisor rated items in. */
    NetworkTable calibration() {
        return memo("calibration", () -> calibration(view.calibration()));
    }

    /** The chosen (or own) municipality's calibration per period, oldest first. */
    NetworkTable calibrationHistory() {
        return memo("calibrationHistory", () -> calibration(view.calibrationHistory()));
    }

    /** Rated items, gaps ("MS3 (4 → 2)"), mean difference, narrowed, persistent items. */
    private NetworkTable calibration(List<NetworkView.Calibration> calibrations) {
        List<Row> rows = calibrations.stream()
                .map(c -> new Row(
                        c.period(),
                        c.name(),
                        c.municipality(),
                        c.assessmentId(),
                        c.period(),
                        List.of(
                                Cell.count(c.rated()),
                                Cell.text(NetworkFormats.gaps(c, text("network.calibration.noGaps"))),
                                c.meanDifference() == null
                                        ? Cell.text("–")
                                        : new Cell(NetworkFormats.mean(c, words.locale()), c.meanDifference(), "0.0#"),
                                Cell.text(
                                        c.narrowed() == null
                                                ? "–"
                                                : text(
                                                        c.narrowed()
                                                                ? "network.calibration.narrowed"
                                                                : "network.calibration.notNarrowed")),
                                Cell.text(c.persistent().isEmpty() ? "–" : String.join(", ", c.persistent())))))
                .toList();
        List<String> header = List.of(
                text("assessments.municipality"),
                text("assessments.period"),
                text("network.calibration.rated"),
                text("network.calibration.gaps"),
                text("network.calibration.mean"),
                text("network.calibration.trend"),
                text("network.calibration.persistent"));
        return new NetworkTable(text("network.calibration"), header, rows, List.of());
    }

    /** A principle's trend: per period the median and, with a municipality chosen, its score. */
    NetworkTable trend(String section) {
        return memo("trend|" + section, () -> {
            boolean own = withOwnTrend();
            List<Row> rows = periods().stream()
                    .map(period -> {
                        NetworkView.TrendPoint point = point(period, section);
                        Cell median = point == null ? Cell.text("–") : score(point.median());
                        Cell score = point == null || point.own() == null ? Cell.text("–") : score(point.own());
                        return new Row(
                                period, period, null, null, period, own ? List.of(median, score) : List.of(median));
                    })
                    .toList();
            List<String> header = new ArrayList<>(List.of(text("assessments.period"), text("network.median")));
            if (own) {
                header.add(focus() == null ? "" : focus().name());
            }
            return new NetworkTable(
                    text("network.trend.caption") + " – " + words.section(section), header, rows, List.of());
        });
    }

    /**
     * The spider chart's figures, in its order: per principle the focus municipality's score ("Ingen score" where it
     * has none) and the network's median ("–" where none is shown).
     */
    NetworkTable focusScores() {
        return memo("focus", () -> {
            NetworkView.MunicipalityScores focus = focus();
            if (focus == null) {
                return new NetworkTable("", List.of(), List.of(), List.of());
            }
            List<Row> rows = principles().stream()
                    .map(section -> new Row(
                            section,
                            words.section(section),
                            focus.municipality(),
                            focus.assessmentId(),
                            focus.period(),
                            List.of(
                                    score(focus, section) == null
                                            ? Cell.text(text("network.chart.noScore"))
                                            : score(score(focus, section)),
                                    median(section) == null ? Cell.text("–") : score(median(section)))))
                    .toList();
            return new NetworkTable(
                    words.text(Message.of("network.chart.caption", focus.name(), focus.period())),
                    List.of(text("report.principle"), focus.name(), text("network.median")),
                    rows,
                    List.of());
        });
    }

    /** A drift alert's change, for the table whose other columns name the municipality and the principle. */
    String alertChange(NetworkView.DriftAlert a) {
        return a.dropped()
                ? words.text(Message.of(
                        "network.alert.change.dropped",
                        words.score(a.previous()),
                        a.previousPeriod(),
                        words.score(a.current()),
                        a.period()))
                : words.text(Message.of("network.alert.change.below", words.score(a.current()), a.period()));
    }

    /** The municipality the chart and trend show: the chosen one, or the own; null when it has no approved report. */
    NetworkView.MunicipalityScores focus() {
        String wanted = view.trendMunicipality();
        return view.municipalities().stream()
                .filter(m -> m.municipality().equals(wanted))
                .findFirst()
                .orElse(null);
    }

    /** Whether the trends show a municipality's scores beside the median: the chosen one, or the own. */
    boolean withOwnTrend() {
        return view.trendMunicipality() != null;
    }

    /** The principles (the sections that make up fidelity), in the instrument's order. */
    List<String> principles() {
        return memo(
                "principles",
                () -> view.sections().stream()
                        .filter(words.principles()::contains)
                        .toList());
    }

    /** The periods of the trend, oldest first. */
    List<String> periods() {
        return memo(
                "periods",
                () -> view.trend().stream()
                        .map(NetworkView.TrendPoint::period)
                        .distinct()
                        .toList());
    }

    /** The network's median of a section in the trend's period, or null. */
    NetworkView.TrendPoint point(String period, String section) {
        Map<String, NetworkView.TrendPoint> points = memo("points", () -> {
            Map<String, NetworkView.TrendPoint> byKey = new HashMap<>();
            view.trend().forEach(p -> byKey.put(p.period() + "|" + p.section(), p));
            return byKey;
        });
        return points.get(period + "|" + section);
    }

    /** The network's median of a section over the latest reports, or null where none is shown. */
    BigDecimal median(String section) {
        return spread(section) == null ? null : spread(section).median();
    }

    /** A municipality's score in a section, or null where it has none. */
    static BigDecimal score(NetworkView.MunicipalityScores m, String section) {
        return m.scores().stream()
                .filter(s -> s.section().equals(section))
                .map(NetworkView.Score::value)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private NetworkView.Spread spread(String section) {
        return view.spread().stream()
                .filter(s -> s.section().equals(section))
                .findFirst()
                .orElse(null);
    }

    /** A score as shown, with the shown number ({@link NetworkFormats#scoreShown}); "–" for none. */
    private Cell score(BigDecimal value) {
        String shown = words.score(value);
        if (value == null) {
            return Cell.text(shown);
        }
        BigDecimal number = NetworkFormats.scoreShown(value);
        return new Cell(shown, number, number.scale() == 2 ? "0.00" : "0.0");
    }

    private Cell figure(NetworkView.Column column, NetworkView.Figure f) {
        String shown = NetworkFormats.figure(
                f, column.show(), words.locale(), text("figure.suppressed"), text("figure.complementary"));
        if (f == null || f.value() == null) {
            return Cell.text(shown);
        }
        return switch (column.show()) {
            case "count" -> new Cell(shown, f.value(), "#,##0");
            case "ratio" -> new Cell(shown, f.value().setScale(1, RoundingMode.HALF_UP), "0.0");
            default -> new Cell(shown, f.value().setScale(2, RoundingMode.HALF_UP), "0 %");
        };
    }

    private String text(String key) {
        return words.text(key);
    }

    /** What the tables' getters work out, once (a page asks for a list more than once). */
    private final Map<String, Object> memo = new HashMap<>();

    @SuppressWarnings("unchecked")
    private <T> T memo(String key, Supplier<T> compute) {
        Object value = memo.get(key);
        if (value == null) {
            value = compute.get();
            memo.put(key, value);
        }
        return (T) value;
    }
}
