package dk.nextwork.hub.domain.model.notification;

import dk.nextwork.hub.domain.model.notification.NotificationKind.Mode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox in memory, for plain tests of the rules that fill and empty it: what is recorded, expanded, sent, given
 * up and retried is kept in lists the tests read; the rows due are the ones a test puts there. The SQL (locking,
 * the back-off's arithmetic) is the database's and is tested against PostgreSQL.
 */
public class InMemoryNotificationStore implements NotificationStore {

    /** An event recorded, with the key that makes it the same event and the task it asks for. */
    public record Recorded(
            long id,
            NotificationKind kind,
            String municipality,
            String link,
            List<String> args,
            String key,
            String task,
            Instant at) {}

    /** A call to {@link #failed} or {@link #expandFailed}. */
    public record Failure(List<Long> ids, Instant now, Duration first, Duration most) {}

    public final Map<String, Recorded> recorded = new LinkedHashMap<>();
    public final List<String> doneTasks = new ArrayList<>();
    public final Map<Long, Event> unexpanded = new LinkedHashMap<>();
    public final Map<Long, List<NewDelivery>> expanded = new LinkedHashMap<>();
    public final List<Failure> expandFailures = new ArrayList<>();
    public final List<Due> due = new ArrayList<>();
    public final List<Long> sent = new ArrayList<>();
    public final List<Long> givenUp = new ArrayList<>();
    public final List<Failure> failures = new ArrayList<>();
    public final Map<String, String> languages = new HashMap<>();
    public final Map<String, Map<NotificationKind, Mode>> preferences = new HashMap<>();
    public final List<OpenAction> openActions = new ArrayList<>();
    public final List<MissingReport> missingReports = new ArrayList<>();

    @Override
    public boolean record(
            NotificationKind kind,
            String municipality,
            String link,
            List<String> args,
            String key,
            String task,
            Instant at) {
        if (recorded.containsKey(key)) {
            return false;
        }
        recorded.put(
                key, new Recorded(recorded.size() + 1L, kind, municipality, link, List.copyOf(args), key, task, at));
        return true;
    }

    /** The events recorded, in the order they were. */
    public List<Recorded> events() {
        return List.copyOf(recorded.values());
    }

    @Override
    public void done(String task, Instant at) {
        doneTasks.add(task);
    }

    @Override
    public List<Long> unexpanded(Instant now, int max) {
        return unexpanded.keySet().stream().limit(max).toList();
    }

    @Override
    public Optional<Event> lockUnexpanded(long event) {
        return Optional.ofNullable(unexpanded.get(event));
    }

    @Override
    public void expandFailed(long event, Instant now, Duration first, Duration most) {
        expandFailures.add(new Failure(List.of(event), now, first, most));
    }

    @Override
    public void expand(long event, List<NewDelivery> deliveries, Instant at) {
        unexpanded.remove(event);
        expanded.put(event, List.copyOf(deliveries));
    }

    private boolean open(Due d) {
        return !sent.contains(d.id()) && !givenUp.contains(d.id());
    }

    @Override
    public List<Due> due(Instant now, int max) {
        return due.stream().filter(this::open).limit(max).toList();
    }

    @Override
    public List<Due> dueDigest(String username, Instant now) {
        return due.stream()
                .filter(this::open)
                .filter(d -> d.username().equals(username) && d.mode() == Mode.WEEKLY)
                .toList();
    }

    @Override
    public void sent(Collection<Long> deliveries, Instant at) {
        sent.addAll(deliveries);
    }

    @Override
    public void givenUp(Collection<Long> deliveries, Instant at) {
        givenUp.addAll(deliveries);
    }

    @Override
    public void failed(Collection<Long> deliveries, Instant now, Duration first, Duration most) {
        failures.add(new Failure(List.copyOf(deliveries), now, first, most));
    }

    @Override
    public Latest latest(String username, int max) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long unread(String username) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void markRead(String username, Instant at) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<String> open(String username, long delivery, Instant at) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<String> language(String username) {
        return Optional.ofNullable(languages.get(username));
    }

    @Override
    public void language(String username, String language, Instant at) {
        languages.put(username, language);
    }

    @Override
    public Map<NotificationKind, Mode> preferences(String username) {
        return preferences.getOrDefault(username, Map.of());
    }

    @Override
    public Map<String, Map<NotificationKind, Mode>> preferences(Collection<String> usernames) {
        Map<String, Map<NotificationKind, Mode>> chosen = new HashMap<>();
        usernames.stream().filter(preferences::containsKey).forEach(u -> chosen.put(u, preferences.get(u)));
        return chosen;
    }

    @Override
    public void preferences(String username, Map<NotificationKind, Mode> modes) {
        preferences.put(username, Map.copyOf(modes));
    }

    @Override
    public List<OpenAction> openActionsDueBy(LocalDate until) {
        return openActions.stream().filter(a -> !a.dueOn().isAfter(until)).toList();
    }

    @Override
    public List<MissingReport> missingReports(Collection<String> periods) {
        return missingReports.stream().filter(m -> periods.contains(m.period())).toList();
    }
}
