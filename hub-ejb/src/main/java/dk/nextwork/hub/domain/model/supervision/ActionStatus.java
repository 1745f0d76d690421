package dk.nextwork.hub.domain.model.supervision;

/** Where an agreed action stands. Open and in-progress actions past their due date are overdue. */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    DROPPED;

    public boolean isOutstanding() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
