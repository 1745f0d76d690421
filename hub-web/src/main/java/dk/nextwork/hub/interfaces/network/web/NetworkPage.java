package dk.nextwork.hub.interfaces.network.web;

import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.network.NetworkQuery;
import dk.nextwork.hub.application.network.NetworkService;
import dk.nextwork.hub.application.network.NetworkView;
import dk.nextwork.hub.interfaces.assessment.report.SpiderChart;
import dk.nextwork.hub.interfaces.instrument.web.InstrumentTexts;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.Language;
import dk.nextwork.hub.interfaces.web.LinkedMessage;
import dk.nextwork.hub.interfaces.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Netværket: every municipality's latest approved scores beside the network's median and quartiles, a spider chart of
 * one municipality against the median, the trend of each principle, and drift alerts; each chart with its figures in
 * a table right under it. Municipal staff see their own municipality only, against the network, and its chart first.
 * The filters are a plain GET form, so every view is a link.
 */
@Named("networkPage")
@RequestScoped
public class NetworkPage {

    /**
     * One table row, its words worked out: a municipality's latest scores or figures, a row of the spread, a
     * calibration or a trend period. Read by the page through getters, which Jakarta EL resolves once per class
     * (calling a record's accessors from EL looks each method up again on every cell).
     */
    public record Row(
            String key, String name, String municipality, Long assessmentId, String period, List<String> cells) {

        public String getKey() {
            return key;
        }

        public String getName() {
            return name;
        }

        public String getMunicipality() {
            return municipality;
        }

        public Long getAssessmentId() {
            return assessmentId;
        }

        public String getPeriod() {
            return period;
        }

        public List<String> getCells() {
            return cells;
        }
    }

    @Inject
    NetworkService network;

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    @Inject
    InstrumentTexts texts;

    private List<String> status = new ArrayList<>();
    private String from;
    private String to;
    private String municipality;
    private String sort;
    private String principle;
    private NetworkView view;
    private final Map<String, String> filterErrors = new HashMap<>();

    /** The filter form's inputs by the service's field names, so an error links to its field. */
    private static final Map<String, String> FILTER_INPUTS =
            Map.of("from", "fra", "to", "til", "principle", "princip", "municipality", "kommune");

    public void load() throws IOException {
        String[] statuses = jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterValuesMap()
                .get("status");
        if (statuses != null) {
            setStatus(List.of(statuses));
        }
        try {
            view = network.picture(
                    user.caller(), new NetworkQuery(Set.copyOf(status), from, to, municipality, principle));
        } catch (InvalidInputException e) {
            for (FieldProblem problem : e.problems()) {
                String text = PageMessages.text(problem.message());
                filterErrors.put(problem.field(), text);
                String input = FILTER_INPUTS.get(problem.field());
                String label = language.text("network.filter." + problem.field());
                jakarta.faces.context.FacesContext.getCurrentInstance()
                        .addMessage(
                                null,
                                input == null
                                        ? new FacesMessage(FacesMessage.SEVERITY_ERROR, label + ": " + text, null)
                                        : new LinkedMessage("#" + input, label, text));
            }
            // The picture without the filter to correct, so the page keeps its lists and charts meanwhile.
            try {
                view = network.picture(
                        user.caller(),
                        new NetworkQuery(
                                filterErrors.containsKey("status") ? Set.of() : Set.copyOf(status),
                                filterErrors.containsKey("from") ? null : from,
                                filterErrors.containsKey("to") ? null : to,
                                filterErrors.containsKey("municipality") ? null : municipality,
                                filterErrors.containsKey("principle") ? null : principle));
            } catch (InvalidInputException again) {
                view = null;
            }
        } catch (NotFoundException e) {
            PageMessages.notFound();
        }
    }

    /** What is wrong with a filter ("from", "to"), to show at its field, or null. */
    public String filterError(String field) {
        return filterErrors.get(field);
    }

    public NetworkView getView() {
        return view;
    }

    /** Whether the user sees every municipality by name (supervisors, the admin, researchers). */
    public boolean isEveryone() {
        return user.getMunicipality() == null;
    }

    /**
     * The score tables' cells per row: the active instrument's sections, as the service answers with them. Known
     * before the picture is loaded, for the page's structure is built first.
     */
    public int getSectionCount() {
        return texts.getSectionCount();
    }

    /**
     * The trend tables' cells per row: the median, and a municipality's score when one is shown beside it (always the
     * own for municipal staff; the chosen one for the others). Read from the request, for the page's structure is
     * built before the picture is loaded.
     */
    public int getTrendColumns() {
        String chosen = jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("kommune");
        return !isEveryone() || (chosen != null && !chosen.isBlank()) ? 2 : 1;
    }

    public List<String> getSections() {
        return view == null ? List.of() : view.sections();
    }

    /** The municipalities' rows, sorted by name or, with {@code sort}, by a section's score (highest first). */
    public List<Row> getRows() {
        return memo("rows", this::rows);
    }

    private List<Row> rows() {
        if (view == null) {
            return List.of();
        }
        List<NetworkView.MunicipalityScores> list = new ArrayList<>(view.municipalities());
        if (sort != null && view.sections().contains(sort)) {
            list.sort(Comparator.comparing(
                    (NetworkView.MunicipalityScores m) -> value(m, sort),
                    Comparator.nullsLast(Comparator.reverseOrder())));
        } else if ("period".equals(sort)) {
            list.sort(
                    Comparator.comparing(NetworkView.MunicipalityScores::period).reversed());
        }
        return list.stream()
                .map(m -> new Row(
                        m.municipality(),
                        m.name(),
                        m.municipality(),
                        m.assessmentId(),
                        m.period(),
                        view.sections().stream().map(s -> score(value(m, s))).toList()))
                .toList();
    }

    /** Calibration of each municipality's latest approved report the supervisor rated items in. */
    public List<NetworkView.Calibration> getCalibration() {
        return view == null ? List.of() : view.calibration();
    }

    /** The calibration table's rows: rated items, gaps, mean difference, narrowed, persistent items. */
    public List<Row> getCalibrationRows() {
        return memo("calibrationRows", () -> calibrationRows(getCalibration()));
    }

    /** The chosen (or own) municipality's calibration rows per period, oldest first. */
    public List<Row> getCalibrationHistoryRows() {
        return memo("calibrationHistoryRows", () -> calibrationRows(getCalibrationHistory()));
    }

    private List<Row> calibrationRows(List<NetworkView.Calibration> calibrations) {
        return calibrations.stream()
                .map(c -> new Row(
                        c.period(),
                        c.name(),
                        c.municipality(),
                        c.assessmentId(),
                        c.period(),
                        List.of(
                                String.valueOf(c.rated()),
                                gaps(c),
                                mean(c),
                                narrowed(c),
                                c.persistent().isEmpty() ? "–" : String.join(", ", c.persistent()))))
                .toList();
    }

    /** A principle's trend table: per period the median and, with a municipality chosen, its score. */
    public List<Row> trendRows(String section) {
        return memo(
                "trend|" + section,
                () -> getPeriods().stream()
                        .map(period -> new Row(
                                period,
                                period,
                                null,
                                null,
                                period,
                                view.trendMunicipality() == null
                                        ? List.of(median(period, section))
                                        : List.of(median(period, section), own(period, section))))
                        .toList());
    }

    /** The chosen (or own) municipality's calibration per period, oldest first. */
    public List<NetworkView.Calibration> getCalibrationHistory() {
        return view == null ? List.of() : view.calibrationHistory();
    }

    /** The gaps as "MS3 (4 → 2)". */
    public String gaps(NetworkView.Calibration c) {
        return NetworkFormats.gaps(c, language.text("network.calibration.noGaps"));
    }

    public String mean(NetworkView.Calibration c) {
        return NetworkFormats.mean(c, language.getLocale());
    }

    public String narrowed(NetworkView.Calibration c) {
        return c.narrowed() == null
                ? "–"
                : language.text(c.narrowed() ? "network.calibration.narrowed" : "network.calibration.notNarrowed");
    }

    /** The address of a table's CSV export with the page's filters. */
    public String csv(String table) {
        return export("csv", table);
    }

    /** The address of a table's XLSX export with the page's filters. */
    public String xlsx(String table) {
        return export("xlsx", table);
    }

    private static String export(String kind, String table) {
        jakarta.faces.context.ExternalContext external =
                jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        Object query = ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getQueryString();
        return external.getRequestContextPath() + "/netvaerk." + kind + "?tabel=" + table
                + (query == null || query.toString().isBlank() ? "" : "&" + query);
    }

    /** The outcomes' codes, in the table's order. */
    public List<String> getFigureCodes() {
        return NetworkFormats.OUTCOMES;
    }

    /** Each municipality's key figures and outcomes, in the order of the scores table. */
    public List<Row> getFigureRows() {
        return memo("figureRows", this::figureRows);
    }

    private List<Row> figureRows() {
        if (view == null) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        for (NetworkView.MunicipalityScores m : view.municipalities()) {
            NetworkView.MunicipalityFigures figures = view.figures().stream()
                    .filter(f -> f.municipality().equals(m.municipality()))
                    .findFirst()
                    .orElse(null);
            rows.add(new Row(
                    m.municipality(),
                    m.name(),
                    m.municipality(),
                    m.assessmentId(),
                    m.period(),
                    getFigureCodes().stream().map(code -> figure(figures, code)).toList()));
        }
        return rows;
    }

    /** The network's totals under the outcomes table, or empty when the user sees only the own municipality. */
    public List<String> getTotalCells() {
        return memo("totalCells", this::totalCells);
    }

    private List<String> totalCells() {
        if (view == null || view.totals().isEmpty()) {
            return List.of();
        }
        NetworkView.MunicipalityFigures totals = new NetworkView.MunicipalityFigures("", view.totals());
        return getFigureCodes().stream()
                .map(code -> view.totals().stream().anyMatch(t -> t.code().equals(code)) ? figure(totals, code) : "")
                .toList();
    }

    private String figure(NetworkView.MunicipalityFigures figures, String code) {
        return NetworkFormats.figure(
                NetworkFormats.find(figures, code),
                language.getLocale(),
                language.text("figure.suppressed"),
                language.text("figure.complementary"));
    }

    /** The median and quartile rows under the table. */
    public List<Row> getSpreadRows() {
        return memo("spreadRows", this::spreadRows);
    }

    private List<Row> spreadRows() {
        if (view == null) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        rows.add(spreadRow("upper", language.text("network.upperQuartile"), NetworkView.Spread::upperQuartile));
        rows.add(spreadRow("median", language.text("network.median"), NetworkView.Spread::median));
        rows.add(spreadRow("lower", language.text("network.lowerQuartile"), NetworkView.Spread::lowerQuartile));
        rows.add(new Row(
                "count",
                language.text("network.count"),
                null,
                null,
                null,
                view.sections().stream()
                        .map(s -> spread(s) == null
                                ? "–"
                                : String.valueOf(spread(s).municipalities()))
                        .toList()));
        return rows;
    }

    private Row spreadRow(String key, String label, java.util.function.Function<NetworkView.Spread, BigDecimal> pick) {
        return new Row(
                key,
                label,
                null,
                null,
                null,
                view.sections().stream()
                        .map(s -> spread(s) == null ? "–" : score(pick.apply(spread(s))))
                        .toList());
    }

    private NetworkView.Spread spread(String section) {
        return view.spread().stream()
                .filter(s -> s.section().equals(section))
                .findFirst()
                .orElse(null);
    }

    private static BigDecimal value(NetworkView.MunicipalityScores m, String section) {
        return m.scores().stream()
                .filter(s -> s.section().equals(section))
                .map(NetworkView.Score::value)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** The municipality the chart and trend show: the chosen one, the own, or the first in the table. */
    public NetworkView.MunicipalityScores getFocus() {
        if (view == null || view.municipalities().isEmpty()) {
            return null;
        }
        String wanted = view.trendMunicipality();
        return view.municipalities().stream()
                .filter(m -> m.municipality().equals(wanted))
                .findFirst()
                .orElse(null);
    }

    /** The spider chart of the focus municipality's principles against the network's median. */
    public String getChartSvg() {
        NetworkView.MunicipalityScores focus = getFocus();
        List<SpiderChart.Axis> axes = new ArrayList<>();
        for (String section : principles()) {
            BigDecimal median = spread(section) == null ? null : spread(section).median();
            axes.add(new SpiderChart.Axis(
                    texts.section(section),
                    focus == null || value(focus, section) == null
                            ? null
                            : value(focus, section).doubleValue(),
                    median == null ? null : median.doubleValue()));
        }
        if (axes.size() < 3) {
            return "";
        }
        return new SpiderChart(axes, 460)
                .svg(new SpiderChart.Words(
                        language.text("network.chart"),
                        focus == null ? "" : focus.name() + " " + focus.period(),
                        language.text("network.median"),
                        language.text("chart.noScore")));
    }

    /**
     * The spider chart's figures, in its order: per principle the focus municipality's score ("Ingen score" where it
     * has none) and the network's median ("–" where none is shown).
     */
    public List<Row> getChartRows() {
        return memo("chartRows", this::chartRows);
    }

    /** The caption of the spider chart's table: whose scores, from which period, against the median. */
    public String getChartCaption() {
        NetworkView.MunicipalityScores focus = getFocus();
        return focus == null
                ? ""
                : language.text(
                        dk.nextwork.hub.application.Message.of("network.chart.caption", focus.name(), focus.period()));
    }

    private List<Row> chartRows() {
        NetworkView.MunicipalityScores focus = getFocus();
        if (focus == null) {
            return List.of();
        }
        return principles().stream()
                .map(section -> new Row(
                        section,
                        texts.section(section),
                        focus.municipality(),
                        focus.assessmentId(),
                        focus.period(),
                        List.of(
                                value(focus, section) == null
                                        ? language.text("network.chart.noScore")
                                        : score(value(focus, section)),
                                spread(section) == null || spread(section).median() == null
                                        ? "–"
                                        : score(spread(section).median()))))
                .toList();
    }

    /** The principles (the sections that make up fidelity), in the instrument's order. */
    public List<String> principles() {
        return memo("principleCodes", this::principleCodes);
    }

    private List<String> principleCodes() {
        Set<String> codes = new LinkedHashSet<>();
        texts.getPrinciples().forEach(p -> codes.add(p.code()));
        return getSections().stream().filter(codes::contains).toList();
    }

    /** The principles whose trends are shown: the chosen one, or all. */
    public List<String> getTrendSections() {
        return principles().stream()
                .filter(p -> principle == null || principle.isBlank() || p.equals(principle))
                .toList();
    }

    /** The periods of the trend, oldest first. */
    public List<String> getPeriods() {
        return memo("periods", this::periods);
    }

    private List<String> periods() {
        if (view == null) {
            return List.of();
        }
        return view.trend().stream()
                .map(NetworkView.TrendPoint::period)
                .distinct()
                .toList();
    }

    /** One principle's trend: the median (and the focus municipality's scores) per period as a line chart. */
    public String trendSvg(String section) {
        List<String> periods = getPeriods();
        List<BigDecimal> median = new ArrayList<>();
        List<BigDecimal> own = new ArrayList<>();
        for (String period : periods) {
            NetworkView.TrendPoint point = point(period, section);
            median.add(point == null ? null : point.median());
            own.add(point == null ? null : point.own());
        }
        NetworkView.MunicipalityScores focus = getFocus();
        return TrendChart.svg(
                language.text("network.trend") + " – " + texts.section(section),
                periods,
                median,
                language.text("network.median"),
                view.trendMunicipality() == null ? null : own,
                focus == null ? language.text("network.trend.own") : focus.name());
    }

    public String median(String period, String section) {
        NetworkView.TrendPoint point = point(period, section);
        return point == null ? "–" : score(point.median());
    }

    public String own(String period, String section) {
        NetworkView.TrendPoint point = point(period, section);
        return point == null || point.own() == null ? "–" : score(point.own());
    }

    private NetworkView.TrendPoint point(String period, String section) {
        java.util.Map<String, NetworkView.TrendPoint> points = memo("points", () -> {
            java.util.Map<String, NetworkView.TrendPoint> byKey = new java.util.HashMap<>();
            view.trend().forEach(p -> byKey.put(p.period() + "|" + p.section(), p));
            return byKey;
        });
        return points.get(period + "|" + section);
    }

    /** What the page's getters work out, once per request (Facelets asks for a list more than once). */
    private final java.util.Map<String, Object> memo = new java.util.HashMap<>();

    @SuppressWarnings("unchecked")
    private <T> T memo(String key, java.util.function.Supplier<T> compute) {
        Object value = memo.get(key);
        if (value == null) {
            value = compute.get();
            memo.put(key, value);
        }
        return (T) value;
    }

    /** A score as the Hub shows scores: one decimal; two (cut) where one would round up to a band's limit. */
    public String score(BigDecimal value) {
        return NetworkFormats.score(value, language.getLocale());
    }

    public String alertText(NetworkView.DriftAlert a) {
        String section = texts.section(a.section());
        if (a.dropped()) {
            return language.text(dk.nextwork.hub.application.Message.of(
                    isEveryone() ? "network.alert.dropped" : "network.alert.dropped",
                    section,
                    a.name(),
                    score(a.previous()),
                    a.previousPeriod(),
                    score(a.current()),
                    a.period()));
        }
        return language.text(dk.nextwork.hub.application.Message.of(
                isEveryone() ? "network.alert.below" : "network.alert.below",
                section,
                a.name(),
                score(a.current()),
                a.period()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public List<String> getStatus() {
        return status;
    }

    public void setStatus(List<String> status) {
        this.status = status == null ? new ArrayList<>() : new ArrayList<>(status);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    /** Only this principle's trend and alerts ({@code ?princip=}), or every principle. */
    public String getPrinciple() {
        return principle;
    }

    public void setPrinciple(String principle) {
        this.principle = principle;
    }

    /** A drift alert's change, for the table whose other columns name the municipality and the principle. */
    public String alertChange(NetworkView.DriftAlert a) {
        return a.dropped()
                ? language.text(dk.nextwork.hub.application.Message.of(
                        "network.alert.change.dropped",
                        score(a.previous()),
                        a.previousPeriod(),
                        score(a.current()),
                        a.period()))
                : language.text(dk.nextwork.hub.application.Message.of(
                        "network.alert.change.below", score(a.current()), a.period()));
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }
}
