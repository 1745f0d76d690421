package dk.nextwork.hub.domain.model.period;

/** A period is planned, open for reporting, or closed. */
public enum PeriodStatus {
    PLANNED,
    OPEN,
    CLOSED
}
