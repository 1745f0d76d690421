package dk.nextwork.randomisation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The job centre's category of the young person (visitationskategori), the second stratification factor beside the
 * municipality: the two categories differ in how close the young person is to education, so each gets its own list.
 */
public enum Category {
    /** Uddannelsesparat: ready to start an education within about a year. */
    UDDANNELSESPARAT("uddannelsesparat"),
    /** Aktivitetsparat: needs more support first. */
    AKTIVITETSPARAT("aktivitetsparat");

    private final String code;

    Category(String code) {
        this.code = code;
    }

    /** The category in addresses, JSON and exports. */
    public String code() {
        return code;
    }

    public static Optional<Category> byCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
