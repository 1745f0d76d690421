package dk.nextwork.hub.application.notification;

import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.Role;
import dk.nextwork.hub.application.UnavailableException;
import dk.nextwork.hub.domain.model.notification.NotificationKind;
import dk.nextwork.hub.domain.model.notification.NotificationKind.Mode;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the Hub has told a user, what they chose to be told and how, and (for the admin) who gets what. */
public interface NotificationService {

    /** The most notifications a user's list shows. */
    int LIST_SIZE = 50;

    /**
     * A notification as its recipient reads it in the Hub, in their language.
     *
     * @param done what it asked for is done (by anyone it went to): it asks nothing more and does not count as unread
     */
    record Item(long id, NotificationKind kind, String text, String link, Instant at, boolean read, boolean done) {}

    /** The user's latest notifications, newest first, and how many of all are unread. */
    record Inbox(List<Item> items, long unread) {}

    /**
     * A user's choices: the language of pages and mails, and a mode for each kind they receive.
     *
     * @param kinds the kinds the user's roles receive, in the order of {@link NotificationKind}
     */
    record Settings(String language, Map<NotificationKind, Mode> modes, List<NotificationKind> kinds) {}

    /** Someone who would receive notifications, with their role and their mode for each kind they receive. */
    record Recipient(String username, Role role, Map<NotificationKind, Mode> modes) {}

    /** The caller's notifications in the language they chose last (the API's, which has no page language). */
    Inbox inbox(@NotNull Caller caller);

    /**
     * The caller's notifications in a page's language ({@code da} or {@code en}): the words are put together when they
     * are shown, so a Danish page shows them in Danish whatever the caller chose before.
     */
    Inbox inbox(@NotNull Caller caller, String language);

    /** How many of the caller's notifications are unread and not done. */
    long unread(@NotNull Caller caller);

    /** Marks every notification of the caller's read. */
    void markRead(@NotNull Caller caller);

    /**
     * Opens one of the caller's notifications: marks it read.
     *
     * @return the page it is about, below the Hub's address; empty if the caller has no such notification
     */
    Optional<String> open(@NotNull Caller caller, long id);

    Settings settings(@NotNull Caller caller);

    /**
     * Changes the caller's choices; a kind left out keeps its mode.
     *
     * @throws InvalidInputException naming {@code language} or {@code modes.KIND} (a kind the caller does not receive,
     *     or one they must act on turned off)
     */
    Settings change(@NotNull Caller caller, String language, Map<NotificationKind, Mode> modes);

    /** Remembers the language the caller switched to (from the pages' language switch). */
    void language(@NotNull Caller caller, @NotNull String language);

    /**
     * Everyone with a role that receives notifications, from the identity provider, with how each would get every
     * kind (network admin).
     *
     * @throws UnavailableException when Keycloak does not answer
     */
    List<Recipient> recipients(@NotNull Caller caller);
}
