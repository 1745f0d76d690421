package dk.nextwork.hub.interfaces.supervision.web;

import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.supervision.SupervisionService;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.supervision.SupervisionCsv;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

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
        byte[] csv;
        try {
            csv = SupervisionCsv.of(supervision.sessions(municipality == null ? "" : municipality, user.caller()))
                    .getBytes(StandardCharsets.UTF_8);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"supervision-" + municipality + ".csv\"");
        response.setContentLength(csv.length);
        response.getOutputStream().write(csv);
    }
}
