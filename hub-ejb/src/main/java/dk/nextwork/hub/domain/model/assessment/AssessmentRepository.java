package dk.nextwork.hub.domain.model.assessment;

import java.util.List;
import java.util.Optional;

/** Where assessments are kept. */
public interface AssessmentRepository {

    Optional<Assessment> find(long id);

    Optional<Assessment> find(String municipalitySlug, String periodCode);

    /**
     * The list lines of every report ({@code all}) or of the approved ones and the given municipality's (null: none),
     * the newest period first.
     */
    List<AssessmentListing> listing(boolean all, String municipalitySlug);

    /** The list lines of the reports in a state, the earliest submitted first. */
    List<AssessmentListing> listingInState(AssessmentState state);

    /** Approved reports, each municipality's newest period first. */
    List<Assessment> approved();

    /** A municipality's approved reports, the newest period first. */
    List<Assessment> approved(String municipalitySlug);

    /** Submitted and approved reports whose stored result is not in the given format (stored before it existed). */
    List<Assessment> submittedWithResultOtherThan(String formatMarker);

    void add(Assessment assessment);

    /** Writes pending changes now, so the new version number is known before the view is built. */
    void flush();
}
