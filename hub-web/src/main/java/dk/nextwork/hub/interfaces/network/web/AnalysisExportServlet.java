package dk.nextwork.hub.interfaces.network.web;

import dk.nextwork.hub.application.network.AnalysisExtracts;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.Csv;
import dk.nextwork.hub.interfaces.web.Download;
import dk.nextwork.hub.interfaces.web.Language;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The researchers' analysis extract ({@link AnalysisExtracts}): {@code /analyse.csv} (semicolons, UTF-8 with a
 * byte-order mark, numbers with a decimal point so any statistics package reads them alike), {@code /analyse.xlsx}
 * (the rows and the codebook as two sheets, numbers as numbers) and {@code /analyse-kodebog.csv} (the codebook alone,
 * in the user's language). Each download is recorded in the data-use log.
 */
@WebServlet({"/analyse.csv", "/analyse.xlsx", "/analyse-kodebog.csv"})
public class AnalysisExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AnalysisExtracts extracts;

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        String format = path.endsWith(".xlsx") ? "xlsx" : path.contains("kodebog") ? "codebook" : "csv";
        Optional<AnalysisExtracts.Extract> made =
                Download.make(response, () -> extracts.extract(user.caller(), format));
        if (made.isEmpty()) {
            return;
        }
        AnalysisExtracts.Extract extract = made.get();
        String stamp = "nextwork-analyse-v" + extract.version() + "-"
                + LocalDate.ofInstant(extract.madeAt(), ZoneId.of("Europe/Copenhagen"));
        List<String> names =
                extract.columns().stream().map(AnalysisExtracts.Column::name).toList();
        switch (format) {
            case "xlsx" ->
                Download.sheets(
                        response,
                        stamp + ".xlsx",
                        List.of(
                                new Download.Sheet(language.text("analysis.sheet.data"), names, cells(extract)),
                                new Download.Sheet(
                                        language.text("analysis.sheet.codebook"),
                                        codebookHeader(),
                                        codebook(extract).stream()
                                                .map(row -> row.stream()
                                                        .map(Download.Cell::text)
                                                        .toList())
                                                .toList())));
            case "codebook" -> {
                Csv csv = new Csv();
                csv.row(codebookHeader());
                codebook(extract).forEach(csv::row);
                Download.csv(response, stamp + "-kodebog.csv", csv);
            }
            default -> {
                Csv csv = new Csv();
                csv.row(names);
                for (List<Object> row : extract.rows()) {
                    csv.row(row.stream().map(AnalysisExportServlet::text).toList());
                }
                Download.csv(response, stamp + ".csv", csv);
            }
        }
    }

    private List<String> codebookHeader() {
        return List.of(
                language.text("analysis.codebook.column"),
                language.text("analysis.codebook.meaning"),
                language.text("analysis.codebook.unit"),
                language.text("analysis.codebook.source"),
                language.text("analysis.codebook.versions"));
    }

    /** One row per column, then the extract's stamp: its format version, when it was made, its suppression. */
    private List<List<String>> codebook(AnalysisExtracts.Extract extract) {
        List<List<String>> rows = new ArrayList<>();
        for (AnalysisExtracts.Column c : extract.columns()) {
            rows.add(List.of(c.name(), language.text(c.meaning()), language.text(c.unit()), c.source(), c.versions()));
        }
        rows.add(List.of(
                "#",
                language.text("analysis.codebook.stamp") + " " + extract.version() + ", " + extract.madeAt() + ", "
                        + language.text(
                                extract.unsuppressed()
                                        ? "analysis.codebook.unsuppressed"
                                        : "analysis.codebook.suppressed"),
                "",
                "",
                ""));
        return rows;
    }

    private static List<List<Download.Cell>> cells(AnalysisExtracts.Extract extract) {
        return extract.rows().stream()
                .map(row -> row.stream()
                        .map(v -> v instanceof Number n ? Download.Cell.number(n) : Download.Cell.text(text(v)))
                        .toList())
                .toList();
    }

    /** A value as the CSV writes it: numbers plainly with a decimal point, nothing for none. */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }
}
