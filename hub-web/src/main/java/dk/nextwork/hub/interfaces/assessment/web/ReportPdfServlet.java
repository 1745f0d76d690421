package dk.nextwork.hub.interfaces.assessment.web;

import dk.nextwork.hub.interfaces.assessment.report.ReportPdf;
import dk.nextwork.hub.interfaces.assessment.report.Reports;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.Download;
import dk.nextwork.hub.interfaces.web.Language;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The report page's "download as PDF", for the signed-in user, in the page's language. Who may download it at all is
 * the report page's rule (RouteGate, by {@code Route.REPORT_PDF}); like the page, another municipality's unapproved
 * report is not found.
 */
@WebServlet("/rapport.pdf")
public class ReportPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Reports reports;

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<byte[]> pdf = Download.make(
                response, () -> new ReportPdf(reports.content(id, user.caller()), language.getLocale()).render());
        if (pdf.isPresent()) {
            Download.inline(response, Download.PDF, "fidelitetsrapport-" + id + ".pdf", pdf.get());
        }
    }
}
