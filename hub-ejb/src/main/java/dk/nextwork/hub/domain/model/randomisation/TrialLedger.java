package dk.nextwork.hub.domain.model.randomisation;

import dk.nextwork.randomisation.AllocationList;
import dk.nextwork.randomisation.Arm;
import dk.nextwork.randomisation.BlockDesign;
import dk.nextwork.randomisation.Category;
import dk.nextwork.randomisation.ErrorReason;
import dk.nextwork.randomisation.Slot;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The trial's records in the database. Reads of the concealed list ({@link #slot}, {@link #lastSlot}, {@link
 * #fullList}) are for the allocation itself and for the list shown after closure, never for a view while the trial
 * runs.
 */
public interface TrialLedger {

    /** The trial's settings; the design (block sizes) is concealed while it runs. */
    record Trial(
            BlockDesign design,
            int batchSlots,
            int lowStock,
            int target,
            boolean open,
            Instant closedAt,
            long version) {}

    /** A stratum: a municipality and a category, with how many slots of its list are used and generated. */
    record Stratum(long id, long municipalityId, Category category, int used, int generated) {}

    /** An allocation made. */
    record Allocation(
            long id,
            String studyId,
            String municipality,
            String municipalityName,
            String kommunekode,
            Category category,
            int sequence,
            Arm arm,
            Instant allocatedAt,
            String allocatedBy,
            String criteriaVersion,
            List<String> confirmed,
            ErrorReason error,
            Instant markedAt,
            String markedBy) {}

    /**
     * A stratum's counts by arm, for the researchers (errors included, and counted apart), and whether its list is low
     * (below its latest batch's concealed threshold); how many slots are unused is not said, since a list ends where
     * the arms are level.
     */
    record StratumCount(
            String municipality,
            String municipalityName,
            Category category,
            int nextwork,
            int control,
            int inError,
            boolean low,
            int batches) {}

    /** Allocations in a calendar month, per municipality and arm. */
    record MonthCount(YearMonth month, String municipality, String municipalityName, int nextwork, int control) {}

    /**
     * A generated batch: when, why, its digest; its slots' range only for the full list after closure (while the trial
     * runs a range would tell where a list ends).
     */
    record BatchRecord(
            String municipality,
            String municipalityName,
            String kommunekode,
            Category category,
            int batchNumber,
            int firstSequence,
            int lastSequence,
            String digest,
            Instant generatedAt,
            String generatedBy,
            String reason) {}

    /** A batch with its salt and slots: only once the trial is closed. */
    record SealedBatch(BatchRecord batch, String salt, List<Slot> slots) {}

    /** An entry of the trial's log. */
    record Event(
            Instant at,
            String actor,
            String action,
            String studyId,
            String municipality,
            String municipalityName,
            Category category) {}

    /** Reads the trial's settings and locks its row: every allocation is made one after another. */
    Trial lockTrial();

    Trial trial();

    void close(Instant at, String by);

    Optional<Allocation> allocation(String studyId);

    /** The stratum, created (with nothing generated) if it is new. */
    Stratum stratum(long municipalityId, Category category);

    Optional<Stratum> stratum(String municipalitySlug, Category category);

    Optional<Slot> slot(long stratumId, int sequence);

    Optional<Slot> lastSlot(long stratumId);

    /** The digest of the stratum's last batch, or {@link AllocationList#GENESIS}. */
    String lastDigest(long stratumId);

    int batches(long stratumId);

    /** @param warnBelow the concealed low-stock threshold of this batch */
    void addBatch(Stratum stratum, AllocationList.Batch batch, String reason, int warnBelow, Instant at, String by);

    /** The latest batch's concealed low-stock threshold. */
    int warnBelow(long stratumId);

    /** Records the allocation of the stratum's next slot (used + 1) and moves the stratum on. */
    void allocate(
            Stratum stratum,
            String studyId,
            Slot slot,
            Instant at,
            String by,
            String criteriaVersion,
            List<String> confirmed);

    void markError(long allocationId, ErrorReason reason, Instant at, String by);

    void log(Instant at, String actor, String action, String studyId, Long stratumId);

    List<StratumCount> counts();

    List<MonthCount> months();

    /** Allocations newest first, a page at a time. */
    List<Allocation> allocations(int offset, int limit);

    long allocationCount();

    /** Every allocation in the order made. */
    List<Allocation> everyAllocation();

    List<BatchRecord> batchRecords();

    List<Event> events(int limit);

    /** Every stratum's whole list with salts (the caller checks the trial is closed). */
    List<SealedBatch> fullList();
}
