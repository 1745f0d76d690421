package dk.nextwork.hub.interfaces.assessment.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import dk.nextwork.hub.application.AssessmentView;
import dk.nextwork.hub.application.AuditEventView;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The printable report as PDF: the same content as the report page (scores beside the previous report's, the spider
 * chart with its figures in a table, items and history), in the reader's language, with the fonts every PDF reader
 * has.
 */
public final class ReportPdf {

    private static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    private static final Color GRID = new Color(0xb0, 0xb0, 0xb0);
    private static final Color CURRENT = new Color(0x0b, 0x5c, 0xad);
    private static final Color PREVIOUS = new Color(0x5c, 0x3d, 0x99);
    private static final Color HEADER = new Color(0xe8, 0xf0, 0xec);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final ReportContent content;
    private final ResourceBundle messages;
    private final Locale locale;
    private final NumberFormat oneDecimal;
    private final BaseFont regular;
    private final BaseFont bold;

    public ReportPdf(ReportContent content, Locale locale) {
        this.content = content;
        this.locale = locale;
        this.messages = ResourceBundle.getBundle("dk.nextwork.hub.web.messages", locale);
        this.oneDecimal = NumberFormat.getNumberInstance(locale);
        oneDecimal.setMinimumFractionDigits(1);
        oneDecimal.setMaximumFractionDigits(2);
        try {
            this.regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            this.bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the standard PDF fonts are missing", e);
        }
    }

    /** The report as PDF bytes. */
    public byte[] render() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            AssessmentView report = content.report();
            String title = text("report.title") + " – " + report.municipalityName() + " " + report.period();
            document.addTitle(title);
            document.addCreator("NExTWORK Hub");
            document.open();
            writer.getExtraCatalog()
                    .put(PdfName.LANG, new PdfString(messages.getLocale().getLanguage()));

            document.add(new Paragraph(title, new Font(bold, 16, Font.NORMAL, INK)));
            document.add(facts(report));

            document.add(heading("report.chart"));
            PdfPTable chartAndTable = new PdfPTable(new float[] {1.1f, 1f});
            chartAndTable.setWidthPercentage(100);
            PdfPCell chartCell = new PdfPCell(chart(writer.getDirectContent()), false);
            chartCell.setBorder(0);
            chartAndTable.addCell(chartCell);
            PdfPCell tableCell = new PdfPCell(principlesTable(report));
            tableCell.setBorder(0);
            tableCell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            chartAndTable.addCell(tableCell);
            document.add(chartAndTable);

            document.add(heading("report.sections"));
            document.add(sectionsTable());
            document.add(heading("report.items"));
            document.add(itemsTable(report));
            document.add(heading("report.history"));
            document.add(historyTable(content.history()));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the report could not be laid out as PDF", e);
        }
        return out.toByteArray();
    }

    private PdfPTable facts(AssessmentView report) {
        PdfPTable facts = new PdfPTable(new float[] {1f, 2f});
        facts.setWidthPercentage(70);
        facts.setHorizontalAlignment(Element.ALIGN_LEFT);
        facts.setSpacingBefore(8);
        fact(facts, "assessments.state", text("state." + report.state()));
        fact(facts, "report.instrument", report.scores().scoredWith());
        String fidelity = report.scores().fidelityValue() == null
                ? text("report.notComputable")
                : number(report.scores().fidelityValue())
                        + (report.scores().band() == null
                                ? ""
                                : " (" + text("band." + report.scores().band()) + ")");
        fact(facts, "report.fidelity", fidelity);
        if (report.returnReason() != null && "RETURNED".equals(report.state())) {
            fact(facts, "report.returnReason", report.returnReason());
        }
        return facts;
    }

    private void fact(PdfPTable table, String labelKey, String value) {
        PdfPCell label = new PdfPCell(new Phrase(text(labelKey), font(bold, 10)));
        label.setBorder(0);
        table.addCell(label);
        PdfPCell cell = new PdfPCell(new Phrase(value, font(regular, 10)));
        cell.setBorder(0);
        table.addCell(cell);
    }

    private Image chart(PdfContentByte canvas) throws DocumentException {
        SpiderChart chart = content.chart(230, code -> content.sectionName(code, locale));
        float size = (float) chart.size();
        PdfTemplate t = canvas.createTemplate(size, size);
        t.setLineWidth(0.75f);
        t.setColorStroke(GRID);
        for (int ring = 1; ring <= SpiderChart.MAX; ring++) {
            path(t, chart.ring(ring), size);
            t.stroke();
        }
        SpiderChart.Point c = chart.centre();
        for (int i = 0; i < chart.axes().size(); i++) {
            SpiderChart.Point end = chart.at(i, SpiderChart.MAX);
            t.moveTo((float) c.x(), size - (float) c.y());
            t.lineTo((float) end.x(), size - (float) end.y());
            t.stroke();
        }
        if (!chart.previous().isEmpty()) {
            t.saveState();
            t.setColorStroke(PREVIOUS);
            t.setLineWidth(1.5f);
            t.setLineDash(5, 3, 0);
            path(t, chart.previous(), size);
            t.stroke();
            t.restoreState();
        }
        if (!chart.current().isEmpty()) {
            t.saveState();
            PdfGState translucent = new PdfGState();
            translucent.setFillOpacity(0.25f);
            t.setGState(translucent);
            t.setColorFill(CURRENT);
            path(t, chart.current(), size);
            t.fill();
            t.restoreState();
            t.saveState();
            t.setColorStroke(CURRENT);
            t.setLineWidth(2f);
            path(t, chart.current(), size);
            t.stroke();
            t.restoreState();
        }
        t.beginText();
        t.setColorFill(INK);
        t.setFontAndSize(regular, 9);
        for (int i = 0; i < chart.axes().size(); i++) {
            SpiderChart.Point label = chart.labelPosition(i);
            t.showTextAligned(
                    PdfContentByte.ALIGN_CENTER,
                    chart.axes().get(i).label(),
                    (float) label.x(),
                    size - (float) label.y(),
                    0);
        }
        t.endText();
        Image image = Image.getInstance(t);
        image.setAlt(text("report.chart"));
        return image;
    }

    private static void path(PdfContentByte t, List<SpiderChart.Point> points, float size) {
        for (int i = 0; i < points.size(); i++) {
            SpiderChart.Point p = points.get(i);
            if (i == 0) {
                t.moveTo((float) p.x(), size - (float) p.y());
            } else {
                t.lineTo((float) p.x(), size - (float) p.y());
            }
        }
        t.closePath();
    }

    private PdfPTable principlesTable(AssessmentView report) {
        AssessmentView previous = content.previous();
        PdfPTable table = table(
                text("report.principle"),
                text("report.thisReport") + " (" + report.period() + ")",
                previous == null ? text("report.previous") : text("report.previous") + " (" + previous.period() + ")");
        for (ReportContent.SectionRow p : content.principles()) {
            cells(
                    table,
                    content.sectionName(p.code(), locale),
                    p.value() == null ? text("report.notScored") : number(p.value()),
                    p.previous() == null ? "–" : number(p.previous()));
        }
        return table;
    }

    private PdfPTable sectionsTable() {
        PdfPTable table = table(
                text("report.section"),
                text("report.score"),
                text("report.band"),
                text("report.previous"),
                text("report.change"));
        for (ReportContent.SectionRow s : content.sections()) {
            cells(
                    table,
                    content.sectionName(s.code(), locale),
                    s.value() == null ? text("report.notScored") : number(s.value()),
                    s.band() == null ? "" : text("band." + s.band()),
                    s.previous() == null ? "" : number(s.previous()),
                    s.change() == null ? "" : (s.change() > 0 ? "+" : "") + number(s.change()));
        }
        return table;
    }

    private PdfPTable itemsTable(AssessmentView report) {
        PdfPTable table = table(
                text("report.item"),
                text("report.selfRating"),
                text("report.impliedRating"),
                text("report.supervisorRating"),
                text("report.evidence"),
                text("report.supervisorComment"));
        try {
            table.setWidths(new float[] {0.7f, 1f, 1.1f, 1f, 3f, 2.2f});
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        for (AssessmentView.Item i : report.items()) {
            cells(
                    table,
                    i.code(),
                    rating(i.selfRating()),
                    i.impliedRating() == null ? "" : String.valueOf(i.impliedRating()),
                    rating(i.supervisorRating()),
                    i.evidence() == null ? "" : i.evidence(),
                    i.supervisorComment() == null ? "" : i.supervisorComment());
        }
        return table;
    }

    private PdfPTable historyTable(List<AuditEventView> history) {
        PdfPTable table = table(text("audit.when"), text("audit.what"), text("audit.who"));
        for (AuditEventView e : history) {
            cells(table, WHEN.format(e.occurredAtLocal()), text("action." + e.action()), e.actor());
        }
        return table;
    }

    private PdfPTable table(String... headers) {
        PdfPTable table = new PdfPTable(headers.length);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, font(bold, 9)));
            cell.setBackgroundColor(HEADER);
            cell.setPadding(4);
            table.addCell(cell);
        }
        return table;
    }

    private void cells(PdfPTable table, String... values) {
        for (String value : values) {
            PdfPCell cell = new PdfPCell(new Phrase(value, font(regular, 9)));
            cell.setPadding(4);
            table.addCell(cell);
        }
    }

    private Paragraph heading(String key) {
        Paragraph heading = new Paragraph(text(key), new Font(bold, 12, Font.NORMAL, INK));
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        return heading;
    }

    private String rating(Integer rating) {
        return rating == null ? "" : rating == 9 ? text("report.cannotBeAssessed") : String.valueOf(rating);
    }

    private String number(double value) {
        return oneDecimal.format(value);
    }

    private static Font font(BaseFont base, float size) {
        return new Font(base, size, Font.NORMAL, INK);
    }

    private String text(String key) {
        return messages.getString(key);
    }
}
