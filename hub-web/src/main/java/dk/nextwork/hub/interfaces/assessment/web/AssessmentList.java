package dk.nextwork.hub.interfaces.assessment.web;

import dk.nextwork.hub.application.AssessmentService;
import dk.nextwork.hub.application.AssessmentView;
import dk.nextwork.hub.application.PeriodService;
import dk.nextwork.hub.application.PeriodView;
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

    @Inject
    PeriodService periods;

    private List<AssessmentView.Summary> rows;

    public List<AssessmentView.Summary> getRows() {
        if (rows == null) {
            rows = assessments.visibleTo(user.caller());
        }
        return rows;
    }

    /** The open period a lead may start the municipality's self-assessment for, or null if there is none. */
    public String getStartablePeriod() {
        if (!user.may("START_ASSESSMENT")) {
            return null;
        }
        return periods.periods().stream()
                .filter(p -> "OPEN".equals(p.status()))
                .sorted(java.util.Comparator.comparing(PeriodView::firstDay))
                .map(PeriodView::code)
                .filter(code -> getRows().stream()
                        .noneMatch(
                                r -> r.period().equals(code) && r.municipality().equals(user.getMunicipality())))
                .findFirst()
                .orElse(null);
    }

    /** Starts the lead's draft for the open period and opens its form. */
    public String start() {
        AssessmentView draft = assessments.startDraft(getStartablePeriod(), user.caller());
        return "/selvevaluering?faces-redirect=true&id=" + draft.id();
    }
}
