package dk.nextwork.hub.application;

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

    /** The researchers' overview. */
    RandomisationViews.Overview overview(@NotNull Caller caller);

    /** The allocation log, newest first (researchers). */
    Page<RandomisationViews.Entry> log(int page, int size, @NotNull Caller caller);

    /** Every allocation made, in the order made, for export (researchers). */
    List<RandomisationViews.Entry> export(@NotNull Caller caller);

    /**
     * Marks an allocation randomised in error, for a reason from the fixed list; the allocation and its slot stay.
     *
     * @throws NotFoundException for an unknown study ID
     * @throws ConflictException when it is marked already
     */
    RandomisationViews.Entry markError(@NotNull String studyId, String reason, @NotNull Caller caller);

    /** Appends new blocks to a stratum's list without touching the slots before them (researchers). */
    RandomisationViews.Overview extend(@NotNull String municipality, String category, @NotNull Caller caller);

    /**
     * Closes the trial: no more allocations; the full list becomes visible (researchers).
     *
     * @param expectedVersion the trial's version as the researcher saw it
     * @throws ConflictException when it is closed already or the version is stale
     */
    RandomisationViews.Overview close(long expectedVersion, @NotNull Caller caller);

    /**
     * The whole generated list with salts and digests, each batch's digest recomputed.
     *
     * @throws ConflictException while the trial runs
     */
    RandomisationViews.FullList fullList(@NotNull Caller caller);
}
