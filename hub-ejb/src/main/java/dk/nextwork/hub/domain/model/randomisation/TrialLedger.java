package dk.nextwork.hub.domain.model.randomisation;

import dk.nextwork.randomisation.AllocationList;
import dk.nextwork.randomisation.Arm;
import dk.nextwork.randomisation.Category;
import dk.nextwork.randomisation.Design;
import dk.nextwork.randomisation.ErrorReason;
import dk.nextwork.randomisation.ListState;
import dk.nextwork.randomisation.Slot;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The trials' records in the database. Reads of the concealed list ({@link #slot}, {@link #listState}, {@link
 * #fullList}) are for the allocation itself and for the list shown after closure, never for a view while the trial
 * runs. Several trials may run side by side; each has its own strata, lists, log and closure.
 */
public interface TrialLedger {

    /** A trial's status: proposed by one researcher, opened by a second, closed; or withdrawn before it opened. */
    enum Status {
        PROPOSED,
        OPEN,
        CLOSED,
        WITHDRAWN
    }

    /**
     * A trial's settings; the design is concealed while it runs once a list is generated ({@code started}).
     *
     * @param everyMunicipality the trial takes part in every municipality (the first trial); else its sites
     */
    record Trial(
            long id,
            String name,
            Status status,
            Design design,
            int batchSlots,
            int lowStock,
            int target,
            List<Category> categories,
            boolean everyMunicipality,
            String proposedBy,
            Instant proposedAt,
            String confirmedBy,
            Instant confirmedAt,
            Instant closedAt,
            long version,
            boolean started) {

        public boolean open() {
            return status == Status.OPEN;
        }
    }

    /** A municipality taking part in a trial. */
    record Site(long municipalityId, String slug, String name) {}

    /** A trial as proposed: everything but who confirms it. */
    record Proposal(
            String name,
            Design design,
            int batchSlots,
            int lowStock,
            int target,
            List<Category> categories,
            List<Long> municipalityIds) {}

    /** A stratum: a municipality and a category, with how many slots of its list are used and generated. */
    record Stratum(long id, long trialId, long municipalityId, Category category, int used, int generated) {}

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

    /** Reads a trial's settings and locks its row: every allocation in it is made one after another. */
    Optional<Trial> lockTrial(long trialId);

    Optional<Trial> trial(long trialId);

    /** Every trial, oldest first. */
    List<Trial> trials();

    /** The open trials the municipality takes part in, oldest first. */
    List<Trial> openTrials(long municipalityId);

    /** The municipalities a trial lists (none for a trial in every municipality). */
    List<Site> sites(long trialId);

    /** Every trial's listed municipalities, by trial id, in one read. */
    Map<Long, List<Site>> sitesByTrial();

    /** Records a proposed trial and its sites; returns its id. */
    long propose(Proposal proposal, Instant at, String by);

    /** Opens a proposed trial (a second researcher). */
    void confirm(long trialId, Instant at, String by);

    void withdraw(long trialId, Instant at, String by);

    void close(long trialId, Instant at, String by);

    Optional<Allocation> allocation(long trialId, String studyId);

    /** The stratum, created (with nothing generated) if it is new. */
    Stratum stratum(long trialId, long municipalityId, Category category);

    Optional<Stratum> stratum(long trialId, String municipalitySlug, Category category);

    Optional<Slot> slot(long stratumId, int sequence);

    /** Where the stratum's list stands: its last slot and how many slots hold each arm. */
    ListState listState(long stratumId);

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

    void log(long trialId, Instant at, String actor, String action, String studyId, Long stratumId);

    List<StratumCount> counts(long trialId);

    /** How many strata of the open trials have a list running low. */
    int lowLists();

    List<MonthCount> months(long trialId);

    /** Allocations newest first, a page at a time. */
    List<Allocation> allocations(long trialId, int offset, int limit);

    long allocationCount(long trialId);

    /** Every allocation in the order made. */
    List<Allocation> everyAllocation(long trialId);

    List<BatchRecord> batchRecords(long trialId);

    List<Event> events(long trialId, int limit);

    /** Every stratum's whole list with salts (the caller checks the trial is closed). */
    List<SealedBatch> fullList(long trialId);
}
