package dk.nextwork.hub.application.onboarding;

import dk.nextwork.fidelity.onboarding.TeamPlanner;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.NotFoundException;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Onboarding new municipalities through the onboarding plan. The municipality's own lead and consultants and the
 * network's supervisors and admin see a municipality's onboarding; to anyone else it does not exist (404).
 */
public interface OnboardingService {

    /** @throws NotFoundException if there is none, or the caller may not see it */
    OnboardingView progress(@NotNull String municipality, @NotNull Caller caller);

    /**
     * Marks an activity done on the date it happened (the municipality's lead, or a supervisor); audited.
     *
     * @throws InvalidInputException naming {@code doneOn} for a date that is not a date, lies in the future, before the
     *     onboarding began or out of order within its stage, or {@code activity} for an unknown one
     */
    OnboardingView markDone(
            @NotNull String municipality, @NotNull String activity, String doneOn, @NotNull Caller caller);

    /** Every municipality onboarding now, with its progress (supervisors and the network admin). */
    List<OnboardingView> cohort(@NotNull Caller caller);

    /**
     * The team and caseload planner: capacity, the booklet's ramp-up stage, warnings and the ratings the instrument's
     * ST1, ST2 and ST4 would imply, for any signed-in user.
     *
     * @throws InvalidInputException naming {@code consultants}, {@code caseload}, {@code psychologist} or
     *     {@code referrals} for a value that is not a number in range
     */
    TeamPlanner.Plan plan(
            String consultants, String caseload, String psychologist, String referrals, @NotNull Caller caller);

    /**
     * Every municipality's accepted co-ownership commitment (who, when, which version), visible to the whole network:
     * the network is co-owned, so everyone may see who has committed to it.
     */
    List<OnboardingView.NetworkCommitment> commitments(@NotNull Caller caller);

    /** The co-ownership commitment as it stands now. */
    OnboardingView.CommitmentText commitment();

    /**
     * The municipality's lead accepts the co-ownership commitment (who, when, which version); audited. Accepting the
     * version already accepted changes nothing.
     *
     * @throws ConflictException if {@code version} is not the current document's
     */
    OnboardingView acceptCommitment(@NotNull String municipality, String version, @NotNull Caller caller);

    /**
     * The network admin confirms that a municipality whose onboarding plan is complete and whose first
     * self-assessment is approved is an active member of the network; audited.
     *
     * @throws ConflictException naming what is missing: activities of the plan, or an approved self-assessment
     */
    OnboardingView activate(@NotNull String municipality, @NotNull Caller caller);
}
