package dk.nextwork.hub.domain.model.assessment;

import java.util.List;
import java.util.Optional;

/** Where assessments are kept. */
public interface AssessmentRepository {

    Optional<Assessment> find(long id);

    Optional<Assessment> find(String municipalitySlug, String periodCode);

    List<Assessment> findAll();

    /** Reports in a state, the earliest submitted first. */
    List<Assessment> inState(AssessmentState state);

    /** Approved reports, each municipality's newest period first. */
    List<Assessment> approved();

    /** A municipality's approved reports, the newest period first. */
    List<Assessment> approved(String municipalitySlug);

    void add(Assessment assessment);

    /** Writes pending changes now, so the new version number is known before the view is built. */
    void flush();
}
