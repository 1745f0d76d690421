package dk.nextwork.hub.domain.model.municipality;

/** Where a municipality stands in the network. */
public enum MunicipalityStatus {
    ONBOARDING,
    ACTIVE,
    PAUSED,
    FORMER
}
