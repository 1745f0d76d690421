package dk.nextwork.hub.application.randomisation;

import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.Page;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The effect evaluation's randomisation machine. A caseworker allocates an eligible young person by study ID and sees
 * that one result; researchers oversee the trial. Nobody sees an upcoming allocation or the block sizes while the
 * trial runs.
 */
public interface RandomisationService {

    /** The caseworker's form: criteria, categories, whether the trial takes allocations. */
    RandomisationViews.Form form(@NotNull Caller caller);

    /**
     * Checks an allocation as {@link #allocate} would, without allocating: for a form that has more to confirm first.
     *
     * @throws InvalidInputException as {@link #allocate}
     */
    void check(@NotNull RandomisationViews.NewAllocation input, @NotNull Caller caller);

    /**
     * Allocates the young person with this study ID in the caller's municipality, or returns the allocation the study
     * ID already has (audited as a repeated entry, never a second draw).
     *
     * @throws InvalidInputException naming {@code studyId} (empty, CPR-shaped, wrong format, wrong check character,
     *     another municipality's), {@code category} or {@code criteria} (not every criterion confirmed); nothing is
     *     stored
     * @throws ConflictException when the trial is closed
     */
    RandomisationViews.Result allocate(@NotNull RandomisationViews.NewAllocation input, @NotNull Caller caller);

    /** The municipalities a trial may take part in, for a proposal (researchers). */
    List<RandomisationViews.Site> sites(@NotNull Caller caller);

    /** How many strata of the open trials have a list running low (researchers). */
    int lowLists(@NotNull Caller caller);

    /** Every trial, oldest first (researchers). */
    List<RandomisationViews.TrialSummary> trials(@NotNull Caller caller);

    /**
     * Proposes a trial (researchers): its design, parameters, strata and target. It opens when a second researcher
     * confirms it.
     *
     * @throws InvalidInputException naming the field: {@code name}, {@code design}, {@code ratio}, {@code mti}, {@code
     *     blockSizes}, {@code sequenceLength}, {@code municipalities}, {@code categories} or {@code target}
     */
    RandomisationViews.TrialSummary propose(@NotNull RandomisationViews.NewTrial input, @NotNull Caller caller);

    /**
     * Opens a proposed trial: a researcher other than the one who proposed it.
     *
     * @throws ConflictException when the caller proposed it, it is not proposed any more, or the version is stale
     */
    RandomisationViews.TrialSummary confirm(long trial, long expectedVersion, @NotNull Caller caller);

    /**
     * Withdraws a proposed trial before it opens.
     *
     * @throws ConflictException when it is not proposed any more or the version is stale
     */
    RandomisationViews.TrialSummary withdraw(long trial, long expectedVersion, @NotNull Caller caller);

    /**
     * A trial's overview (researchers).
     *
     * @param trial the trial, or null for the first
     * @throws NotFoundException for an unknown trial
     */
    RandomisationViews.Overview overview(Long trial, @NotNull Caller caller);

    /** A trial's allocation log, newest first (researchers). */
    Page<RandomisationViews.Entry> log(Long trial, int page, int size, @NotNull Caller caller);

    /** Every allocation made in a trial, in the order made, for export (researchers). */
    List<RandomisationViews.Entry> export(Long trial, @NotNull Caller caller);

    /**
     * Marks an allocation randomised in error, for a reason from the fixed list; the allocation and its slot stay.
     *
     * @throws NotFoundException for an unknown study ID
     * @throws ConflictException when it is marked already
     */
    RandomisationViews.Entry markError(Long trial, @NotNull String studyId, String reason, @NotNull Caller caller);

    /** Appends new blocks to a stratum's list without touching the slots before them (researchers). */
    RandomisationViews.Overview extend(
            Long trial, @NotNull String municipality, String category, @NotNull Caller caller);

    /**
     * Closes a trial: no more allocations; the full list becomes visible (researchers).
     *
     * @param expectedVersion the trial's version as the researcher saw it
     * @throws ConflictException when it is closed already or the version is stale
     */
    RandomisationViews.Overview close(Long trial, long expectedVersion, @NotNull Caller caller);

    /**
     * A closed trial's whole generated list with salts and digests, each batch's digest recomputed.
     *
     * @throws ConflictException while the trial runs
     */
    RandomisationViews.FullList fullList(Long trial, @NotNull Caller caller);
}
