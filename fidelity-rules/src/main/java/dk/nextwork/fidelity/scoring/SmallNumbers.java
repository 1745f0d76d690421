package dk.nextwork.fidelity.scoring;

import dk.nextwork.fidelity.instrument.RuleSettings;

/**
 * Small-number suppression for views across municipalities: a key-figure cell under the instrument's threshold is shown
 * as "&lt; 5", never as the number, so no small group of young people can be singled out.
 */
public final class SmallNumbers {

    private SmallNumbers() {}

    /** The cell as it may be shown across municipalities. */
    public static String display(long count, RuleSettings rules) {
        return isSuppressed(count, rules) ? "< " + rules.smallNumberBelow() : Long.toString(count);
    }

    public static boolean isSuppressed(long count, RuleSettings rules) {
        return count < rules.smallNumberBelow();
    }
}
