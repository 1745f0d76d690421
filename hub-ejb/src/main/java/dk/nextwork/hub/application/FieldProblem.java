package dk.nextwork.hub.application;

/**
 * One field of a request that cannot be accepted, and why: the field as the API names it ({@code keyFigures.enrolledYouth},
 * {@code actions[0].dueOn}) and a message by key.
 */
public record FieldProblem(String field, Message message) {

    public static FieldProblem of(String field, String key, Object... args) {
        return new FieldProblem(field, Message.of(key, args));
    }
}
