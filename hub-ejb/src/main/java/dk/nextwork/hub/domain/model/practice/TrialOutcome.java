package dk.nextwork.hub.domain.model.practice;

/** How it went when a municipality tried a practice. */
public enum TrialOutcome {
    WORKED,
    PARTLY,
    DID_NOT_WORK
}
