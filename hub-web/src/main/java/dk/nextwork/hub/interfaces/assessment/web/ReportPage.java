package dk.nextwork.hub.interfaces.assessment.web;

import dk.nextwork.hub.application.AssessmentService;
import dk.nextwork.hub.application.AssessmentView;
import dk.nextwork.hub.application.AuditEventView;
import dk.nextwork.hub.application.AuditTrail;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * A fidelity report: section scores, the fidelity score and band, every item with the self-rating beside the implied
 * and the supervisor's rating, and the history of its states. Another municipality's unapproved report is "not
 * found", as in the API.
 */
@Named("reportPage")
@RequestScoped
public class ReportPage {

    @Inject
    AssessmentService assessments;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    private Long id;
    private AssessmentView report;
    private List<AuditEventView> history;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** Loads the report for the view parameter {@code id}; answers 404 if the user may not see it. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (id == null) {
                throw new NotFoundException("no report id");
            }
            report = assessments.get(id, user.caller());
            history = audit.forSubject("assessment", String.valueOf(id));
        } catch (NotFoundException e) {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "not found");
            faces.responseComplete();
        }
    }

    public AssessmentView getReport() {
        return report;
    }

    public List<AuditEventView> getHistory() {
        return history;
    }

    /** The principles and the structure section, for the scores table. */
    public List<AssessmentView.Section> getSections() {
        return report.scores().sections();
    }
}
