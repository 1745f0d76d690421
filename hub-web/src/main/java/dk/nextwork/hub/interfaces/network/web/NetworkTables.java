package dk.nextwork.hub.interfaces.network.web;

import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.network.NetworkView;
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
    static final List<String> EXPORTED = List.of("scorer", "resultater", "kalibrering");

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
            case "resultater" -> outcomes();
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

    /** Each municipality's key figures and outcomes, in the order of the scores table; the network's totals under. */
    NetworkTable outcomes() {
        return memo("outcomes", () -> {
            List<Row> rows = new ArrayList<>();
            for (NetworkView.MunicipalityScores m : view.municipalities()) {
                NetworkView.MunicipalityFigures figures = view.figures().stream()
                        .filter(f -> f.municipality().equals(m.municipality()))
                        .findFirst()
                        .orElse(null);
                rows.add(row(
                        m,
                        NetworkFormats.OUTCOMES.stream()
                                .map(code -> figure(NetworkFormats.find(figures, code)))
                                .toList()));
            }
            List<Row> foot = new ArrayList<>();
            if (!view.totals().isEmpty()) {
                NetworkView.MunicipalityFigures totals = new NetworkView.MunicipalityFigures("", view.totals());
                foot.add(new Row(
                        "network",
                        text("network.total"),
                        null,
                        null,
                        null,
                        NetworkFormats.OUTCOMES.stream()
                                .map(code -> view.totals().stream()
                                                .anyMatch(t -> t.code().equals(code))
                                        ? figure(NetworkFormats.find(totals, code))
                                        : Cell.text(""))
                                .toList()));
            }
            List<String> header =
                    new ArrayList<>(List.of(text("assessments.municipality"), text("assessments.period")));
            NetworkFormats.OUTCOMES.forEach(code -> header.add(text("network.figure." + code)));
            return new NetworkTable(text("network.figures"), header, rows, foot);
        });
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

    private Cell figure(NetworkView.Figure f) {
        String shown =
                NetworkFormats.figure(f, words.locale(), text("figure.suppressed"), text("figure.complementary"));
        if (f == null || f.value() == null) {
            return Cell.text(shown);
        }
        return switch (f.code()) {
            case "enrolledYouth", "returners" -> new Cell(shown, f.value(), "#,##0");
            case "caseload" -> new Cell(shown, f.value().setScale(1, RoundingMode.HALF_UP), "0.0");
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
