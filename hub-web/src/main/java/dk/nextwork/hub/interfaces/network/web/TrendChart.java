package dk.nextwork.hub.interfaces.network.web;

import dk.nextwork.hub.application.Xml;
import dk.nextwork.hub.interfaces.web.SvgNumbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One principle's scores over the periods as a line chart (SVG): the network's median as a solid line, a
 * municipality's scores dashed, the 1–5 scale on the left with a line at every whole score, the legend above the plot.
 * A period without a score is a gap in its line, never a line drawn across it. The table under it holds the same
 * figures for everyone who cannot see the chart.
 */
final class TrendChart {

    /*
     * The drawing is 360 units wide and scales with its column: on a 320 px phone, inside its card, it is about 254 CSS
     * px wide, so text of 18 units is 12.7 px on screen. At that size four period labels fit side by side, so at most
     * four are written, the latest always among them.
     */
    static final int WIDTH = 360;
    static final int FONT = 18;
    static final int MAX_PERIOD_LABELS = 4;
    private static final int LEFT = 40;
    private static final int RIGHT = 40;
    private static final int PLOT = 140;
    private static final int LEGEND_LINE = 26;
    private static final String MEDIAN_COLOUR = "#0b3d2e";
    private static final String OWN_COLOUR = "#0b5cad";

    private TrendChart() {}

    /**
     * @param periods the x axis, oldest first
     * @param median the network's median per period (null where none)
     * @param medianLabel the median line's name in the legend
     * @param own the municipality's score per period (null where none), or null for no second line
     * @param ownLabel the municipality's line's name in the legend (unused without {@code own})
     */
    static String svg(
            String title,
            List<String> periods,
            List<BigDecimal> median,
            String medianLabel,
            List<BigDecimal> own,
            String ownLabel) {
        int legendLines = own == null ? 1 : 2;
        int top = 24 + (legendLines - 1) * LEGEND_LINE + 24;
        int height = top + PLOT + 44;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"hub-trend\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" aria-label=\"")
                .append(Xml.text(title))
                .append("\"><title>")
                .append(Xml.text(title))
                .append("</title>");
        legend(svg, 24, MEDIAN_COLOUR, null, medianLabel);
        if (own != null) {
            legend(svg, 24 + LEGEND_LINE, OWN_COLOUR, "6 4", ownLabel);
        }
        for (int score = 1; score <= 5; score++) {
            double y = y(BigDecimal.valueOf(score), top);
            svg.append("<line stroke=\"#c4d3cc\" stroke-width=\"1\" x1=\"")
                    .append(LEFT)
                    .append("\" x2=\"")
                    .append(WIDTH - RIGHT / 2)
                    .append("\" y1=\"")
                    .append(num(y))
                    .append("\" y2=\"")
                    .append(num(y))
                    .append("\"/><text class=\"hub-tick\" font-size=\"")
                    .append(FONT)
                    .append("\" fill=\"#4a4a4a\" x=\"8\" y=\"")
                    .append(num(y + FONT * 0.35))
                    .append("\">")
                    .append(score)
                    .append("</text>");
        }
        for (int i : labelled(periods.size())) {
            svg.append("<text class=\"hub-tick\" font-size=\"")
                    .append(FONT)
                    .append("\" fill=\"#4a4a4a\" text-anchor=\"middle\" x=\"")
                    .append(num(x(i, periods.size())))
                    .append("\" y=\"")
                    .append(top + PLOT + 32)
                    .append("\">")
                    .append(Xml.text(periods.get(i)))
                    .append("</text>");
        }
        line(svg, median, top, MEDIAN_COLOUR, null);
        if (own != null) {
            line(svg, own, top, OWN_COLOUR, "6 4");
        }
        return svg.append("</svg>").toString();
    }

    /**
     * The periods that get a label under the axis: every {@code step}-th counted back from the latest, so the latest
     * is always named and the labels stay evenly spaced and never overlap.
     */
    static List<Integer> labelled(int count) {
        List<Integer> labelled = new ArrayList<>();
        if (count == 0) {
            return labelled;
        }
        int step = Math.max(1, (int) Math.ceil((count - 1) / (double) (MAX_PERIOD_LABELS - 1)));
        for (int i = (count - 1) % step; i < count; i += step) {
            labelled.add(i);
        }
        return labelled;
    }

    private static void legend(StringBuilder svg, int y, String colour, String dash, String label) {
        svg.append("<g class=\"hub-legend-entry\"><line stroke-width=\"3\" stroke=\"")
                .append(colour)
                .append(dash == null ? "" : "\" stroke-dasharray=\"" + dash)
                .append("\" x1=\"8\" x2=\"44\" y1=\"")
                .append(num(y - FONT * 0.35))
                .append("\" y2=\"")
                .append(num(y - FONT * 0.35))
                .append("\"/><text class=\"hub-legend-text\" font-size=\"")
                .append(FONT)
                .append("\" fill=\"#1a1a1a\" x=\"52\" y=\"")
                .append(y)
                .append("\">")
                .append(Xml.text(label))
                .append("</text></g>");
    }

    /** A line through the scores it has, broken where a period has none; a point at every score. */
    private static void line(StringBuilder svg, List<BigDecimal> values, int top, String colour, String dash) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i <= values.size(); i++) {
            BigDecimal value = i < values.size() ? values.get(i) : null;
            if (value == null) {
                if (points.indexOf(" ") > 0) {
                    svg.append("<polyline fill=\"none\" stroke-width=\"2.5\" stroke=\"")
                            .append(colour)
                            .append(dash == null ? "" : "\" stroke-dasharray=\"" + dash)
                            .append("\" points=\"")
                            .append(points)
                            .append("\"/>");
                }
                points.setLength(0);
                continue;
            }
            points.append(points.length() == 0 ? "" : " ")
                    .append(num(x(i, values.size())))
                    .append(',')
                    .append(num(y(value, top)));
            svg.append("<circle r=\"4\" fill=\"")
                    .append(colour)
                    .append("\" cx=\"")
                    .append(num(x(i, values.size())))
                    .append("\" cy=\"")
                    .append(num(y(value, top)))
                    .append("\"/>");
        }
    }

    private static double x(int index, int count) {
        double span = WIDTH - LEFT - RIGHT;
        return LEFT + (count <= 1 ? span / 2 : span * index / (count - 1));
    }

    private static double y(BigDecimal score, int top) {
        return top + PLOT * (5 - Math.max(1, Math.min(5, score.doubleValue()))) / 4;
    }

    static String num(double v) {
        return SvgNumbers.oneDecimal(v);
    }
}
