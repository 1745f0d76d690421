package dk.nextwork.hub.application;

/** One field of a request that cannot be accepted, and why. */
public record FieldProblem(String field, String message) {}
