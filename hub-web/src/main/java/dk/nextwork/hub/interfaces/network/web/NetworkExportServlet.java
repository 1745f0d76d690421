package dk.nextwork.hub.interfaces.network.web;

import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.FreeText;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.network.NetworkQuery;
import dk.nextwork.hub.application.network.NetworkService;
import dk.nextwork.hub.application.network.NetworkView;
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
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Netværket's tables for spreadsheets, with the page's filters: {@code /netvaerk.csv?tabel=scorer|resultater|kalibrering}
 * (semicolons, UTF-8 with a byte-order mark, for Danish Excel) and {@code /netvaerk.xlsx?tabel=…} (streamed by
 * fastexcel, numbers as numbers). The same figures as the page for the same user, from the same service: every
 * suppressed count stays "< 5" or "skjult", and a lead's export holds only the own municipality.
 */
@WebServlet({"/netvaerk.csv", "/netvaerk.xlsx"})
public class NetworkExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
        NetworkView view;
        try {
            view = network.picture(
                    user.caller(),
                    new NetworkQuery(
                            statuses == null ? Set.of() : Set.copyOf(Arrays.asList(statuses)),
                            request.getParameter("fra"),
                            request.getParameter("til"),
                            request.getParameter("kommune"),
                            request.getParameter("princip")));
        } catch (InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        NetworkTable table = new NetworkTables(view, NetworkWords.of(language, texts)).table(name);
        String file = "netvaerk-" + name;
        if (request.getServletPath().endsWith(".xlsx")) {
            response.setContentType(XLSX);
            response.setHeader("Content-Disposition", "attachment; filename=\"" + file + ".xlsx\"");
            xlsx(table, response);
        } else {
            byte[] bytes = csv(table).getBytes(StandardCharsets.UTF_8);
            response.setContentType("text/csv; charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + file + ".csv\"");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }

    private static String csv(NetworkTable table) {
        Csv csv = new Csv();
        csv.row(table.header());
        for (List<NetworkTable.Cell> row : table.exported()) {
            csv.row(row.stream().map(NetworkTable.Cell::text).toList());
        }
        return csv.toString();
    }

    /** The table on one sheet: a bold header row, then the rows and the rows under it; numbers as numbers. */
    private static void xlsx(NetworkTable table, HttpServletResponse response) throws IOException {
        Workbook workbook = new Workbook(response.getOutputStream(), "NExTWORK Hub", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName(table.title()));
        for (int c = 0; c < table.header().size(); c++) {
            sheet.value(0, c, FreeText.printable(table.header().get(c)));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (List<NetworkTable.Cell> row : table.exported()) {
            for (int c = 0; c < row.size(); c++) {
                NetworkTable.Cell cell = row.get(c);
                if (cell.number() != null) {
                    sheet.value(r, c, cell.number());
                    sheet.style(r, c).format(excelFormat(cell.format())).set();
                } else if (!cell.text().isEmpty()) {
                    sheet.value(r, c, FreeText.printable(cell.text()));
                }
            }
            r++;
        }
        workbook.finish();
    }

    /** The cell format in Excel's notation, which is the same in every language ("0 %" is "0%"). */
    private static String excelFormat(String format) {
        return format.replace(" %", "%");
    }

    /** A sheet's name: at most 31 characters, none of []:*?/\. */
    private static String sheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
