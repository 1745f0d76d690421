package dk.nextwork.hub.application;

import jakarta.validation.constraints.NotNull;
import java.util.Set;

/** The network picture: every municipality's fidelity against the network, trends and drift (issue 13). */
public interface NetworkService {

    /**
     * The picture for the caller.
     *
     * @param statuses the municipalities' statuses to include (empty: active and onboarding)
     * @param fromPeriod the first period of the trend (such as 2024-H1), or null for all
     * @param toPeriod the last period of the trend, or null for all
     * @param municipality whose scores the trend shows beside the median (network-wide roles; municipal staff always see
     *     their own), or null
     * @throws InvalidInputException for a period that is not a half-year or a status that does not exist
     * @throws NotFoundException for a municipality the caller may not see on its own
     */
    NetworkView picture(
            @NotNull Caller caller, Set<String> statuses, String fromPeriod, String toPeriod, String municipality);

    /**
     * The drift alerts waiting for the caller: every active or onboarding municipality's for supervisors and the
     * network admin, the own municipality's for its staff, none for others.
     */
    java.util.List<NetworkView.DriftAlert> alerts(@NotNull Caller caller);
}
