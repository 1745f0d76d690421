package dk.nextwork.hub.interfaces.notification.web;

import dk.nextwork.hub.application.notification.NotificationService;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The user's notifications as one request reads them: the start page's newest, and the notifications page's inbox. The
 * start page has no form, so a view-scoped bean (as the notifications page's own) would be kept in the session for
 * nothing.
 */
@Named("latestNotifications")
@RequestScoped
public class LatestNotifications {

    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    private NotificationService.Inbox inbox;
    private List<NotificationService.Item> latest;

    /** The user's notifications in the page's language. */
    public NotificationService.Inbox getInbox() {
        if (inbox == null) {
            inbox = notifications.inbox(user.caller(), language.getCode());
        }
        return inbox;
    }

    /** The five newest that still ask for something or tell news: a done one is left out. */
    public List<NotificationService.Item> getLatest() {
        if (latest == null) {
            latest = getInbox().items().stream().filter(i -> !i.done()).limit(5).toList();
        }
        return latest;
    }
}
