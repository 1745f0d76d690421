package dk.nextwork.hub.interfaces.assessment.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.Xml;
import dk.nextwork.hub.application.assessment.AssessmentView;
import dk.nextwork.hub.interfaces.i18n.Messages;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

/**
 * The printable report as a tagged PDF (PDF/UA): the same content as the report page — scores beside the previous
 * report's, the spider chart with its scale, legend and figures in a table, the items with their texts, and the
 * history — in the reader's language. It is laid out from XHTML by openhtmltopdf, which writes the structure tree
 * (headings, tables with header cells, a figure with its alternative text), the document's language and title, and
 * embeds the fonts.
 */
public final class ReportPdf {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final String FONT_FAMILY = "DejaVu Sans";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    /** The chart is drawn at twice its printed size, so it stays sharp on paper. */
    private static final int CHART_PIXELS = 640;

    private static final String STYLE = """
            @page { size: A4; margin: 18mm 16mm; }
            body { font-family: 'DejaVu Sans'; font-size: 9.5pt; color: #1a1a1a; }
            h1 { font-size: 16pt; margin: 0 0 6pt; }
            h2 { font-size: 12pt; margin: 14pt 0 4pt; }
            table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; }
            th, td { border: 0.75pt solid #8a9a92; padding: 3pt 4pt; text-align: left; vertical-align: top; }
            thead th { background: #e8f0ec; }
            table.facts th, table.facts td { border: none; padding: 1pt 8pt 1pt 0; }
            .chart { width: 100%; }
            .chart img { width: 80mm; height: 80mm; float: left; margin-right: 6mm; }
            .legend { margin: 0; padding: 0; list-style: none; }
            .legend li { margin-bottom: 4pt; }
            .clear { clear: both; }
            .muted { color: #4a4a4a; }
            """;

    private final ReportContent content;
    private final Locale locale;

    public ReportPdf(ReportContent content, Locale locale) {
        this.content = content;
        this.locale = locale;
    }

    /** The report as PDF bytes. */
    public byte[] render() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessbility(true);
        builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(xhtml(), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the report could not be laid out as PDF", e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream in = ReportPdf.class.getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("the PDF font " + file + " is missing from the class path");
        }
        return in;
    }

    /** The report as an XHTML document: what the PDF's structure tree is made from. */
    String xhtml() {
        AssessmentView report = content.report();
        AssessmentView previous = content.previous();
        String title = text("report.title") + " – " + report.municipalityName() + " " + report.period();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"")
                .append(locale.getLanguage())
                .append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(Xml.text(title))
                .append("</title><meta name=\"subject\" content=\"")
                .append(Xml.text(text("report.pdf.subject")))
                .append("\"/><meta name=\"author\" content=\"NExTWORK Hub\"/><style>")
                .append(STYLE)
                .append("</style></head><body>");
        html.append("<h1>").append(Xml.text(title)).append("</h1>");

        html.append("<table class=\"facts\"><tbody>");
        fact(html, "assessments.state", text("state." + report.state()));
        fact(html, "report.instrument", content.instrumentVersion(locale));
        fact(html, "report.fidelity", fidelity(report));
        if (report.returnReason() != null && "RETURNED".equals(report.state())) {
            fact(html, "report.returnReason", report.returnReason());
        }
        html.append("</tbody></table>");
        html.append("<p class=\"muted\">")
                .append(Xml.text(content.bands().stream()
                        .map(b -> b.label().in(locale) + " ≥ " + b.minimum().display(locale, 1))
                        .collect(Collectors.joining(" · ", text("report.band") + ": ", "."))))
                .append("</p>");

        html.append("<h2>").append(Xml.text(text("report.chart"))).append("</h2>");
        html.append("<div class=\"chart\"><img src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(chartPng()))
                .append("\" alt=\"")
                .append(Xml.text(chartDescription()))
                .append("\"/><ul class=\"legend\">")
                .append("<li>")
                .append(Xml.text("━━ " + text("report.thisReport") + " " + report.period()))
                .append("</li>");
        if (previous != null) {
            html.append("<li>")
                    .append(Xml.text("╍╍ " + text("report.previous") + " " + previous.period()))
                    .append("</li>");
        }
        html.append("<li class=\"muted\">")
                .append(Xml.text(text("report.legend.scale")))
                .append("</li></ul><div class=\"clear\"></div></div>");

        table(
                html,
                text("report.chart.table"),
                List.of(
                        text("report.principle"),
                        text("report.thisReport") + " (" + report.period() + ")",
                        previous == null
                                ? text("report.previous")
                                : text("report.previous") + " (" + previous.period() + ")"),
                content.principles().stream()
                        .map(p -> List.of(
                                content.sectionName(p.code(), locale),
                                p.value() == null ? text("report.notScored") : score(p.value()),
                                p.previous() == null ? "–" : score(p.previous())))
                        .toList());

        html.append("<h2>").append(Xml.text(text("report.sections"))).append("</h2>");
        table(
                html,
                null,
                List.of(
                        text("report.section"),
                        text("report.score"),
                        text("report.band"),
                        text("report.previous"),
                        text("report.change")),
                content.sections().stream()
                        .map(s -> List.of(
                                content.sectionName(s.code(), locale),
                                s.value() == null ? text("report.notScored") : score(s.value()),
                                s.band() == null ? "" : text("band." + s.band()),
                                s.previous() == null ? "" : score(s.previous()),
                                s.change() == null ? "" : (s.change() > 0 ? "+" : "") + score(s.change())))
                        .toList());

        html.append("<h2>").append(Xml.text(text("form.keyFigures"))).append("</h2>");
        table(
                html,
                null,
                List.of(text("report.keyFigure"), text("report.keyFigure.value")),
                content.keyFigures(locale).stream()
                        .map(f -> List.of(f.label(), f.shown()))
                        .toList());

        html.append("<h2>").append(Xml.text(text("report.outcomes"))).append("</h2>");
        table(
                html,
                null,
                List.of(text("report.outcome"), text("report.keyFigure.value")),
                content.outcomes(locale).stream()
                        .map(f -> List.of(f.label(), f.shown()))
                        .toList());

        html.append("<h2>").append(Xml.text(text("report.items"))).append("</h2>");
        boolean notes = content.workingNotes();
        if (!notes) {
            html.append("<p>").append(Xml.text(text("report.published"))).append("</p>");
        }
        List<String> itemHeaders = new ArrayList<>(List.of(
                text("report.item"),
                text("report.selfRating"),
                text("report.impliedRating"),
                text("report.supervisorRating")));
        if (notes) {
            itemHeaders.add(text("report.evidence"));
            itemHeaders.add(text("report.supervisorComment"));
        }
        table(
                html,
                null,
                itemHeaders,
                report.items().stream()
                        .map(i -> {
                            List<String> row = new ArrayList<>(List.of(
                                    i.code() + " " + content.itemText(i.code(), locale),
                                    rating(i.selfRating()),
                                    i.impliedRating() == null ? "" : String.valueOf(i.impliedRating()),
                                    rating(i.supervisorRating())));
                            if (notes) {
                                row.add(i.evidence() == null ? "" : i.evidence());
                                row.add(i.supervisorComment() == null ? "" : i.supervisorComment());
                            }
                            return row;
                        })
                        .toList());

        html.append("<h2>").append(Xml.text(text("report.history"))).append("</h2>");
        table(
                html,
                null,
                List.of(text("audit.when"), text("audit.what"), text("audit.who")),
                content.history().stream()
                        .map(e -> List.of(WHEN.format(e.occurredAtLocal()), text("action." + e.action()), e.actor()))
                        .toList());
        return html.append("</body></html>").toString();
    }

    private String fidelity(AssessmentView report) {
        if (report.scores().fidelityValue() == null) {
            return text("report.notComputable");
        }
        return score(report.scores().fidelityValue())
                + (report.scores().band() == null
                        ? ""
                        : " (" + text("band." + report.scores().band()) + ")");
    }

    private void fact(StringBuilder html, String labelKey, String value) {
        html.append("<tr><th scope=\"row\">")
                .append(Xml.text(text(labelKey)))
                .append("</th><td>")
                .append(Xml.text(value))
                .append("</td></tr>");
    }

    /** A data table: a caption if given, one header row, a row header in the first column. */
    private static void table(StringBuilder html, String caption, List<String> headers, List<List<String>> rows) {
        html.append("<table>");
        if (caption != null) {
            html.append("<caption>").append(Xml.text(caption)).append("</caption>");
        }
        html.append("<thead><tr>");
        for (String header : headers) {
            html.append("<th scope=\"col\">").append(Xml.text(header)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String tag = i == 0 ? "th scope=\"row\"" : "td";
                html.append('<')
                        .append(tag)
                        .append('>')
                        .append(Xml.text(row.get(i)))
                        .append("</")
                        .append(i == 0 ? "th" : "td")
                        .append('>');
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    /** The chart's alternative text: what it shows, in figures. */
    private String chartDescription() {
        String current = content.principles().stream()
                .map(p -> content.sectionName(p.code(), locale) + " "
                        + (p.value() == null ? text("report.notScored") : score(p.value())))
                .collect(Collectors.joining(", "));
        String description = text("report.chart") + ": " + text("report.thisReport") + " "
                + content.report().period() + ": " + current;
        if (content.previous() != null) {
            description +=
                    "; " + text("report.previous") + " " + content.previous().period() + ": "
                            + content.principles().stream()
                                    .map(p -> content.sectionName(p.code(), locale) + " "
                                            + (p.previous() == null ? "–" : score(p.previous())))
                                    .collect(Collectors.joining(", "));
        }
        return description + ".";
    }

    /** The spider chart drawn with the page's geometry: rings with their scores, axes, labels, both polygons. */
    private byte[] chartPng() {
        SpiderChart chart = content.chart(CHART_PIXELS, code -> content.sectionName(code, locale));
        BufferedImage image = new BufferedImage(CHART_PIXELS, CHART_PIXELS, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, CHART_PIXELS, CHART_PIXELS);
            g.setColor(new Color(0xb0, 0xb0, 0xb0));
            g.setStroke(new BasicStroke(1.5f));
            for (int ring = 1; ring <= SpiderChart.MAX; ring++) {
                g.draw(path(chart.ring(ring)));
            }
            g.setColor(new Color(0x76, 0x76, 0x76));
            SpiderChart.Point c = chart.centre();
            for (int i = 0; i < chart.axes().size(); i++) {
                SpiderChart.Point end = chart.at(i, SpiderChart.MAX);
                g.drawLine((int) c.x(), (int) c.y(), (int) end.x(), (int) end.y());
            }
            g.setColor(new Color(0x4a, 0x4a, 0x4a));
            g.setFont(awtFont("DejaVuSans.ttf", 17));
            for (int ring = 1; ring <= SpiderChart.MAX; ring++) {
                SpiderChart.Point tick = chart.at(0, ring);
                g.drawString(String.valueOf(ring), (float) tick.x() + 6, (float) tick.y() + 6);
            }
            if (!chart.previous().isEmpty()) {
                g.setColor(new Color(0x5c, 0x3d, 0x99));
                g.setStroke(
                        new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {12, 8}, 0));
                g.draw(path(chart.previous()));
            }
            if (!chart.current().isEmpty()) {
                Path2D current = path(chart.current());
                g.setColor(new Color(0x0b, 0x5c, 0xad, 64));
                g.fill(current);
                g.setColor(new Color(0x0b, 0x5c, 0xad));
                g.setStroke(new BasicStroke(4f));
                g.draw(current);
            } else {
                // A principle without a score is a gap in the line, as on the page, never a line left out silently.
                g.setColor(new Color(0x0b, 0x5c, 0xad));
                g.setStroke(new BasicStroke(4f));
                for (List<SpiderChart.Point> run : chart.runs(false)) {
                    for (int i = 1; i < run.size(); i++) {
                        g.drawLine(
                                (int) run.get(i - 1).x(),
                                (int) run.get(i - 1).y(),
                                (int) run.get(i).x(),
                                (int) run.get(i).y());
                    }
                    for (SpiderChart.Point p : run) {
                        g.fillOval((int) p.x() - 6, (int) p.y() - 6, 12, 12);
                    }
                }
            }
            g.setColor(new Color(0x1a, 0x1a, 0x1a));
            g.setFont(awtFont("DejaVuSans-Bold.ttf", 22));
            for (int i = 0; i < chart.axes().size(); i++) {
                SpiderChart.Point label = chart.labelPosition(i);
                String text = chart.axes().get(i).label();
                int width = g.getFontMetrics().stringWidth(text);
                float x = (float) Math.max(2, Math.min(CHART_PIXELS - width - 2, label.x() - width / 2.0));
                g.drawString(text, x, (float) label.y());
            }
            g.setFont(awtFont("DejaVuSans.ttf", 20));
            for (int i : chart.missing(false)) {
                SpiderChart.Point label = chart.labelPosition(i);
                String text = text("chart.noScore");
                int width = g.getFontMetrics().stringWidth(text);
                float x = (float) Math.max(2, Math.min(CHART_PIXELS - width - 2, label.x() - width / 2.0));
                g.drawString(text, x, (float)
                        (label.y() + (label.y() > chart.centre().y() ? 24 : -26)));
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** The PDF's own font for the chart's words, so the drawing needs no fonts installed on the server. */
    private static Font awtFont(String file, float size) {
        try (InputStream in = font(file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("the chart font " + file + " cannot be read", e);
        }
    }

    private static Path2D path(List<SpiderChart.Point> points) {
        Path2D path = new Path2D.Double();
        for (int i = 0; i < points.size(); i++) {
            SpiderChart.Point p = points.get(i);
            if (i == 0) {
                path.moveTo(p.x(), p.y());
            } else {
                path.lineTo(p.x(), p.y());
            }
        }
        path.closePath();
        return path;
    }

    private String score(double value) {
        return ReportContent.score(value, locale);
    }

    private String rating(Integer rating) {
        return rating == null ? "" : rating == 9 ? text("report.cannotBeAssessed") : String.valueOf(rating);
    }

    private String text(String key) {
        return Messages.format(Message.of(key), locale);
    }
}
