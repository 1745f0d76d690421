package dk.nextwork.fidelity;

import java.util.Arrays;
import java.util.List;

/**
 * Input that the scoring cannot accept: a rating outside 1–5 and 9, an unknown item code, a negative or impossibly
 * large key figure. It names the field, so that a form or an API can point at it, and the problem by a key (such as
 * {@code keyFigure.negative}) with arguments, so that the Hub can say it in the user's language.
 */
public class FidelityInputException extends IllegalArgumentException {

    private final String field;
    private final String key;
    private final transient List<Object> args;

    /**
     * @param reason the problem in English, for logs and tests
     */
    public FidelityInputException(String field, String key, String reason, Object... args) {
        super(field + ": " + reason);
        this.field = field;
        this.key = key;
        this.args = Arrays.asList(args);
    }

    /** The field at fault, e.g. {@code ratings.AI1} or {@code keyFigures.enrolledYouth}. */
    public String field() {
        return field;
    }

    /** The kind of problem, e.g. {@code keyFigure.negative}. */
    public String key() {
        return key;
    }

    /** The problem's arguments, such as the largest value allowed. */
    public List<Object> args() {
        return args;
    }

    /** The message without the field name. */
    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
