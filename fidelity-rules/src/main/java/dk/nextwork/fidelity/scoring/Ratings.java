package dk.nextwork.fidelity.scoring;

import dk.nextwork.fidelity.FidelityInputException;
import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.Item;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The ratings of one assessment under one instrument version: 1–5 per item, or 9 when the item cannot be assessed. An
 * item not yet rated has no rating. Unknown codes and impossible ratings are refused when the ratings are built.
 */
public final class Ratings {

    public static final int CANNOT_BE_ASSESSED = 9;

    /** Whether a rating counts in a score: 1–5; 9 (cannot be assessed) and anything else do not. */
    public static boolean isScore(int rating) {
        return rating >= 1 && rating <= 5;
    }

    private static final byte NOT_RATED = 0;

    private final Instrument instrument;
    private final byte[] values;

    private Ratings(Instrument instrument, byte[] values) {
        this.instrument = instrument;
        this.values = values;
    }

    public static Builder of(Instrument instrument) {
        return new Builder(instrument);
    }

    /** Ratings from a map of item code to rating, as a form or the API sends them. */
    public static Ratings of(Instrument instrument, Map<String, Integer> ratings) {
        Builder builder = of(instrument);
        ratings.forEach((code, rating) -> {
            if (rating != null) {
                builder.rate(code, rating);
            }
        });
        return builder.build();
    }

    public Instrument instrument() {
        return instrument;
    }

    /** The rating of an item (1–5 or 9), or empty if it is not rated yet. */
    public OptionalInt rating(String code) {
        Item item = known(instrument, code);
        return rating(item.index());
    }

    OptionalInt rating(int index) {
        return values[index] == NOT_RATED ? OptionalInt.empty() : OptionalInt.of(values[index]);
    }

    int raw(int index) {
        return values[index];
    }

    /** The ratings given, by item code in instrument order. */
    public Map<String, Integer> asMap() {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (Item item : instrument.items()) {
            if (values[item.index()] != NOT_RATED) {
                map.put(item.code(), (int) values[item.index()]);
            }
        }
        return map;
    }

    public boolean isComplete() {
        for (byte value : values) {
            if (value == NOT_RATED) {
                return false;
            }
        }
        return true;
    }

    static Item known(Instrument instrument, String code) {
        return instrument
                .item(code)
                .orElseThrow(() -> new FidelityInputException(
                        "ratings." + code,
                        "rating.unknownItem",
                        "unknown item code for instrument " + instrument.key(),
                        code,
                        instrument.key()));
    }

    /** Collects ratings, refusing what the instrument does not allow. */
    public static final class Builder {
        private final Instrument instrument;
        private final byte[] values;

        private Builder(Instrument instrument) {
            this.instrument = Objects.requireNonNull(instrument, "instrument");
            this.values = new byte[instrument.items().size()];
        }

        public Builder rate(String code, int rating) {
            Item item = known(instrument, code);
            if (!isScore(rating) && rating != CANNOT_BE_ASSESSED) {
                throw new FidelityInputException(
                        "ratings." + code,
                        "rating.range",
                        "must be 1–5, or 9 (cannot be assessed); was " + rating,
                        rating);
            }
            values[item.index()] = (byte) rating;
            return this;
        }

        public Builder clear(String code) {
            values[known(instrument, code).index()] = NOT_RATED;
            return this;
        }

        public Ratings build() {
            return new Ratings(instrument, values.clone());
        }
    }
}
