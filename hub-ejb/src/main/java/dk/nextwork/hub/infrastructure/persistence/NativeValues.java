package dk.nextwork.hub.infrastructure.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Dates and times of native query rows, as the driver hands them over, in the types the Hub uses. */
final class NativeValues {

    private NativeValues() {}

    /** A TIMESTAMPTZ (or its text) as an instant; null stays null. */
    static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        } else if (value instanceof Timestamp t) {
            return t.toInstant();
        } else if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        } else if (value instanceof String s) {
            return Instant.parse(s);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    /** A DATE as a local date; null stays null. */
    static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** A NUMERIC (or a double, as percentile_cont gives) as a decimal; null stays null. */
    static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
