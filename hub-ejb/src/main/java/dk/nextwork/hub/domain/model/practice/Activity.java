package dk.nextwork.hub.domain.model.practice;

/** The parts of NExTWORK a practice belongs to. */
public enum Activity {
    PRAKTIK,
    UNGENETVAERK,
    EVENTS,
    VIRKSOMHEDSNETVAERK,
    TEAM
}
