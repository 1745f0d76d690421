package dk.nextwork.hub.interfaces.assessment.report;

import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.access.AssessmentPolicy;
import dk.nextwork.hub.application.assessment.AssessmentService;
import dk.nextwork.hub.application.assessment.AssessmentView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Gathers what a report shows, the same way for the report page, its PDF and the API's PDF. */
@ApplicationScoped
public class Reports {

    @Inject
    AssessmentService assessments;

    @Inject
    InstrumentCatalog catalog;

    /** @throws dk.nextwork.hub.application.NotFoundException if it does not exist or the caller may not see it */
    public ReportContent content(long id, Caller caller) {
        AssessmentView report = assessments.get(id, caller);
        return new ReportContent(
                catalog.find(report.instrument(), report.instrumentVersion()).orElseThrow(),
                report,
                assessments.previousApproved(id, caller).orElse(null),
                assessments.history(id, caller),
                AssessmentPolicy.mayReadWorkingNotes(caller, report.municipality()));
    }
}
