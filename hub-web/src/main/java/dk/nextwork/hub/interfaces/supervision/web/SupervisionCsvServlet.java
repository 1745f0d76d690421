package dk.nextwork.hub.interfaces.supervision.web;

import dk.nextwork.hub.application.supervision.SupervisionService;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.supervision.SupervisionCsv;
import dk.nextwork.hub.interfaces.web.Download;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The supervision page's CSV export of a municipality's log, for the signed-in user; 404 where the page is. */
@WebServlet("/supervision.csv")
public class SupervisionCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SupervisionService supervision;

    @Inject
    CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String municipality = request.getParameter("kommune");
        Optional<String> csv = Download.make(
                response,
                () -> SupervisionCsv.of(supervision.sessions(municipality == null ? "" : municipality, user.caller())));
        if (csv.isPresent()) {
            Download.attachment(
                    response,
                    Download.CSV,
                    "supervision-" + municipality + ".csv",
                    csv.get().getBytes(StandardCharsets.UTF_8));
        }
    }
}
