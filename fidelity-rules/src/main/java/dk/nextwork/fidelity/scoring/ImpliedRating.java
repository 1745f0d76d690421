package dk.nextwork.fidelity.scoring;

import dk.nextwork.fidelity.instrument.DataRule;
import dk.nextwork.fidelity.instrument.Item;

/** The rating an item's data rule implies from the key figures, beside the self-rating. */
public record ImpliedRating(Item item, DataRule.Implied implied) {

    public String itemCode() {
        return item.code();
    }
}
