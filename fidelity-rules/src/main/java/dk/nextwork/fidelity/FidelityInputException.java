package dk.nextwork.fidelity;

/**
 * Input that the scoring cannot accept: a rating outside 1–5 and 9, an unknown item code, a negative key figure. It
 * names the field so that a form or an API can point at it.
 */
public class FidelityInputException extends IllegalArgumentException {

    private final String field;

    public FidelityInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The field at fault, e.g. {@code ratings.AI1} or {@code keyFigures.enrolledYouth}. */
    public String field() {
        return field;
    }

    /** The message without the field name. */
    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
