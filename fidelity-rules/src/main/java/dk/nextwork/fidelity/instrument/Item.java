package dk.nextwork.fidelity.instrument;

import dk.nextwork.fidelity.Text;
import java.util.Map;
import java.util.Optional;

/**
 * One item of the instrument, rated 1–5 against its anchors or marked 9 (cannot be assessed). {@code index} is its
 * position in the instrument, used to keep ratings in arrays.
 */
public record Item(
        String code, String sectionCode, int index, Text text, Text intent, Map<Integer, Text> anchors, DataRule rule) {

    public Item {
        anchors = Map.copyOf(anchors);
    }

    /** The rule that derives an implied rating from the period's key figures, where the item has one. */
    public Optional<DataRule> dataRule() {
        return Optional.ofNullable(rule);
    }
}
