package dk.nextwork.hub.application.assessment;

import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.Page;
import dk.nextwork.hub.application.access.AssessmentPolicy;
import dk.nextwork.hub.application.audit.AuditEventView;
import dk.nextwork.hub.application.common.KeptUnderVersion;
import dk.nextwork.hub.domain.model.assessment.Assessment;
import dk.nextwork.hub.domain.model.assessment.AssessmentListing;
import dk.nextwork.hub.domain.model.assessment.AssessmentRepository;
import dk.nextwork.hub.domain.model.assessment.AssessmentState;
import dk.nextwork.hub.domain.model.audit.AuditEventRepository;
import dk.nextwork.hub.domain.model.network.NetworkScores;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * The reports as lists, read with queries shaped for them (no report loaded): one page of those a caller may see, the
 * review queue, and a report's history of state changes.
 */
@ApplicationScoped
class AssessmentLists {

    /** Audit actions that change a report's state; saves and review notes are left out of its history. */
    private static final Set<String> STATE_CHANGES =
            Set.of("assessment.draft-started", "assessment.submitted", "assessment.returned", "assessment.approved");

    @Inject
    AssessmentRepository assessments;

    @Inject
    AuditEventRepository events;

    @Inject
    NetworkScores scores;

    /** Which reports a list holds: all, or the approved and the own municipality's; perhaps only one's. */
    private record Conditions(boolean all, String own, String only) {}

    /**
     * The lists' counts, kept under the network read model's version: a count changes only when a report is added or
     * removed (V25) or is approved or leaves approval (V8), each of which raises it.
     */
    private final KeptUnderVersion<Long> counts = new KeptUnderVersion<>();

    /** One page (checked before) of the reports the caller may see, only the municipality's if one is named. */
    Page<AssessmentView.Summary> visibleTo(Caller caller, String municipality, int page, int size) {
        boolean all = caller.isNetworkWide();
        String own = caller.isMunicipalStaff() ? caller.municipality() : null;
        String only = municipality == null || municipality.isBlank() ? null : municipality.strip();
        long total = counts.get(
                new Conditions(all, own, only), scores.version(), () -> assessments.listingCount(all, own, only));
        // Asked past the end: the last page instead, as every list answers (a page number far past the end, such as
        // 1 000 000 000, included).
        int shown = Page.within(page, size, total);
        List<AssessmentListing> lines = assessments.listing(all, own, only, Page.offset(shown, size), size);
        return new Page<>(lines.stream().map(a -> summary(a, caller)).toList(), shown, size, total);
    }

    List<AssessmentView.Summary> inState(AssessmentState state, Caller caller) {
        return assessments.listingInState(state).stream()
                .map(a -> summary(a, caller))
                .toList();
    }

    /** When the report was started, submitted, returned and approved, and by whom. */
    List<AuditEventView> history(Assessment a) {
        return events.forSubject("assessment", String.valueOf(a.id())).stream()
                .filter(e -> STATE_CHANGES.contains(e.action()))
                .map(AuditEventView::of)
                .toList();
    }

    private static AssessmentView.Summary summary(AssessmentListing a, Caller caller) {
        return new AssessmentView.Summary(
                a.id(),
                a.municipality(),
                a.municipalityName(),
                a.period(),
                a.state().name(),
                a.submittedAt(),
                a.version(),
                new AssessmentView.Permissions(
                        AssessmentPolicy.mayEdit(caller, a.municipality(), a.state()),
                        AssessmentPolicy.mayReview(caller, a.state())));
    }
}
