package dk.nextwork.hub.domain.model.supervision;

import java.util.Set;

/** Where an agreed action stands. Open and in-progress actions past their due date are overdue. */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    DROPPED;

    /** The statuses of an action still to be done: the one definition, for queries too. */
    public static final Set<ActionStatus> OUTSTANDING = Set.of(OPEN, IN_PROGRESS);

    public boolean isOutstanding() {
        return OUTSTANDING.contains(this);
    }
}
