package dk.nextwork.randomisation;

/**
 * Where a stratum's list stands before a batch is added: its last slot (null for an empty list) and how many of its
 * slots hold each arm.
 */
public record ListState(Slot last, int nextwork, int control) {

    public static final ListState EMPTY = new ListState(null, 0, 0);

    /** The next slot's sequence. */
    public int nextSequence() {
        return last == null ? 1 : last.sequence() + 1;
    }
}
