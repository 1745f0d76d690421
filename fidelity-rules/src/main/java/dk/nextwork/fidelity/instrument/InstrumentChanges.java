package dk.nextwork.fidelity.instrument;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What changes, item by item, when new reports move from one instrument version to another: the items the new version
 * adds, the ones it drops, and the ones it words or rates differently. Worked out from the two versions' data, so a new
 * version's changes are never written down by hand anywhere else.
 *
 * @param added items of the new version the old one lacks, in the new version's order
 * @param removed items of the old version the new one lacks, in the old version's order
 * @param reworded items of both whose text differs, as the new version has them
 * @param otherwiseChanged items of both with the same text whose intent, anchors, data rule or section differ, as the
 *     new version has them
 */
public record InstrumentChanges(
        List<Item> added, List<Item> removed, List<Item> reworded, List<Item> otherwiseChanged) {

    public InstrumentChanges {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        reworded = List.copyOf(reworded);
        otherwiseChanged = List.copyOf(otherwiseChanged);
    }

    /** The changes from {@code from} (the version in use) to {@code to} (the version to switch to). */
    public static InstrumentChanges between(Instrument from, Instrument to) {
        Objects.requireNonNull(from, "from is required");
        Objects.requireNonNull(to, "to is required");
        List<Item> added =
                to.items().stream().filter(i -> from.item(i.code()).isEmpty()).toList();
        List<Item> removed =
                from.items().stream().filter(i -> to.item(i.code()).isEmpty()).toList();
        List<Item> reworded = to.items().stream()
                .filter(i -> before(from, i)
                        .filter(old -> !old.text().equals(i.text()))
                        .isPresent())
                .toList();
        List<Item> otherwiseChanged = to.items().stream()
                .filter(i -> before(from, i)
                        .filter(old -> old.text().equals(i.text()) && !sameRules(old, i))
                        .isPresent())
                .toList();
        return new InstrumentChanges(added, removed, reworded, otherwiseChanged);
    }

    /** True if the two versions have the same items with the same words and rules. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && reworded.isEmpty() && otherwiseChanged.isEmpty();
    }

    private static Optional<Item> before(Instrument from, Item item) {
        return from.item(item.code());
    }

    /** Everything but the text and the position: an item moved by an insertion before it is not changed. */
    private static boolean sameRules(Item a, Item b) {
        return a.sectionCode().equals(b.sectionCode())
                && a.intent().equals(b.intent())
                && a.anchors().equals(b.anchors())
                && Objects.equals(a.rule(), b.rule());
    }
}
