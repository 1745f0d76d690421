package dk.nextwork.hub.interfaces.network.web;

import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.NetworkService;
import dk.nextwork.hub.application.NetworkView;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.interfaces.instrument.web.InstrumentTexts;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.Csv;
import dk.nextwork.hub.interfaces.web.Language;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Netværket's tables as CSV for Excel ({@code /netvaerk.csv?tabel=scorer|resultater|kalibrering} with the page's
 * filters): the same figures as the page for the same user, from the same service, so every suppressed count stays
 * "< 5" and a lead's export holds only the own municipality.
 */
@WebServlet("/netvaerk.csv")
public class NetworkCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final List<String> OUTCOMES = NetworkFormats.OUTCOMES;

    @Inject
    NetworkService network;

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    @Inject
    InstrumentTexts texts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String table = request.getParameter("tabel");
        if (table == null || !Set.of("scorer", "resultater", "kalibrering").contains(table)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String[] statuses = request.getParameterValues("status");
        NetworkView view;
        try {
            view = network.picture(
                    user.caller(),
                    statuses == null ? Set.of() : Set.copyOf(java.util.Arrays.asList(statuses)),
                    request.getParameter("fra"),
                    request.getParameter("til"),
                    blankToNull(request.getParameter("kommune")));
        } catch (InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = language.getLocale();
        Csv csv = new Csv();
        switch (table) {
            case "scorer" -> scores(csv, view, locale);
            case "resultater" -> outcomes(csv, view, locale);
            default -> calibration(csv, view, locale);
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"netvaerk-" + table + ".csv\"");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private void scores(Csv csv, NetworkView view, Locale locale) {
        List<String> header = new ArrayList<>(List.of(text("assessments.municipality"), text("assessments.period")));
        view.sections().forEach(s -> header.add(texts.section(s)));
        csv.row(header);
        for (NetworkView.MunicipalityScores m : view.municipalities()) {
            List<String> row = new ArrayList<>(List.of(m.name(), m.period()));
            for (String section : view.sections()) {
                row.add(NetworkFormats.score(
                        m.scores().stream()
                                .filter(s -> s.section().equals(section))
                                .map(NetworkView.Score::value)
                                .findFirst()
                                .orElse(null),
                        locale));
            }
            csv.row(row);
        }
        for (String kind : List.of("upperQuartile", "median", "lowerQuartile")) {
            List<String> row = new ArrayList<>(List.of(text("network." + kind), ""));
            for (String section : view.sections()) {
                NetworkView.Spread spread = view.spread().stream()
                        .filter(s -> s.section().equals(section))
                        .findFirst()
                        .orElse(null);
                row.add(
                        spread == null
                                ? "–"
                                : NetworkFormats.score(
                                        switch (kind) {
                                            case "upperQuartile" -> spread.upperQuartile();
                                            case "median" -> spread.median();
                                            default -> spread.lowerQuartile();
                                        },
                                        locale));
            }
            csv.row(row);
        }
    }

    private void outcomes(Csv csv, NetworkView view, Locale locale) {
        List<String> header = new ArrayList<>(List.of(text("assessments.municipality"), text("assessments.period")));
        OUTCOMES.forEach(code -> header.add(text("network.figure." + code)));
        csv.row(header);
        String suppressed = text("figure.suppressed");
        for (NetworkView.MunicipalityScores m : view.municipalities()) {
            NetworkView.MunicipalityFigures figures = view.figures().stream()
                    .filter(f -> f.municipality().equals(m.municipality()))
                    .findFirst()
                    .orElse(null);
            List<String> row = new ArrayList<>(List.of(m.name(), m.period()));
            OUTCOMES.forEach(
                    code -> row.add(NetworkFormats.figure(NetworkFormats.find(figures, code), locale, suppressed)));
            csv.row(row);
        }
        if (!view.totals().isEmpty()) {
            NetworkView.MunicipalityFigures totals = new NetworkView.MunicipalityFigures("", view.totals());
            List<String> row = new ArrayList<>(List.of(text("network.total"), ""));
            OUTCOMES.forEach(code -> row.add(
                    view.totals().stream().anyMatch(t -> t.code().equals(code))
                            ? NetworkFormats.figure(NetworkFormats.find(totals, code), locale, suppressed)
                            : ""));
            csv.row(row);
        }
    }

    private void calibration(Csv csv, NetworkView view, Locale locale) {
        csv.row(
                text("assessments.municipality"),
                text("assessments.period"),
                text("network.calibration.rated"),
                text("network.calibration.gaps"),
                text("network.calibration.mean"),
                text("network.calibration.trend"),
                text("network.calibration.persistent"));
        for (NetworkView.Calibration c : view.calibration()) {
            csv.row(
                    c.name(),
                    c.period(),
                    String.valueOf(c.rated()),
                    NetworkFormats.gaps(c, ""),
                    NetworkFormats.mean(c, locale),
                    c.narrowed() == null
                            ? "–"
                            : text(c.narrowed() ? "network.calibration.narrowed" : "network.calibration.notNarrowed"),
                    String.join(", ", c.persistent()));
        }
    }

    private String text(String key) {
        return language.text(key);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
