package dk.nextwork.hub.interfaces.assessment.web;

import dk.nextwork.hub.application.AssessmentService;
import dk.nextwork.hub.application.AssessmentView;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The self-assessments the user may see: the own municipality's, approved ones, all for supervisors. */
@Named("assessmentList")
@RequestScoped
public class AssessmentList {

    @Inject
    AssessmentService assessments;

    @Inject
    CurrentUser user;

    private List<AssessmentView.Summary> rows;

    public List<AssessmentView.Summary> getRows() {
        if (rows == null) {
            rows = assessments.visibleTo(user.caller());
        }
        return rows;
    }
}
