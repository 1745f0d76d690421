package dk.nextwork.randomisation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A young person's pseudonymous study ID: {@code KKK-NNNNN-C}, the municipality's three-digit kommunekode, a five-digit
 * number the municipality gives out from its own key list, and a check character by ISO 7064 MOD 11-2 over the eight
 * digits (0–9 or X, the scheme ORCID and ISNI use). The check character catches every single mistyped digit and every
 * swap of two neighbouring digits. Who a study ID belongs to is known only to the municipality; the Hub never holds a
 * name or a CPR number, and refuses input shaped like one.
 */
public record StudyId(String kommunekode, String number, char check) {

    /** Why a typed study ID was not accepted. */
    public enum Refusal {
        /** Nothing typed. */
        EMPTY,
        /** Ten digits, as a CPR number is written (with or without the hyphen): CPR numbers never enter the Hub. */
        CPR_SHAPED,
        /** Not three digits, five digits and a check character. */
        FORMAT,
        /** The check character does not match the digits: a typing error. */
        CHECK_CHARACTER
    }

    /** A typed study ID, read: the ID or the reason it was refused. */
    public record Reading(Optional<StudyId> id, Optional<Refusal> refusal) {

        static Reading of(StudyId id) {
            return new Reading(Optional.of(id), Optional.empty());
        }

        static Reading refused(Refusal refusal) {
            return new Reading(Optional.empty(), Optional.of(refusal));
        }
    }

    private static final Pattern SEPARATORS = Pattern.compile("-");

    private static final Pattern DIGITS = Pattern.compile("[0-9]{8}[0-9X]");

    public StudyId {
        if (kommunekode == null || !kommunekode.matches("\\d{3}")) {
            throw new IllegalArgumentException("kommunekode must be three digits");
        }
        if (number == null || !number.matches("\\d{5}")) {
            throw new IllegalArgumentException("number must be five digits");
        }
        if (check != checkCharacter(kommunekode + number)) {
            throw new IllegalArgumentException("check character does not match");
        }
    }

    /** The study ID with its check character worked out (how a municipality makes its key list). */
    public static StudyId of(String kommunekode, int number) {
        String digits = kommunekode + String.format("%05d", number);
        return new StudyId(kommunekode, String.format("%05d", number), checkCharacter(digits));
    }

    /**
     * Reads a study ID as typed: spaces, hyphens and dots between the characters are ignored, a lower-case x is read as
     * X. Anything written like a CPR number ({@link CprNumbers}, in any spelling), or with ten digits in a row, is
     * refused as CPR-shaped before any other check.
     */
    public static Reading read(String typed) {
        if (typed == null || typed.isBlank()) {
            return Reading.refused(Refusal.EMPTY);
        }
        // Digits of any script as ASCII, spaces, dashes, slashes and dots as hyphens, invisible characters gone.
        String compact = SEPARATORS
                .matcher(CprNumbers.normalised(typed.strip()))
                .replaceAll("")
                .toUpperCase(java.util.Locale.ROOT);
        if (CprNumbers.appearIn(typed) || compact.matches(".*[0-9]{10}.*")) {
            return Reading.refused(Refusal.CPR_SHAPED);
        }
        if (!DIGITS.matcher(compact).matches()) {
            return Reading.refused(Refusal.FORMAT);
        }
        String digits = compact.substring(0, 8);
        if (compact.charAt(8) != checkCharacter(digits)) {
            return Reading.refused(Refusal.CHECK_CHARACTER);
        }
        return Reading.of(new StudyId(digits.substring(0, 3), digits.substring(3), compact.charAt(8)));
    }

    /** ISO 7064 MOD 11-2 over decimal digits: 0–9, or X for ten. */
    static char checkCharacter(String digits) {
        int total = 0;
        for (int i = 0; i < digits.length(); i++) {
            total = (total + Character.digit(digits.charAt(i), 10)) * 2 % 11;
        }
        int result = (12 - total % 11) % 11;
        return result == 10 ? 'X' : (char) ('0' + result);
    }

    /** The study ID as written everywhere: {@code 265-00017-0}. */
    @Override
    public String toString() {
        return kommunekode + "-" + number + "-" + check;
    }
}
