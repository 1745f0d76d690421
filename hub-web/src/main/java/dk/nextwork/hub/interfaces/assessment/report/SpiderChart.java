package dk.nextwork.hub.interfaces.assessment.report;

import dk.nextwork.hub.interfaces.web.Xml;
import java.util.List;
import java.util.Locale;

/**
 * A spider (radar) chart of the three principles' scores on the 1–5 scale: one axis per principle, rings at every
 * whole score, this report's polygon solid and the previous report's dashed. The same geometry is drawn as SVG on the
 * report page and as vector graphics in the PDF; the data table beside it carries the same figures for everyone who
 * cannot see the chart.
 */
public final class SpiderChart {

    /** One axis: its label and this report's and the previous report's score (null where there is none). */
    public record Axis(String label, Double value, Double previous) {}

    /** A point in the chart's own coordinates: x to the right, y downwards, origin top left. */
    public record Point(double x, double y) {}

    public static final double MAX = 5;

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
            Double v = previous ? axes.get(i).previous() : axes.get(i).value();
            if (v == null) {
                return List.of();
            }
            points[i] = at(i, v);
        }
        return List.of(points);
    }

    /**
     * The chart as inline SVG. It is decorative for assistive technology beyond its title: the table beside it is the
     * accessible form of the same data.
     */
    public String svg(String title, String currentLabel, String previousLabel) {
        StringBuilder svg = new StringBuilder();
        // Only the part with the drawing and its labels: a three-axis chart is wider than it is tall.
        double top = size;
        double bottom = 0;
        for (int i = 0; i < axes.size(); i++) {
            top = Math.min(top, Math.min(at(i, MAX).y(), labelPosition(i).y() - 20));
            bottom = Math.max(bottom, Math.max(at(i, MAX).y(), labelPosition(i).y()) + 8);
        }
        top = Math.max(0, top);
        bottom = Math.min(size, bottom);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"hub-spider\" role=\"img\" viewBox=\"0 ")
                .append(num(top))
                .append(' ')
                .append(num(size))
                .append(' ')
                .append(num(bottom - top))
                .append("\" width=\"")
                .append(num(size))
                .append("\" height=\"")
                .append(num(bottom - top))
                .append("\" aria-label=\"")
                .append(Xml.escape(title))
                .append("\"><title>")
                .append(Xml.escape(title))
                .append("</title>");
        for (int ring = 1; ring <= MAX; ring++) {
            svg.append("<polygon class=\"ring\" fill=\"none\" stroke=\"#b0b0b0\" stroke-width=\"1\" points=\"")
                    .append(points(ring(ring)))
                    .append("\"/>");
        }
        for (int ring = 1; ring <= MAX; ring++) {
            Point tick = at(0, ring);
            svg.append("<text font-size=\"12\" fill=\"#4a4a4a\" x=\"")
                    .append(num(tick.x() + 4))
                    .append("\" y=\"")
                    .append(num(tick.y() + 4))
                    .append("\">")
                    .append(ring)
                    .append("</text>");
        }
        Point c = centre();
        for (int i = 0; i < axes.size(); i++) {
            Point end = at(i, MAX);
            Point label = labelPosition(i);
            svg.append("<line stroke=\"#767676\" stroke-width=\"1\" x1=\"")
                    .append(num(c.x()))
                    .append("\" y1=\"")
                    .append(num(c.y()))
                    .append("\" x2=\"")
                    .append(num(end.x()))
                    .append("\" y2=\"")
                    .append(num(end.y()))
                    .append("\"/>")
                    .append("<text font-size=\"16\" fill=\"#1a1a1a\" text-anchor=\"middle\" x=\"")
                    .append(num(label.x()))
                    .append("\" y=\"")
                    .append(num(label.y()))
                    .append("\">")
                    .append(Xml.escape(axes.get(i).label()))
                    .append("</text>");
        }
        if (!previous().isEmpty()) {
            svg.append("<polygon class=\"previous\" fill=\"none\" stroke=\"#5c3d99\" stroke-width=\"2\""
                            + " stroke-dasharray=\"6 4\" points=\"")
                    .append(points(previous()))
                    .append("\"><title>")
                    .append(Xml.escape(previousLabel))
                    .append("</title></polygon>");
        }
        if (!current().isEmpty()) {
            svg.append("<polygon class=\"current\" fill=\"#0b5cad\" fill-opacity=\"0.25\" stroke=\"#0b5cad\""
                            + " stroke-width=\"2.5\" points=\"")
                    .append(points(current()))
                    .append("\"><title>")
                    .append(Xml.escape(currentLabel))
                    .append("</title></polygon>");
        }
        return svg.append("</svg>").toString();
    }

    /** The ring through a whole score on every axis. */
    public List<Point> ring(int score) {
        Point[] points = new Point[axes.size()];
        for (int i = 0; i < axes.size(); i++) {
            points[i] = at(i, score);
        }
        return List.of(points);
    }

    /** Where an axis' label goes: a little beyond its end, below it for axes that point down. */
    public Point labelPosition(int axis) {
        Point end = at(axis, MAX * 1.12);
        return new Point(end.x(), end.y() + (end.y() > centre().y() ? 18 : -8));
    }

    private static String points(List<Point> points) {
        StringBuilder s = new StringBuilder();
        for (Point p : points) {
            s.append(s.length() == 0 ? "" : " ").append(num(p.x())).append(',').append(num(p.y()));
        }
        return s.toString();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
