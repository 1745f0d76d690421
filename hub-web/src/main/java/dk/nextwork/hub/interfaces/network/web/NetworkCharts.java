package dk.nextwork.hub.interfaces.network.web;

import dk.nextwork.hub.application.network.NetworkView;
import dk.nextwork.hub.interfaces.assessment.report.SpiderChart;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Netværket's charts, drawn from the same figures as the tables right under them ({@link NetworkTables}): the focus
 * municipality's principles against the network's median as a spider chart, and each principle's median over the
 * periods (with the focus municipality's scores) as a line chart.
 */
final class NetworkCharts {

    private final NetworkTables tables;
    private final NetworkWords words;

    NetworkCharts(NetworkTables tables, NetworkWords words) {
        this.tables = tables;
        this.words = words;
    }

    /** The spider chart of the focus municipality's principles against the network's median ("" under 3 axes). */
    String spider() {
        NetworkView.MunicipalityScores focus = tables.focus();
        List<SpiderChart.Axis> axes = new ArrayList<>();
        for (String section : tables.principles()) {
            BigDecimal score = focus == null ? null : NetworkTables.score(focus, section);
            BigDecimal median = tables.median(section);
            axes.add(new SpiderChart.Axis(
                    words.section(section),
                    score == null ? null : score.doubleValue(),
                    median == null ? null : median.doubleValue()));
        }
        if (axes.size() < 3) {
            return "";
        }
        return new SpiderChart(axes, 460)
                .svg(new SpiderChart.Words(
                        words.text("network.chart"),
                        focus == null ? "" : focus.name() + " " + focus.period(),
                        words.text("network.median"),
                        words.text("chart.noScore")));
    }

    /** One principle's trend: the median (and the focus municipality's scores) per period as a line chart. */
    String trend(String section) {
        List<String> periods = tables.periods();
        List<BigDecimal> median = new ArrayList<>();
        List<BigDecimal> own = new ArrayList<>();
        for (String period : periods) {
            NetworkView.TrendPoint point = tables.point(period, section);
            median.add(point == null ? null : point.median());
            own.add(point == null ? null : point.own());
        }
        NetworkView.MunicipalityScores focus = tables.focus();
        return TrendChart.svg(
                words.text("network.trend") + " – " + words.section(section),
                periods,
                median,
                words.text("network.median"),
                tables.withOwnTrend() ? own : null,
                focus == null ? words.text("network.trend.own") : focus.name());
    }
}
