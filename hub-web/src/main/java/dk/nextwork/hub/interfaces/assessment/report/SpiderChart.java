package dk.nextwork.hub.interfaces.assessment.report;

import dk.nextwork.hub.application.Xml;
import dk.nextwork.hub.interfaces.web.SvgNumbers;
import java.util.ArrayList;
import java.util.List;

/**
 * A spider (radar) chart of the three principles' scores on the 1–5 scale: one axis per principle, rings at every
 * whole score, this report's polygon solid and the previous report's (or the network median's) dashed. A principle
 * without a score leaves a gap in its line and says "ingen score" at its axis, so a missing score is never drawn as
 * nothing at all. The same geometry is drawn as SVG on the pages and as vector graphics in the PDF; the data table under
 * it carries the same figures for everyone who cannot see the chart.
 */
public final class SpiderChart {

    /** One axis: its label and this report's and the previous report's score (null where there is none). */
    public record Axis(String label, Double value, Double previous) {}

    /** A point in the chart's own coordinates: x to the right, y downwards, origin top left. */
    public record Point(double x, double y) {}

    /**
     * The chart's words: its title, the solid and the dashed line's names (the dashed one null or blank where there
     * is no such line), and the word a missing score is marked with ("ingen score").
     */
    public record Words(String title, String current, String previous, String noScore) {}

    public static final double MAX = 5;

    /*
     * Font sizes as shares of the drawing's width. The SVG scales with its column: at 460 units drawn 288 CSS px wide
     * (a 320 px phone less the page's margins) a tick label of 0.046 × 460 ≈ 21 units is 13 px on screen, above the
     * 12 px a reader needs; on a desktop, where the chart is drawn at most 28rem wide, it is about 20 px.
     */
    private static final double TICK_FONT = 0.046;
    private static final double LABEL_FONT = 0.048;
    private static final double LEGEND_FONT = 0.046;

    private static final String CURRENT_COLOUR = "#0b5cad";
    private static final String PREVIOUS_COLOUR = "#5c3d99";

    private final List<Axis> axes;
    private final double size;

    public SpiderChart(List<Axis> axes, double size) {
        if (axes.size() < 3) {
            throw new IllegalArgumentException("a spider chart needs at least three axes");
        }
        this.axes = List.copyOf(axes);
        this.size = size;
    }

    public List<Axis> axes() {
        return axes;
    }

    public double size() {
        return size;
    }

    public Point centre() {
        return new Point(size / 2, size * 0.55);
    }

    /** The radius of the outer ring, leaving room for the labels. */
    public double radius() {
        return size * 0.36;
    }

    /** Where a score lies on an axis; the first axis points straight up, the others follow clockwise. */
    public Point at(int axis, double value) {
        double angle = -Math.PI / 2 + 2 * Math.PI * axis / axes.size();
        double r = radius() * Math.max(0, Math.min(MAX, value)) / MAX;
        Point c = centre();
        return new Point(c.x() + r * Math.cos(angle), c.y() + r * Math.sin(angle));
    }

    /** This report's polygon, or an empty list if a principle has no score. */
    public List<Point> current() {
        return polygon(false);
    }

    /** The previous report's polygon, or an empty list if there is none or a principle had no score. */
    public List<Point> previous() {
        return polygon(true);
    }

    private List<Point> polygon(boolean previous) {
        Point[] points = new Point[axes.size()];
        for (int i = 0; i < axes.size(); i++) {
            Double v = value(i, previous);
            if (v == null) {
                return List.of();
            }
            points[i] = at(i, v);
        }
        return List.of(points);
    }

    /** The axes without a score in this report's line (or the previous one's), in the axes' order. */
    public List<Integer> missing(boolean previous) {
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < axes.size(); i++) {
            if (value(i, previous) == null) {
                missing.add(i);
            }
        }
        return missing;
    }

    /**
     * A line with gaps where it has no score: the runs of neighbouring axes that have one, each an open line from
     * axis to axis (a run of one is a lone point). Empty when the line is whole (draw {@link #current()} or
     * {@link #previous()}) or has no score at all.
     */
    public List<List<Point>> runs(boolean previous) {
        List<Integer> missing = missing(previous);
        if (missing.isEmpty() || missing.size() == axes.size()) {
            return List.of();
        }
        List<List<Point>> runs = new ArrayList<>();
        List<Point> run = new ArrayList<>();
        int start = missing.get(0);
        for (int step = 1; step <= axes.size(); step++) {
            int i = (start + step) % axes.size();
            Double v = value(i, previous);
            if (v == null) {
                if (!run.isEmpty()) {
                    runs.add(List.copyOf(run));
                    run.clear();
                }
            } else {
                run.add(at(i, v));
            }
        }
        if (!run.isEmpty()) {
            runs.add(List.copyOf(run));
        }
        return runs;
    }

    private Double value(int axis, boolean previous) {
        return previous ? axes.get(axis).previous() : axes.get(axis).value();
    }

    /**
     * The chart as inline SVG, its legend drawn under the plot: the solid and the dashed line by name, and under
     * each the principles it has no score for. The SVG is one image for assistive technology, named by its title;
     * the table under it is the accessible form of the same data.
     */
    public String svg(Words words) {
        boolean hasPrevious = words.previous() != null && !words.previous().isBlank();
        double tickFont = size * TICK_FONT;
        double labelFont = size * LABEL_FONT;
        double legendFont = size * LEGEND_FONT;
        List<Integer> missingNow = missing(false);
        List<Integer> missingBefore = hasPrevious ? missing(true) : List.of();

        // Only the part with the drawing and its labels: a three-axis chart is wider than it is tall.
        double top = size;
        double bottom = 0;
        for (int i = 0; i < axes.size(); i++) {
            Point label = labelPosition(i, labelFont);
            double labelTop = label.y() - labelFont;
            double labelBottom = label.y() + labelFont * 0.3;
            if (missingNow.contains(i)) {
                Point mark = missingPosition(i, labelFont);
                labelTop = Math.min(labelTop, mark.y() - labelFont);
                labelBottom = Math.max(labelBottom, mark.y() + labelFont * 0.3);
            }
            top = Math.min(top, Math.min(at(i, MAX).y(), labelTop) - 4);
            bottom = Math.max(bottom, Math.max(at(i, MAX).y(), labelBottom) + 4);
        }
        top = Math.max(0, top);
        double lineHeight = legendFont * 1.5;
        int legendLines =
                1 + (missingNow.isEmpty() ? 0 : 1) + (hasPrevious ? 1 : 0) + (missingBefore.isEmpty() ? 0 : 1);
        double legendTop = bottom + legendFont * 0.5;
        double end = legendTop + legendLines * lineHeight + legendFont * 0.3;

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"hub-spider\" role=\"img\" viewBox=\"0 ")
                .append(num(top))
                .append(' ')
                .append(num(size))
                .append(' ')
                .append(num(end - top))
                .append("\" width=\"")
                .append(num(size))
                .append("\" height=\"")
                .append(num(end - top))
                .append("\" aria-label=\"")
                .append(Xml.text(words.title()))
                .append("\"><title>")
                .append(Xml.text(words.title()))
                .append("</title>");
        for (int ring = 1; ring <= MAX; ring++) {
            svg.append("<polygon class=\"ring\" fill=\"none\" stroke=\"#b0b0b0\" stroke-width=\"1\" points=\"")
                    .append(points(ring(ring)))
                    .append("\"/>");
        }
        for (int ring = 1; ring <= MAX; ring++) {
            Point tick = at(0, ring);
            svg.append("<text class=\"hub-tick\" font-size=\"")
                    .append(num(tickFont))
                    .append("\" fill=\"#4a4a4a\" x=\"")
                    .append(num(tick.x() + 5))
                    .append("\" y=\"")
                    .append(num(tick.y() + tickFont * 0.35))
                    .append("\">")
                    .append(ring)
                    .append("</text>");
        }
        Point c = centre();
        for (int i = 0; i < axes.size(); i++) {
            Point axisEnd = at(i, MAX);
            svg.append("<line stroke=\"#767676\" stroke-width=\"1\" x1=\"")
                    .append(num(c.x()))
                    .append("\" y1=\"")
                    .append(num(c.y()))
                    .append("\" x2=\"")
                    .append(num(axisEnd.x()))
                    .append("\" y2=\"")
                    .append(num(axisEnd.y()))
                    .append("\"/>");
            text(
                    svg,
                    "hub-axis",
                    labelPosition(i, labelFont),
                    labelFont,
                    "600",
                    "normal",
                    axes.get(i).label());
            if (missingNow.contains(i)) {
                text(svg, "hub-missing", missingPosition(i, labelFont), labelFont, "400", "italic", words.noScore());
            }
        }
        if (hasPrevious) {
            line(svg, true, "previous", PREVIOUS_COLOUR, " stroke-dasharray=\"6 4\"", "none", words.previous());
        }
        line(svg, false, "current", CURRENT_COLOUR, "", CURRENT_COLOUR, words.current());

        double y = legendTop + lineHeight * 0.7;
        y = legendEntry(svg, y, lineHeight, legendFont, false, words.current(), missingNow, words.noScore());
        if (hasPrevious) {
            legendEntry(svg, y, lineHeight, legendFont, true, words.previous(), missingBefore, words.noScore());
        }
        return svg.append("</svg>").toString();
    }

    /** One line of the chart: a polygon where it is whole, else its runs and points, leaving gaps where it has none. */
    private void line(
            StringBuilder svg, boolean previous, String name, String colour, String dash, String fill, String label) {
        List<Point> whole = polygon(previous);
        if (!whole.isEmpty()) {
            svg.append("<polygon class=\"")
                    .append(name)
                    .append("\" fill=\"")
                    .append(fill)
                    .append(fill.equals("none") ? "" : "\" fill-opacity=\"0.25")
                    .append("\" stroke=\"")
                    .append(colour)
                    .append("\" stroke-width=\"")
                    .append(previous ? "2" : "2.5")
                    .append('"')
                    .append(dash)
                    .append(" points=\"")
                    .append(points(whole))
                    .append("\"><title>")
                    .append(Xml.text(label))
                    .append("</title></polygon>");
            return;
        }
        List<List<Point>> runs = runs(previous);
        if (runs.isEmpty()) {
            return;
        }
        svg.append("<g class=\"")
                .append(name)
                .append(" hub-partial\"><title>")
                .append(Xml.text(label))
                .append("</title>");
        for (List<Point> run : runs) {
            if (run.size() > 1) {
                svg.append("<polyline fill=\"none\" stroke=\"")
                        .append(colour)
                        .append("\" stroke-width=\"")
                        .append(previous ? "2" : "2.5")
                        .append('"')
                        .append(dash)
                        .append(" points=\"")
                        .append(points(run))
                        .append("\"/>");
            }
            for (Point p : run) {
                svg.append("<circle r=\"5\" fill=\"")
                        .append(colour)
                        .append("\" cx=\"")
                        .append(num(p.x()))
                        .append("\" cy=\"")
                        .append(num(p.y()))
                        .append("\"/>");
            }
        }
        svg.append("</g>");
    }

    /** A legend line (a stroke as in the chart and the line's name), and under it what the line has no score for. */
    private double legendEntry(
            StringBuilder svg,
            double y,
            double lineHeight,
            double font,
            boolean previous,
            String label,
            List<Integer> missing,
            String noScore) {
        double swatch = font * 2;
        svg.append("<g class=\"hub-legend-entry\"><line stroke=\"")
                .append(previous ? PREVIOUS_COLOUR : CURRENT_COLOUR)
                .append("\" stroke-width=\"3\"")
                .append(previous ? " stroke-dasharray=\"6 4\"" : "")
                .append(" x1=\"4\" x2=\"")
                .append(num(4 + swatch))
                .append("\" y1=\"")
                .append(num(y - font * 0.35))
                .append("\" y2=\"")
                .append(num(y - font * 0.35))
                .append("\"/>");
        text(svg, "hub-legend-text", new Point(4 + swatch + font * 0.5, y), font, "400", "normal", "start", label);
        y += lineHeight;
        if (!missing.isEmpty()) {
            List<String> names = missing.stream().map(i -> axes.get(i).label()).toList();
            text(
                    svg,
                    "hub-legend-missing",
                    new Point(4 + swatch + font * 0.5, y),
                    font,
                    "400",
                    "italic",
                    "start",
                    noScore + ": " + String.join(", ", names));
            y += lineHeight;
        }
        svg.append("</g>");
        return y;
    }

    private void text(
            StringBuilder svg, String cssClass, Point at, double font, String weight, String style, String text) {
        // Centred on the point, but kept inside the drawing: a long label at a side axis would run off it.
        double width = estimatedWidth(text, font);
        double x = Math.max(width / 2 + 2, Math.min(size - width / 2 - 2, at.x()));
        text(svg, cssClass, new Point(x, at.y()), font, weight, style, "middle", text);
    }

    private static void text(
            StringBuilder svg,
            String cssClass,
            Point at,
            double font,
            String weight,
            String style,
            String anchor,
            String text) {
        svg.append("<text class=\"")
                .append(cssClass)
                .append("\" font-size=\"")
                .append(num(font))
                .append('"')
                .append(weight.equals("400") ? "" : " font-weight=\"" + weight + "\"")
                .append(style.equals("normal") ? "" : " font-style=\"" + style + "\"")
                .append(" fill=\"#1a1a1a\" text-anchor=\"")
                .append(anchor)
                .append("\" x=\"")
                .append(num(at.x()))
                .append("\" y=\"")
                .append(num(at.y()))
                .append("\">")
                .append(Xml.text(text))
                .append("</text>");
    }

    /** A generous guess at a text's width in the drawing's units (no font metrics in the server). */
    private static double estimatedWidth(String text, double font) {
        return (text == null ? 0 : text.length()) * font * 0.58;
    }

    /** The ring through a whole score on every axis. */
    public List<Point> ring(int score) {
        Point[] points = new Point[axes.size()];
        for (int i = 0; i < axes.size(); i++) {
            points[i] = at(i, score);
        }
        return List.of(points);
    }

    /** Where an axis' label goes, for labels about 16 units high (the PDF's drawing). */
    public Point labelPosition(int axis) {
        Point end = at(axis, MAX * 1.12);
        return new Point(end.x(), end.y() + (end.y() > centre().y() ? 18 : -8));
    }

    /** Where an axis' label goes: a little beyond its end, below it for axes that point down. */
    public Point labelPosition(int axis, double font) {
        Point end = at(axis, MAX * 1.12);
        return new Point(end.x(), end.y() + (end.y() > centre().y() ? font * 1.1 : -font * 0.45));
    }

    /** Where "ingen score" goes for an axis without one: on the line beyond its label. */
    public Point missingPosition(int axis, double font) {
        Point label = labelPosition(axis, font);
        return new Point(label.x(), label.y() + (label.y() > centre().y() ? font * 1.2 : -font * 1.2));
    }

    private static String points(List<Point> points) {
        StringBuilder s = new StringBuilder();
        for (Point p : points) {
            s.append(s.length() == 0 ? "" : " ").append(num(p.x())).append(',').append(num(p.y()));
        }
        return s.toString();
    }

    private static String num(double v) {
        return SvgNumbers.oneDecimal(v);
    }
}
