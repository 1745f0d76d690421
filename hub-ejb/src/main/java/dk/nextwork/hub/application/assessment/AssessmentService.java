package dk.nextwork.hub.application.assessment;

import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.Page;
import dk.nextwork.hub.application.audit.AuditEventView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fidelity self-assessments. Who may do what is {@link dk.nextwork.hub.application.access.AssessmentPolicy}'s: only
 * the municipality's lead edits and submits its draft; its consultants read it; supervisors and admins read all, and
 * supervisors review, return and approve. Other municipalities see only approved reports: for anything else the
 * answer is "not found", so not even its existence leaks.
 */
public interface AssessmentService {

    /**
     * One page of the reports the caller may see, the newest period first: the own municipality's and the approved
     * ones, all for supervisors and the network admin.
     *
     * @param municipality only this municipality's (null: every one the caller may see)
     * @param page from 1
     * @param size from 1 to {@link Page#MAX_SIZE}
     * @throws InvalidInputException for a page or size out of range
     */
    Page<AssessmentView.Summary> visibleTo(@NotNull Caller caller, String municipality, int page, int size);

    /**
     * The caller's own municipality's drafts and returned reports, the newest period first (at most ten), read in one
     * query; none for a caller who is not a municipality's lead or consultant.
     */
    List<AssessmentView.Unfinished> unfinished(@NotNull Caller caller);

    /**
     * The periods the caller's own municipality has a report for, in any state ("2026-H1"), read in one query; none for
     * a caller who is not a municipality's lead or consultant.
     */
    Set<String> periodsReported(@NotNull Caller caller);

    /** @throws NotFoundException if it does not exist or the caller may not see it */
    AssessmentView get(long id, @NotNull Caller caller);

    /**
     * The report's history: when it was started, submitted, returned and approved, and by whom (saves and review notes
     * left out).
     *
     * @throws NotFoundException if it does not exist or the caller may not see it
     */
    List<AuditEventView> history(long id, @NotNull Caller caller);

    /** Starts the caller's municipality's draft for a period, under the instrument version the network admin chose. */
    AssessmentView startDraft(@NotNull String periodCode, @NotNull Caller caller);

    /**
     * Saves the lead's changes, refusing a stale version with a message that says what changed.
     *
     * @throws InvalidInputException naming every bad field; nothing is saved then
     */
    AssessmentView saveDraft(long id, @NotNull @Valid DraftChange change, @NotNull Caller caller);

    /**
     * Submits for review: every item rated, and a justification wherever the evidence check asks for one. The result
     * is frozen with the report from then on.
     */
    AssessmentView submit(long id, long version, @NotNull Caller caller);

    /** Submitted reports waiting for review, the longest-waiting first (supervisors and admins). */
    List<AssessmentView.Summary> reviewQueue(@NotNull Caller caller);

    /**
     * The municipality's last approved report before this one's period, for comparison; empty if there is none.
     *
     * @throws NotFoundException if this one does not exist or the caller may not see it
     */
    Optional<AssessmentView> previousApproved(long id, @NotNull Caller caller);

    /**
     * Saves the supervisor's own ratings and item comments on a submitted report.
     *
     * @throws InvalidInputException naming every bad field; nothing is saved then
     */
    AssessmentView review(long id, @NotNull @Valid ReviewChange change, @NotNull Caller caller);

    /** The supervisor returns a submitted report with a reason. */
    AssessmentView returnToLead(long id, long version, String reason, @NotNull Caller caller);

    /** The supervisor approves a submitted report as submitted; it is locked from then on. */
    AssessmentView approve(long id, long version, @NotNull Caller caller);
}
