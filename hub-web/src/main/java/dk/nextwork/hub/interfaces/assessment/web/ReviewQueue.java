package dk.nextwork.hub.interfaces.assessment.web;

import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.application.assessment.AssessmentService;
import dk.nextwork.hub.application.assessment.AssessmentView;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.List;

/** The supervisor's review queue: submitted reports, the longest-waiting first. */
@Named("reviewQueue")
@RequestScoped
public class ReviewQueue {

    @Inject
    AssessmentService assessments;

    @Inject
    CurrentUser user;

    private List<AssessmentView.Summary> rows;

    public List<AssessmentView.Summary> getRows() {
        if (rows == null) {
            rows = assessments.reviewQueue(user.caller());
        }
        return rows;
    }

    /** When a report was submitted, in Danish time. */
    public LocalDateTime submitted(AssessmentView.Summary row) {
        return row.submittedAt() == null ? null : LocalDateTime.ofInstant(row.submittedAt(), DanishTime.ZONE);
    }
}
