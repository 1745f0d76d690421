package dk.nextwork.hub.application.notification;

import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.application.Link;
import dk.nextwork.hub.application.Notifications;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Works the outbox, each step in a transaction of its own: resolves the recipients of new events, sends the mails that
 * are due (a weekly digest as one mail), and records the day's reminders. Called by the schedule; a mail is marked
 * sent in the transaction that sends it, so it goes once, and one the SMTP server did not take waits with a back-off.
 */
@Stateless
public class NotificationSender {

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(NotificationSender.class.getName());

    /** Where a digest waits for: Monday morning, Danish time. */
    private static final LocalTime DIGEST_TIME = LocalTime.of(7, 0);

    private static final Set<Role> MUNICIPAL = Set.of(Role.MUNICIPAL_LEAD, Role.CONSULTANT, Role.CASEWORKER);

    /** How far ahead an action's due date is reminded of, and a period's deadline. */
    static final int ACTION_DAYS = 7;

    static final int DEADLINE_DAYS = 14;

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
    Notifications notifications;

    @Inject
    Link.Addresses addresses;

    @Inject
    Clock clock;

    @Inject
    dk.nextwork.hub.application.onboarding.OnboardingService onboarding;

    /** The Hub itself, reading the onboarding cohort as the network admin does. */
    private static final dk.nextwork.hub.application.Caller HUB =
            dk.nextwork.hub.application.Caller.of("hub", null, Role.NETWORK_ADMIN);

    /** The Hub's own address, for the links in mails. */
    @Inject
    @ConfigProperty(name = "hub.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

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
        List<Due> mails = first.mode() == Mode.WEEKLY ? store.dueDigest(first.username(), now) : due;
        List<Long> ids = mails.stream().map(Due::id).toList();
        try {
            mail.send(first.mode() == Mode.WEEKLY ? digest(mails) : single(first));
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
     * Records the reminders of a day: actions due within {@value #ACTION_DAYS} days or overdue, and periods whose
     * deadline is within {@value #DEADLINE_DAYS} days for municipalities that have not submitted, and onboarding stages
     * past their expected duration. Each is recorded once however often the day is worked out.
     *
     * @return how many new reminders were recorded
     */
    public int remind(LocalDate today) {
        int recorded = 0;
        for (var action : store.openActionsDueBy(today.plusDays(ACTION_DAYS))) {
            NotificationKind kind =
                    action.dueOn().isBefore(today) ? NotificationKind.ACTION_OVERDUE : NotificationKind.ACTION_DUE_SOON;
            // Keyed by the due date too: an action given a new date is reminded of again.
            if (notifications.task(
                    kind,
                    action.municipality(),
                    Link.supervision(action.municipality()),
                    action.id() + ":" + action.dueOn(),
                    Notifications.action(action.id()),
                    action.municipalityName(),
                    action.title(),
                    action.dueOn().toString())) {
                recorded++;
            }
        }
        for (var missing : store.missingReports(today, today.plusDays(DEADLINE_DAYS))) {
            if (notifications.task(
                    NotificationKind.PERIOD_DEADLINE_NEAR,
                    missing.municipality(),
                    Link.assessments(),
                    missing.period() + ":" + missing.municipality(),
                    Notifications.submit(missing.municipality(), missing.period()),
                    missing.municipalityName(),
                    missing.period(),
                    missing.deadline().toString())) {
                recorded++;
            }
        }
        for (var joining : onboarding.cohort(HUB)) {
            for (var stage : joining.overdueStages()) {
                if (stage.isComplete()) {
                    continue; // done, if late: nothing to ask for any more
                }
                // The stage's code: the notification names it in its reader's language when shown or mailed.
                if (notifications.task(
                        NotificationKind.ONBOARDING_STAGE_OVERDUE,
                        joining.municipality(),
                        Link.onboarding(joining.municipality()),
                        joining.municipality() + ":" + stage.code(),
                        Notifications.onboarding(joining.municipality(), stage.code()),
                        joining.name(),
                        stage.code())) {
                    recorded++;
                }
            }
        }
        return recorded;
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

    /**
     * The recipient's language as they chose it last (it may have changed since the delivery was made, as a weekly
     * digest waits), else the language of the delivery.
     */
    private String language(Due due) {
        return store.language(due.username()).orElse(due.language());
    }

    private MailTransport.Mail single(Due due) {
        NotificationTexts texts = NotificationTexts.in(language(due));
        String body = texts.text("mail.greeting") + "\n\n"
                + texts.text(due.kind(), due.args()) + "\n\n"
                + texts.linkLabel(due.kind()) + ": " + baseUrl + due.link() + "\n\n"
                + footer(texts, texts.why(due.kind(), due.args()));
        return new MailTransport.Mail(
                "<delivery-" + due.id() + "@nextwork-hub>", due.email(), texts.subject(due.kind(), due.args()), body);
    }

    private MailTransport.Mail digest(List<Due> items) {
        Due first = items.get(0);
        NotificationTexts texts = NotificationTexts.in(language(first));
        StringBuilder body = new StringBuilder()
                .append(texts.text("mail.greeting"))
                .append("\n\n")
                .append(texts.text("digest.intro"))
                .append("\n\n");
        for (Due item : items) {
            body.append("- ")
                    .append(texts.text(item.kind(), item.args()))
                    .append("\n  ")
                    .append(texts.linkLabel(item.kind()))
                    .append(": ")
                    .append(baseUrl)
                    .append(item.link())
                    .append("\n\n");
        }
        body.append(footer(texts, texts.text("digest.why")));
        return new MailTransport.Mail(
                "<digest-" + first.id() + "@nextwork-hub>",
                first.email(),
                texts.text("digest.subject", items.size()),
                body.toString());
    }

    private String footer(NotificationTexts texts, String why) {
        return "-- \n" + texts.text("mail.footer.why", why) + "\n"
                + texts.text("mail.footer.change", baseUrl + addresses.of(Link.notifications())) + "\n"
                + texts.text("mail.footer.reply") + "\n";
    }
}
