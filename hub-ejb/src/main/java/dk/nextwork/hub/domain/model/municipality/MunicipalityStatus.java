package dk.nextwork.hub.domain.model.municipality;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** Where a municipality stands in the network. */
public enum MunicipalityStatus {
    ONBOARDING,
    ACTIVE,
    PAUSED,
    FORMER;

    /** The network as it is now: municipalities joining and active (the network picture's default). */
    public static final Set<MunicipalityStatus> IN_THE_NETWORK = Set.of(ONBOARDING, ACTIVE);

    /** The status of this name, as a query or a stored row writes it. */
    public static Optional<MunicipalityStatus> byName(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }
}
