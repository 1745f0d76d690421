package dk.nextwork.hub.interfaces.network.web;

import dk.nextwork.hub.application.network.NetworkQuery;
import dk.nextwork.hub.application.network.NetworkService;
import dk.nextwork.hub.application.network.NetworkView;
import dk.nextwork.hub.interfaces.instrument.web.InstrumentTexts;
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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Netværket's tables for spreadsheets, with the page's filters: {@code /netvaerk.csv?tabel=scorer|resultater|kalibrering}
 * (semicolons, UTF-8 with a byte-order mark, for Danish Excel) and {@code /netvaerk.xlsx?tabel=…} (streamed by
 * fastexcel, numbers as numbers). The same figures as the page for the same user, from the same service: every
 * suppressed count stays "< 5" or "skjult", and a lead's export holds only the own municipality.
 */
@WebServlet({"/netvaerk.csv", "/netvaerk.xlsx"})
public class NetworkExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

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
        String name = request.getParameter("tabel");
        if (name == null || !NetworkTables.EXPORTED.contains(name)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String[] statuses = request.getParameterValues("status");
        Optional<NetworkView> view = Download.make(
                response,
                () -> network.picture(
                        user.caller(),
                        new NetworkQuery(
                                statuses == null ? Set.of() : Set.copyOf(Arrays.asList(statuses)),
                                request.getParameter("fra"),
                                request.getParameter("til"),
                                request.getParameter("kommune"),
                                request.getParameter("princip"))));
        if (view.isEmpty()) {
            return;
        }
        NetworkTable table = new NetworkTables(view.get(), NetworkWords.of(language, texts)).table(name);
        String file = "netvaerk-" + name;
        if (request.getServletPath().endsWith(".xlsx")) {
            Download.sheet(response, file + ".xlsx", table.title(), table.header(), sheetRows(table));
        } else {
            Csv csv = new Csv();
            csv.row(table.header());
            for (List<NetworkTable.Cell> row : table.exported()) {
                csv.row(row.stream().map(NetworkTable.Cell::text).toList());
            }
            Download.csv(response, file + ".csv", csv);
        }
    }

    /** The table's rows as sheet cells: numbers as numbers, in the page's format. */
    private static List<List<Download.Cell>> sheetRows(NetworkTable table) {
        return table.exported().stream()
                .map(row -> row.stream()
                        .map(cell -> cell.number() != null
                                ? new Download.Cell(null, cell.number(), excelFormat(cell.format()))
                                : Download.Cell.text(cell.text()))
                        .toList())
                .toList();
    }

    /** The cell format in Excel's notation, which is the same in every language ("0 %" is "0%"). */
    private static String excelFormat(String format) {
        return format.replace(" %", "%");
    }
}
