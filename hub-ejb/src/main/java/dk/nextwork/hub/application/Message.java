package dk.nextwork.hub.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Something to tell a user, by key and arguments; the words come from the Danish or English message bundle at the
 * edge (the page's language, or the API's {@code Accept-Language}). An argument may itself be a message, or a list
 * of them.
 */
public record Message(String key, List<Object> args) {

    public Message {
        // Unmodifiable, and an argument may be null (a value the caller did not send): it is shown as empty.
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** The key and arguments, for logs (never shown to a user). */
    @Override
    public String toString() {
        return args.isEmpty()
                ? key
                : key + args.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }
}
