package dk.nextwork.hub.domain.model.municipality;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Names in Danish alphabetical order, the one rule for every list of municipalities the Hub sorts itself: æ, ø, å after
 * z, and aa read as å (Aabenraa after Ølstykke). The database sorts a municipality's name by the same rule (its column
 * has the collation {@code danish}, migration V16), so a list is in the same order whether SQL or Java sorted it.
 */
public final class DanishOrder {

    private static final Collator DANISH = Collator.getInstance(Locale.forLanguageTag("da-DK"));

    /** Compares names as a Danish dictionary does. */
    public static final Comparator<String> NAMES = DANISH::compare;

    private DanishOrder() {}
}
