package dk.nextwork.hub.domain.model.notification;

import dk.nextwork.hub.domain.model.notification.NotificationKind.Mode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outbox and what users chose, in the database. */
public interface NotificationStore {

    /** An event waiting for its deliveries. */
    record Event(long id, NotificationKind kind, String municipality, String link, List<String> args, Instant at) {}

    /** A delivery to make for an event: one person, how and in which language. */
    record NewDelivery(String username, String email, String language, Mode mode, Instant nextAttempt) {}

    /** A mail due to be sent, with its event. */
    record Due(
            long id,
            String username,
            String email,
            String language,
            Mode mode,
            int attempts,
            NotificationKind kind,
            String link,
            List<String> args,
            Instant at) {}

    /**
     * A notification as its recipient sees it in the Hub.
     *
     * @param done its task is done (by anyone): it asks nothing of the recipient any more
     */
    record Received(
            long id, NotificationKind kind, String link, List<String> args, Instant at, boolean read, boolean done) {}

    /** An agreed action still open or in progress, for the reminders. */
    record OpenAction(long id, String municipality, String municipalityName, String title, LocalDate dueOn) {}

    /** An active municipality without a submitted report for an open period whose last day is near. */
    record MissingReport(String municipality, String municipalityName, String period, LocalDate deadline) {}

    /**
     * Records an event unless one with the same key exists, in the caller's transaction.
     *
     * @param municipality the municipality's slug, or null for none
     * @param task the work it asks for (closed by {@link #done}), or null for news that asks for nothing
     * @return whether it was recorded (false: the same event is there already)
     */
    boolean record(
            NotificationKind kind,
            String municipality,
            String link,
            List<String> args,
            String key,
            String task,
            Instant at);

    /**
     * Closes every event of the task recorded so far, for everyone it went to, in the caller's transaction (an event
     * closed already keeps its time).
     */
    void done(String task, Instant at);

    /** The ids of events whose recipients are not resolved yet and are due to be tried, oldest first. */
    List<Long> unexpanded(Instant now, int max);

    /** The event, if it still waits for its recipients, locked for this transaction (others skip it). */
    Optional<Event> lockUnexpanded(long event);

    /** Counts a failed attempt to resolve the event's recipients and sets the next after a back-off. */
    void expandFailed(long event, Instant now, Duration first, Duration most);

    /** Saves an event's deliveries (one per person; a person already there is skipped) and marks it expanded. */
    void expand(long event, List<NewDelivery> deliveries, Instant at);

    /** Mails due by now, oldest first, locked for this transaction (others skip them). */
    List<Due> due(Instant now, int max);

    /** A user's weekly-digest mails due by now, oldest first, locked for this transaction. */
    List<Due> dueDigest(String username, Instant now);

    void sent(Collection<Long> deliveries, Instant at);

    /** Gives up mails the SMTP server refused for good (a bad address): they are not tried again. */
    void givenUp(Collection<Long> deliveries, Instant at);

    /** Counts a failed attempt and sets the next after a back-off doubling from {@code first} up to {@code most}. */
    void failed(Collection<Long> deliveries, Instant now, Duration first, Duration most);

    /**
     * The user's newest notifications, newest first, and how many of all their notifications are unread and still
     * open ({@link #unread}), read together.
     */
    Latest latest(String username, int max);

    /** A user's newest notifications and the count of all their unread and open ones. */
    record Latest(List<Received> received, long unread) {}

    /** How many of the user's notifications are unread and still open (a done one asks for nothing). */
    long unread(String username);

    void markRead(String username, Instant at);

    /**
     * Marks one of the user's notifications read.
     *
     * @return the page it is about, or empty if the user has no such notification
     */
    Optional<String> open(String username, long delivery, Instant at);

    Optional<String> language(String username);

    void language(String username, String language, Instant at);

    /** The kinds the user chose a mode for (the others are {@link NotificationKind#DEFAULT}). */
    Map<NotificationKind, Mode> preferences(String username);

    /** The choices of many users at once, by username. */
    Map<String, Map<NotificationKind, Mode>> preferences(Collection<String> usernames);

    void preferences(String username, Map<NotificationKind, Mode> modes);

    /** Agreed actions open or in progress that are due on or before {@code until}. */
    List<OpenAction> openActionsDueBy(LocalDate until);

    /**
     * For each of these periods (by code; the reminders choose them, {@link
     * dk.nextwork.hub.domain.model.period.ReportingPeriod#isDeadlineNear}), the active municipalities without a
     * submitted or approved report, by period and municipality.
     */
    List<MissingReport> missingReports(Collection<String> periods);
}
