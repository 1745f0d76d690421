package dk.nextwork.hub.application;

import dk.nextwork.randomisation.Arm;
import dk.nextwork.randomisation.Category;
import dk.nextwork.randomisation.ErrorReason;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** What the randomisation machine shows: to the caseworker only the one result, to researchers the trial's course. */
public final class RandomisationViews {

    private RandomisationViews() {}

    /** What to send to allocate a young person: the study ID as typed, the category and the criteria confirmed. */
    public record NewAllocation(String studyId, String category, List<String> criteria) {

        public NewAllocation {
            criteria = criteria == null ? List.of() : List.copyOf(criteria);
        }
    }

    /**
     * The result for the young person just entered, and nothing else.
     *
     * @param repeated true when the study ID was allocated before: this is that allocation, not a new draw
     */
    public record Result(String studyId, Category category, Arm arm, Instant allocatedAt, boolean repeated) {}

    /** What the caseworker's form asks for: the criteria (codes, in order), the categories and the criteria version. */
    public record Form(String criteriaVersion, List<String> criteria, List<String> categories, boolean open) {}

    /** A stratum's course: allocations by arm, those marked in error, the difference, and whether its list is low. */
    public record StratumRow(
            String municipality,
            String municipalityName,
            Category category,
            int nextwork,
            int control,
            int inError,
            int difference,
            boolean lowStock,
            int batches) {}

    public record MonthRow(YearMonth month, String municipality, String municipalityName, int nextwork, int control) {}

    /** An allocation made, as the researchers' log and exports show it: no person, only the pseudonymous study ID. */
    public record Entry(
            String studyId,
            String municipality,
            String municipalityName,
            String kommunekode,
            Category category,
            Arm arm,
            Instant allocatedAt,
            String criteriaVersion,
            ErrorReason error,
            Instant markedAt) {}

    /**
     * A batch's seal: the digest recorded when it was generated (its salt and slots, and so its length, only after
     * closure).
     */
    public record Seal(
            String municipality,
            String municipalityName,
            Category category,
            int batchNumber,
            String digest,
            Instant generatedAt,
            String reason) {}

    public record Event(
            Instant at,
            String actor,
            String action,
            String studyId,
            String municipality,
            String municipalityName,
            Category category) {}

    /**
     * The researchers' view of the running trial. The design's block sizes are in it only once the trial is closed.
     *
     * @param version the trial's version, which closing it must name (a closure from a stale page is refused)
     * @param blockSizes empty while the trial runs
     */
    public record Overview(
            long version,
            boolean open,
            Instant closedAt,
            int ratioNextwork,
            int ratioControl,
            List<Integer> blockSizes,
            int target,
            int allocated,
            int nextwork,
            int control,
            int inError,
            List<StratumRow> strata,
            List<MonthRow> months,
            List<Seal> seals,
            List<Event> events) {}

    /** One slot of the full list, after closure, with whom it went to (a study ID) if it was used. */
    public record ListSlot(int sequence, Arm arm, int block, int blockSize, String studyId) {}

    /** A batch of the full list with what is needed to recompute its digest. */
    public record ListBatch(
            String municipality,
            Category category,
            int batchNumber,
            String previousDigest,
            String label,
            String salt,
            String digest,
            boolean digestMatches,
            List<ListSlot> slots) {}

    /** The whole generated list, shown only once the trial is closed. */
    public record FullList(List<Integer> blockSizes, boolean everyDigestMatches, List<ListBatch> batches) {}
}
