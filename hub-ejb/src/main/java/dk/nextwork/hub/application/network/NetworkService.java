package dk.nextwork.hub.application.network;

import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.NotFoundException;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The network picture: every municipality's fidelity against the network, trends and drift (issue 13). */
public interface NetworkService {

    /**
     * The picture for the caller.
     *
     * @throws InvalidInputException for a period that is not a half-year, a status or a principle that does not exist
     * @throws NotFoundException for a municipality the caller may not see on its own
     */
    NetworkView picture(@NotNull Caller caller, @NotNull NetworkQuery query);

    /**
     * Fidelity against outcomes for the caller (see {@link FidelityOutcomesView}): over the periods from {@code from}
     * to {@code to} of the query (one of them alone gives that period; neither, the latest period with 3 points or
     * more), the query's principle or the total, and the statuses asked for (municipal staff: the whole network).
     *
     * @param outcome "exits" (the default when null) or "returners"
     * @throws InvalidInputException for a period that is not a half-year, a range that ends before it begins, a status,
     *     principle or outcome that does not exist
     */
    FidelityOutcomesView fidelityOutcomes(@NotNull Caller caller, @NotNull NetworkQuery query, String outcome);

    /**
     * The drift alerts waiting for the caller: every active or onboarding municipality's for supervisors and the
     * network admin, the own municipality's for its staff, none for others.
     */
    List<NetworkView.DriftAlert> alerts(@NotNull Caller caller);
}
