package dk.nextwork.hub.interfaces.network.web;

import dk.nextwork.hub.application.Xml;
import dk.nextwork.hub.interfaces.web.SvgNumbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Fidelity against an outcome as a scatter chart (SVG): fidelity 1–5 along, the outcome's share up, one dot per
 * municipality (its name and figures as the dot's title where the reader may see names), and the outcome's reference
 * lines dashed across with their names. The table beside it holds the same figures for everyone who cannot see the
 * chart. Sized like {@link TrendChart}: 360 units wide, text of 18 units.
 */
final class ScatterChart {

    private static final int WIDTH = TrendChart.WIDTH;
    private static final int FONT = TrendChart.FONT;
    private static final int LEFT = 84;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int PLOT = 220;
    private static final String DOT = "#0b5cad";
    private static final String REFERENCE = "#8a3b00";
    private static final String GRID = "#c4d3cc";
    private static final String TEXT = "#4a4a4a";

    private ScatterChart() {}

    /** A dot: fidelity 1–5, the share 0–1, and its title (empty for none). */
    record Dot(BigDecimal fidelity, BigDecimal share, String title) {}

    /** A reference line: its share and its name. */
    record Line(BigDecimal share, String label) {}

    /**
     * @param title the chart's accessible name
     * @param xLabel the fidelity axis's name
     * @param yLabel the outcome axis's name, written up its side
     * @param top the share at the top of the plot (1 for 100 %)
     */
    static String svg(String title, String xLabel, String yLabel, List<Dot> dots, List<Line> lines, BigDecimal top) {
        double max = top.doubleValue();
        int height = TOP + PLOT + 64;
        StringBuilder svg = new StringBuilder();
        svg.append(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"hub-trend hub-scatter\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" aria-label=\"")
                .append(Xml.text(title))
                .append("\"><title>")
                .append(Xml.text(title))
                .append("</title>");
        // The share axis: five lines from 0 to the top, named in whole percent.
        for (int i = 0; i <= 4; i++) {
            double share = max * i / 4;
            double y = y(share, max);
            line(svg, "stroke=\"" + GRID + "\" stroke-width=\"1\"", LEFT, WIDTH - RIGHT, y, y);
            text(svg, LEFT - 6, y + FONT * 0.35, "end", Math.round(share * 100) + " %");
        }
        // The fidelity axis: 1 to 5.
        for (int score = 1; score <= 5; score++) {
            double x = x(score);
            line(svg, "stroke=\"" + GRID + "\" stroke-width=\"1\"", x, x, TOP, TOP + PLOT);
            text(svg, x, TOP + PLOT + 22, "middle", Integer.toString(score));
        }
        text(svg, LEFT + (WIDTH - RIGHT - LEFT) / 2.0, TOP + PLOT + 50, "middle", xLabel);
        svg.append("<text class=\"hub-tick\" font-size=\"")
                .append(FONT)
                .append("\" fill=\"")
                .append(TEXT)
                .append("\" text-anchor=\"middle\" transform=\"translate(16 ")
                .append(num(TOP + PLOT / 2.0))
                .append(") rotate(-90)\">")
                .append(Xml.text(yLabel))
                .append("</text>");
        for (Line line : lines) {
            double y = y(line.share().doubleValue(), max);
            svg.append("<g class=\"hub-reference\">");
            line(
                    svg,
                    "stroke=\"" + REFERENCE + "\" stroke-width=\"2\" stroke-dasharray=\"8 5\"",
                    LEFT,
                    WIDTH - RIGHT,
                    y,
                    y);
            svg.append("<text font-size=\"")
                    .append(FONT)
                    .append("\" fill=\"")
                    .append(REFERENCE)
                    .append("\" x=\"")
                    .append(LEFT + 4)
                    .append("\" y=\"")
                    .append(num(y - 5))
                    .append("\">")
                    .append(Xml.text(line.label()))
                    .append("</text></g>");
        }
        for (Dot dot : dots) {
            svg.append("<circle class=\"hub-dot\" r=\"6\" fill=\"")
                    .append(DOT)
                    .append("\" fill-opacity=\"0.75\" stroke=\"#ffffff\" stroke-width=\"1.5\" cx=\"")
                    .append(num(x(dot.fidelity().doubleValue())))
                    .append("\" cy=\"")
                    .append(num(y(Math.min(dot.share().doubleValue(), max), max)))
                    .append(
                            dot.title().isEmpty()
                                    ? "\"/>"
                                    : "\"><title>" + Xml.text(dot.title()) + "</title></circle>");
        }
        return svg.append("</svg>").toString();
    }

    /** The top of the share axis: 100 %, or for small shares the tenth above the largest (at least 10 %). */
    static BigDecimal top(List<BigDecimal> shares, boolean whole) {
        if (whole) {
            return BigDecimal.ONE;
        }
        BigDecimal largest = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::max);
        BigDecimal tenths = largest.setScale(1, RoundingMode.CEILING).max(new BigDecimal("0.1"));
        return tenths.min(BigDecimal.ONE);
    }

    private static double x(double fidelity) {
        return LEFT + (fidelity - 1) / 4 * (WIDTH - LEFT - RIGHT);
    }

    private static double y(double share, double max) {
        return TOP + PLOT - share / max * PLOT;
    }

    /** A straight line with its stroke attributes, from (x1, y1) to (x2, y2). */
    private static void line(StringBuilder svg, String stroke, double x1, double x2, double y1, double y2) {
        svg.append("<line ")
                .append(stroke)
                .append(" x1=\"")
                .append(num(x1))
                .append("\" x2=\"")
                .append(num(x2))
                .append("\" y1=\"")
                .append(num(y1))
                .append("\" y2=\"")
                .append(num(y2))
                .append("\"/>");
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String text) {
        svg.append("<text class=\"hub-tick\" font-size=\"")
                .append(FONT)
                .append("\" fill=\"")
                .append(TEXT)
                .append("\" text-anchor=\"")
                .append(anchor)
                .append("\" x=\"")
                .append(num(x))
                .append("\" y=\"")
                .append(num(y))
                .append("\">")
                .append(Xml.text(text))
                .append("</text>");
    }

    private static String num(double value) {
        return SvgNumbers.oneDecimal(value);
    }
}
