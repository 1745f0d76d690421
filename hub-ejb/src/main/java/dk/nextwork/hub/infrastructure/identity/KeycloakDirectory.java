package dk.nextwork.hub.infrastructure.identity;

import dk.nextwork.hub.application.Role;
import dk.nextwork.hub.application.UnavailableException;
import dk.nextwork.hub.application.municipality.PeopleDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@link PeopleDirectory} by Keycloak's admin REST API: the users of a realm role, and the members of a municipality's
 * group; users must hold the role directly (not through a group's role or a composite role). Read a page at a time,
 * as the service account ({@code view-users}, {@code query-groups}; {@code view-realm} for the users of a role).
 */
@ApplicationScoped
public class KeycloakDirectory implements PeopleDirectory {

    private static final int PAGE = 200;
    /**
     * How long a token, a role's users and a group's id are used again: the sender resolves many events in one run
     * (a period opened tells every municipality's lead), and each would otherwise ask Keycloak the same things.
     */
    private static final Duration FRESH = Duration.ofSeconds(20);

    @Inject
    KeycloakAdminClient keycloak;

    private record Kept<T>(T value, Instant until) {}

    private final ConcurrentMap<String, Kept<?>> kept = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    private <T> T kept(String key, Supplier<T> fetch) {
        Instant now = Instant.now();
        Kept<?> found = kept.get(key);
        if (found != null && found.until().isAfter(now)) {
            return (T) found.value();
        }
        T value = fetch.get();
        kept.put(key, new Kept<>(value, now.plus(FRESH)));
        return value;
    }

    private String token() {
        return kept("token", keycloak::token);
    }

    private List<Person> roleUsers(String token, Role role) {
        return kept(
                "role:" + role.roleName(),
                () -> people(token, "/roles/" + role.roleName() + "/users?briefRepresentation=false", role));
    }

    @Override
    public List<Person> withRole(Role role) {
        try {
            return roleUsers(token(), role);
        } catch (UnavailableException e) {
            throw new UnavailableException("unavailable.keycloak.directory");
        }
    }

    /** A municipality without a group in Keycloak has nobody to tell. */
    @Override
    public List<Person> withRole(Role role, String municipality) {
        try {
            String token = token();
            Optional<String> group = kept("group:" + municipality, () -> keycloak.findGroupId(token, municipality));
            if (group.isEmpty()) {
                return List.of();
            }
            Set<String> members =
                    people(token, "/groups/" + group.get() + "/members?briefRepresentation=false", role).stream()
                            .map(Person::username)
                            .collect(Collectors.toSet());
            return roleUsers(token, role).stream()
                    .filter(p -> members.contains(p.username()))
                    .toList();
        } catch (UnavailableException e) {
            throw new UnavailableException("unavailable.keycloak.directory");
        }
    }

    private List<Person> people(String token, String path, Role role) {
        List<Person> people = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            HttpResponse<String> answer = keycloak.send(token, "GET", path + "&first=" + first + "&max=" + PAGE, null);
            if (answer.statusCode() != 200) {
                throw KeycloakAdminClient.refused("list " + path, answer);
            }
            List<JsonValue> page = KeycloakAdminClient.read(answer.body()).asJsonArray();
            for (JsonValue value : page) {
                JsonObject user = value.asJsonObject();
                if (user.getBoolean("enabled", true)) {
                    people.add(new Person(user.getString("username"), user.getString("email", null), role));
                }
            }
            if (page.size() < PAGE) {
                return people;
            }
        }
    }
}
