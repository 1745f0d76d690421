package dk.nextwork.hub.interfaces.network.web;

import dk.nextwork.hub.interfaces.web.Xml;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * One principle's scores over the periods as a line chart (SVG): the network's median as a solid line, a
 * municipality's scores dashed, the 1–5 scale on the left with a line at every whole score. The table beside it holds
 * the same figures for everyone who cannot see the chart.
 */
final class TrendChart {

    private static final int WIDTH = 420;
    private static final int HEIGHT = 200;
    private static final int LEFT = 28;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 36;

    private TrendChart() {}

    /**
     * @param periods the x axis, oldest first
     * @param median the network's median per period (null where none)
     * @param own the municipality's score per period (null where none), or null for no second line
     */
    static String svg(String title, List<String> periods, List<BigDecimal> median, List<BigDecimal> own) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"hub-trend\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" aria-label=\"")
                .append(Xml.escape(title))
                .append("\"><title>")
                .append(Xml.escape(title))
                .append("</title>");
        for (int score = 1; score <= 5; score++) {
            double y = y(BigDecimal.valueOf(score));
            svg.append("<line stroke=\"#c4d3cc\" stroke-width=\"1\" x1=\"")
                    .append(LEFT)
                    .append("\" x2=\"")
                    .append(WIDTH - RIGHT)
                    .append("\" y1=\"")
                    .append(num(y))
                    .append("\" y2=\"")
                    .append(num(y))
                    .append("\"/><text font-size=\"11\" fill=\"#4a4a4a\" x=\"6\" y=\"")
                    .append(num(y + 4))
                    .append("\">")
                    .append(score)
                    .append("</text>");
        }
        int step = Math.max(1, (int) Math.ceil(periods.size() / 6.0));
        for (int i = 0; i < periods.size(); i += step) {
            svg.append("<text font-size=\"11\" fill=\"#4a4a4a\" text-anchor=\"middle\" x=\"")
                    .append(num(x(i, periods.size())))
                    .append("\" y=\"")
                    .append(HEIGHT - 12)
                    .append("\">")
                    .append(Xml.escape(periods.get(i)))
                    .append("</text>");
        }
        line(svg, median, "#0b3d2e", null);
        if (own != null) {
            line(svg, own, "#0b5cad", "6 4");
        }
        return svg.append("</svg>").toString();
    }

    private static void line(StringBuilder svg, List<BigDecimal> values, String colour, String dash) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                continue;
            }
            points.append(points.length() == 0 ? "" : " ")
                    .append(num(x(i, values.size())))
                    .append(',')
                    .append(num(y(values.get(i))));
            svg.append("<circle r=\"3\" fill=\"")
                    .append(colour)
                    .append("\" cx=\"")
                    .append(num(x(i, values.size())))
                    .append("\" cy=\"")
                    .append(num(y(values.get(i))))
                    .append("\"/>");
        }
        if (points.length() > 0) {
            svg.append("<polyline fill=\"none\" stroke-width=\"2.5\" stroke=\"")
                    .append(colour)
                    .append(dash == null ? "" : "\" stroke-dasharray=\"" + dash)
                    .append("\" points=\"")
                    .append(points)
                    .append("\"/>");
        }
    }

    private static double x(int index, int count) {
        double span = WIDTH - LEFT - RIGHT - 20;
        return LEFT + 10 + (count <= 1 ? span / 2 : span * index / (count - 1));
    }

    private static double y(BigDecimal score) {
        double span = HEIGHT - TOP - BOTTOM;
        return TOP + span * (5 - Math.max(1, Math.min(5, score.doubleValue()))) / 4;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
