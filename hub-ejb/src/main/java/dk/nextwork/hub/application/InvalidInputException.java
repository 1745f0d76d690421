package dk.nextwork.hub.application;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be accepted; names every field at fault. Nothing was saved. */
@ApplicationException(rollback = true)
public class InvalidInputException extends HubException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(Message.of(
                "problem.invalid",
                problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; "))));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String key, Object... args) {
        this(List.of(FieldProblem.of(field, key, args)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** Throws if any problems were found: every field is checked before this is called. */
    public static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
