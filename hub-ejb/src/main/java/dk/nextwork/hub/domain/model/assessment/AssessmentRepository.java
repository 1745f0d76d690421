package dk.nextwork.hub.domain.model.assessment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where assessments are kept. */
public interface AssessmentRepository {

    Optional<Assessment> find(long id);

    /**
     * What a read of the report depends on, if it exists, in one statement read outside any transaction: the report's
     * own version ({@code @Version}, raised by every change to it, V26 for changes made outside the Hub) and the
     * network read model's ({@code network_version}, raised when a municipality or a period changes).
     */
    Optional<ReadVersions> readVersions(long id);

    /** The versions a report was read at: a kept copy stands while the database holds both. */
    record ReadVersions(long report, long network) {}

    /** The municipality's drafts and returned reports, the newest period first, at most {@code max}. */
    List<UnfinishedAssessment> unfinished(String municipalitySlug, int max);

    Optional<Assessment> find(String municipalitySlug, String periodCode);

    /** The codes of the periods a municipality has a report for, in any state: one query. */
    Set<String> periodsReported(String municipalitySlug);

    /**
     * One page of the list lines of the reports a caller may see — all ({@code all}), or the approved ones and the
     * caller's municipality's ({@code own}), perhaps only one municipality's ({@code only}) — the newest period first.
     */
    List<AssessmentListing> listing(boolean all, String own, String only, long offset, int limit);

    /** How many lines all pages of that list hold. */
    long listingCount(boolean all, String own, String only);

    /** The list lines of the reports in a state, the earliest submitted first. */
    List<AssessmentListing> listingInState(AssessmentState state);

    /**
     * The latest {@code count} approved reports of each of the municipalities named, each municipality's newest period
     * first.
     */
    List<Assessment> latestApprovedOfEach(int count, Collection<Long> municipalityIds);

    /** A municipality's latest approved report for a period before {@code before} (null: any period). */
    Optional<Assessment> latestApproved(String municipalitySlug, LocalDate before);

    /** Submitted and approved reports whose stored result is not in the given format (stored before it existed). */
    List<Assessment> submittedWithResultOtherThan(String formatMarker);

    void add(Assessment assessment);

    /** Writes pending changes now, so the new version number is known before the view is built. */
    void flush();
}
