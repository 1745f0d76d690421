package dk.nextwork.hub.application.notification;

import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.application.Role;
import dk.nextwork.hub.application.UnavailableException;
import dk.nextwork.hub.application.municipality.PeopleDirectory;
import dk.nextwork.hub.application.municipality.PeopleDirectory.Person;
import dk.nextwork.hub.domain.model.notification.NotificationKind;
import dk.nextwork.hub.domain.model.notification.NotificationKind.Mode;
import dk.nextwork.hub.domain.model.notification.NotificationStore;
import dk.nextwork.hub.domain.model.notification.NotificationStore.Due;
import dk.nextwork.hub.domain.model.notification.NotificationStore.Event;
import dk.nextwork.hub.domain.model.notification.NotificationStore.NewDelivery;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Works the outbox, each step in a transaction of its own: resolves the recipients of new events, sends the mails that
 * are due (a weekly digest as one mail), and records the day's reminders. Called by the schedule; a mail is marked
 * sent in the transaction that sends it, so it goes once, and one the SMTP server did not take waits with a back-off.
 */
@Stateless
public class NotificationSender {

    private static final Logger LOG = Logger.getLogger(NotificationSender.class.getName());

    /** Where a digest waits for: Monday morning, Danish time. */
    private static final LocalTime DIGEST_TIME = LocalTime.of(7, 0);

    private static final Set<Role> MUNICIPAL = Set.of(Role.MUNICIPAL_LEAD, Role.CONSULTANT, Role.CASEWORKER);

    /** What a step did. */
    public enum Outcome {
        /** Nothing was due. */
        NONE,
        SENT,
        /** Refused for good: not tried again. */
        GIVEN_UP,
        /** The server does not take mail now: everything due waits. */
        FAILED
    }

    @Inject
    NotificationStore store;

    @Inject
    PeopleDirectory people;

    @Inject
    MailTransport mail;

    @Inject
    NotificationMails mails;

    @Inject
    Reminders reminders;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "hub.mail.retry-first-seconds", defaultValue = "60")
    long retryFirst;

    @Inject
    @ConfigProperty(name = "hub.mail.retry-most-seconds", defaultValue = "3600")
    long retryMost;

    /** The events due to have their recipients resolved, oldest first (at most {@code max}). */
    public List<Long> unexpanded(int max) {
        return store.unexpanded(Instant.now(clock), max);
    }

    /**
     * Resolves one event's recipients: who holds the kind's roles (a municipal role in the event's own municipality
     * only), and how each wants it. Does nothing if another run has it or has done it.
     *
     * @throws UnavailableException when Keycloak does not answer or refuses (the event waits, see {@link
     *     #expandFailed})
     */
    public void expand(long id) {
        Instant now = Instant.now(clock);
        Optional<Event> found = store.lockUnexpanded(id);
        if (found.isEmpty()) {
            return;
        }
        Event event = found.get();
        Map<String, Person> recipients = new LinkedHashMap<>();
        for (Role role : Audience.of(event.kind())) {
            List<Person> people = MUNICIPAL.contains(role)
                    ? (event.municipality() == null ? List.of() : this.people.withRole(role, event.municipality()))
                    : this.people.withRole(role);
            people.forEach(p -> recipients.putIfAbsent(p.username(), p));
        }
        Map<String, Map<NotificationKind, Mode>> chosen = store.preferences(recipients.keySet());
        List<NewDelivery> deliveries = new ArrayList<>();
        for (Person person : recipients.values()) {
            Mode mode = mode(event.kind(), chosen.get(person.username()));
            Instant next = person.email() == null || person.email().isBlank()
                    ? null
                    : switch (mode) {
                        case IMMEDIATE -> now;
                        case WEEKLY -> nextDigest(now);
                        case OFF -> null;
                    };
            deliveries.add(new NewDelivery(
                    person.username(),
                    person.email(),
                    store.language(person.username()).orElse("da"),
                    mode,
                    next));
        }
        store.expand(event.id(), deliveries, now);
    }

    /** The event's recipients could not be resolved: it is tried again after a back-off, the others meanwhile. */
    public void expandFailed(long id) {
        store.expandFailed(id, Instant.now(clock), Duration.ofSeconds(retryFirst), Duration.ofSeconds(retryMost));
    }

    /** Sends the oldest due mail, or the whole weekly digest it belongs to. */
    public Outcome sendNext() {
        Instant now = Instant.now(clock);
        List<Due> due = store.due(now, 1);
        if (due.isEmpty()) {
            return Outcome.NONE;
        }
        Due first = due.get(0);
        List<Due> going = first.mode() == Mode.WEEKLY ? store.dueDigest(first.username(), now) : due;
        List<Long> ids = going.stream().map(Due::id).toList();
        try {
            mail.send(first.mode() == Mode.WEEKLY ? mails.digest(going) : mails.single(first));
        } catch (UnavailableException e) {
            return waitForServer(ids, now);
        } catch (RuntimeException e) {
            // Refused for good (a bad address), or the mail could not be written: given up, so that it holds up no
            // other mail.
            LOG.warning(() -> "Mail " + ids + " to " + first.username() + " given up: " + e);
            store.givenUp(ids, now);
            return Outcome.GIVEN_UP;
        }
        store.sent(ids, now);
        return Outcome.SENT;
    }

    /**
     * The server does not take mail now: every mail due waits, each with its own back-off, so that none is starved by
     * the ones tried before it.
     */
    private Outcome waitForServer(List<Long> ids, Instant now) {
        List<Long> waiting = new ArrayList<>(ids);
        store.due(now, 1000).stream()
                .map(Due::id)
                .filter(id -> !ids.contains(id))
                .forEach(waiting::add);
        store.failed(waiting, now, Duration.ofSeconds(retryFirst), Duration.ofSeconds(retryMost));
        return Outcome.FAILED;
    }

    /**
     * Records the reminders of a day ({@link Reminders}); each is recorded once however often the day is worked out.
     *
     * @return how many new reminders were recorded
     */
    public int remind(LocalDate today) {
        return reminders.remind(today);
    }

    /** A must-act kind is never off: it comes straight away instead. */
    static Mode mode(NotificationKind kind, Map<NotificationKind, Mode> chosen) {
        Mode mode = chosen == null ? NotificationKind.DEFAULT : chosen.getOrDefault(kind, NotificationKind.DEFAULT);
        return mode == Mode.OFF && kind.mustAct() ? Mode.IMMEDIATE : mode;
    }

    /** The next Monday at 07:00 Danish time after {@code now}. */
    static Instant nextDigest(Instant now) {
        ZonedDateTime local = now.atZone(DanishTime.ZONE);
        ZonedDateTime monday =
                local.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).with(DIGEST_TIME);
        if (!monday.isAfter(local)) {
            monday = monday.plusWeeks(1);
        }
        return monday.toInstant();
    }
}
