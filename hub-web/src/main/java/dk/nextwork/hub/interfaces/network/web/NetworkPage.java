package dk.nextwork.hub.interfaces.network.web;

import dk.nextwork.hub.application.network.NetworkView;
import dk.nextwork.hub.interfaces.instrument.web.InstrumentTexts;
import dk.nextwork.hub.interfaces.network.web.NetworkTable.Row;
import dk.nextwork.hub.interfaces.web.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Netværket: every municipality's latest approved scores beside the network's median and quartiles, a spider chart of
 * one municipality against the median, the trend of each principle, and drift alerts; each chart with its figures in
 * a table right under it. Municipal staff see their own municipality only, against the network, and its chart first.
 * The names the page reads, each handed to its part: the filters ({@link NetworkFilters}), the tables, which the
 * exports read too ({@link NetworkTables}), and the charts ({@link NetworkCharts}).
 */
@Named("networkPage")
@RequestScoped
public class NetworkPage {

    @Inject
    NetworkFilters filters;

    @Inject
    Language language;

    @Inject
    InstrumentTexts texts;

    @Inject
    FidelityOutcomesPage outcomes;

    private NetworkView view;
    private NetworkTables tables;
    private NetworkCharts charts;

    public void load() throws IOException {
        view = filters.picture();
        if (view != null) {
            NetworkWords words = NetworkWords.of(language, texts);
            tables = new NetworkTables(view, words);
            charts = new NetworkCharts(tables, words);
        }
    }

    public NetworkView getView() {
        return view;
    }

    /** The parameters Netværket is asked with: its filters, its sorting and the analysis' choices. */
    private static final Set<String> PARAMETERS = Set.of(
            "fra",
            "til",
            "kommune",
            "sorter",
            "princip",
            "status",
            "analyse-fra",
            "analyse-til",
            "fidelitet",
            "udfald");

    /**
     * What the page's kept tables and charts ({@code hub:kept}) depend on besides the view: the language, and the
     * address, whose filters and sorting the tables and their links follow. Null (nothing kept, the page rendered as
     * usual) for an address with a filter that could not be used, a parameter the page does not know, or a sorting it
     * does not offer: only the addresses the page itself links to are kept.
     */
    public String getKept() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String sort = filters.getSort();
        boolean sortOffered = sort == null
                || sort.isEmpty()
                || sort.equals("period")
                || (view != null && view.sections().contains(sort));
        if (filters.hasErrors()
                || outcomes.hasErrors()
                || !sortOffered
                || !PARAMETERS.containsAll(request.getParameterMap().keySet())) {
            return null;
        }
        String query = request.getQueryString();
        return language.getCode() + "?" + (query == null ? "" : query);
    }

    /** Whether the user sees every municipality by name (supervisors, the admin, researchers). */
    public boolean isEveryone() {
        return filters.everyone();
    }

    /** What is wrong with a filter ("from", "to"), to show at its field, or null. */
    public String filterError(String field) {
        return filters.error(field);
    }

    /**
     * The score tables' cells per row: the active instrument's sections, as the service answers with them. Known
     * before the picture is loaded, for the page's structure is built first.
     */
    public int getSectionCount() {
        return texts.getSectionCount();
    }

    /** The trend tables' cells per row: the median, and a municipality's score when one is shown beside it. */
    public int getTrendColumns() {
        return filters.trendWithOwn() ? 2 : 1;
    }

    public List<String> getSections() {
        return view == null ? List.of() : view.sections();
    }

    /** The municipalities' rows, sorted by name or, with {@code sort}, by a section's score (highest first). */
    public List<Row> getRows() {
        return rows(t -> t.scores(filters.getSort()).rows());
    }

    /** The median and quartile rows under the scores table. */
    public List<Row> getSpreadRows() {
        return rows(t -> t.scores(filters.getSort()).foot());
    }

    /** A figure table's headings ({@code outcomes} or {@code internships}), in its order. */
    public List<String> figureHeaders(String table) {
        return tables == null
                ? List.of()
                : tables.columns(table).stream().map(tables::label).toList();
    }

    /** Each municipality's figures in a table, in the order of the scores table. */
    public List<Row> figureRows(String table) {
        return rows(t -> t.figures(table).rows());
    }

    /** The rows under a figure table: the network's figures, the median, the municipalities above thresholds. */
    public List<Row> figureFoot(String table) {
        return rows(t -> t.figures(table).foot());
    }

    /** Whether the network shows the internships table: the active instrument, or a version some report is filed under, declares it. */
    public boolean isWithInternships() {
        return tables != null && !tables.columns("internships").isEmpty();
    }

    /** The internships table's network figures per period: its headings after the period. */
    public List<String> getPeriodHeaders() {
        return tables == null
                ? List.of()
                : tables.periodFigures("internships").header().stream().skip(1).toList();
    }

    /** The internships table's network figures per period, oldest first. */
    public List<Row> getPeriodRows() {
        return rows(t -> t.periodFigures("internships").rows());
    }

    /** Calibration of each municipality's latest approved report the supervisor rated items in. */
    public List<NetworkView.Calibration> getCalibration() {
        return view == null ? List.of() : view.calibration();
    }

    /** The calibration table's rows: rated items, gaps, mean difference, narrowed, persistent items. */
    public List<Row> getCalibrationRows() {
        return rows(t -> t.calibration().rows());
    }

    /** The chosen (or own) municipality's calibration per period, oldest first. */
    public List<NetworkView.Calibration> getCalibrationHistory() {
        return view == null ? List.of() : view.calibrationHistory();
    }

    /** The chosen (or own) municipality's calibration rows per period, oldest first. */
    public List<Row> getCalibrationHistoryRows() {
        return rows(t -> t.calibrationHistory().rows());
    }

    /** A principle's trend table: per period the median and, with a municipality chosen, its score. */
    public List<Row> trendRows(String section) {
        return rows(t -> t.trend(section).rows());
    }

    /** The spider chart's figures, in its order: per principle the focus municipality's score and the median. */
    public List<Row> getChartRows() {
        return rows(t -> t.focusScores().rows());
    }

    /** The caption of the spider chart's table: whose scores, from which period, against the median. */
    public String getChartCaption() {
        return tables == null ? "" : tables.focusScores().title();
    }

    /** The municipality the chart and trend show: the chosen one or the own (null when it has no approved report). */
    public NetworkView.MunicipalityScores getFocus() {
        return tables == null ? null : tables.focus();
    }

    /** The spider chart of the focus municipality's principles against the network's median. */
    public String getChartSvg() {
        return charts == null ? "" : charts.spider();
    }

    /** One principle's trend: the median (and the focus municipality's scores) per period as a line chart. */
    public String trendSvg(String section) {
        return charts == null ? "" : charts.trend(section);
    }

    /** The principles (the sections that make up fidelity), in the instrument's order. */
    public List<String> principles() {
        return tables == null ? List.of() : tables.principles();
    }

    /** The principles whose trends are shown: the chosen one, or all. */
    public List<String> getTrendSections() {
        String chosen = filters.getPrinciple();
        return principles().stream()
                .filter(p -> chosen == null || chosen.isBlank() || p.equals(chosen))
                .toList();
    }

    /** A drift alert's change, for the table whose other columns name the municipality and the principle. */
    public String alertChange(NetworkView.DriftAlert a) {
        return tables.alertChange(a);
    }

    /** The address of a table's CSV export with the page's filters. */
    public String csv(String table) {
        return filters.export("csv", table);
    }

    /** The address of a table's XLSX export with the page's filters. */
    public String xlsx(String table) {
        return filters.export("xlsx", table);
    }

    private List<Row> rows(Function<NetworkTables, List<Row>> rows) {
        return tables == null ? List.of() : rows.apply(tables);
    }

    public List<String> getStatus() {
        return filters.getStatus();
    }

    public void setStatus(List<String> status) {
        filters.setStatus(status);
    }

    public String getFrom() {
        return filters.getFrom();
    }

    public void setFrom(String from) {
        filters.setFrom(from);
    }

    public String getTo() {
        return filters.getTo();
    }

    public void setTo(String to) {
        filters.setTo(to);
    }

    public String getMunicipality() {
        return filters.getMunicipality();
    }

    public void setMunicipality(String municipality) {
        filters.setMunicipality(municipality);
    }

    /** Only this principle's trend and alerts ({@code ?princip=}), or every principle. */
    public String getPrinciple() {
        return filters.getPrinciple();
    }

    public void setPrinciple(String principle) {
        filters.setPrinciple(principle);
    }

    public String getSort() {
        return filters.getSort();
    }

    public void setSort(String sort) {
        filters.setSort(sort);
    }
}
