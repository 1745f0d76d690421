package dk.nextwork.hub.interfaces.notification.web;

import dk.nextwork.hub.application.notification.NotificationService;
import dk.nextwork.hub.interfaces.web.PageHeader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The user's notifications as one request reads them: the start page's newest, and the notifications page's inbox. The
 * start page has no form, so a view-scoped bean (as the notifications page's own) would be kept in the session for
 * nothing. One instance serves every request; the inbox is read once per request, where the header's count is read.
 */
@Named("latestNotifications")
@ApplicationScoped
public class LatestNotifications {

    @Inject
    PageHeader header;

    /** The user's notifications in the page's language (read once per request, by the header: {@link PageHeader}). */
    public NotificationService.Inbox getInbox() {
        return header.inbox();
    }

    /** The five newest that still ask for something or tell news: a done one is left out. */
    public List<NotificationService.Item> getLatest() {
        return getInbox().items().stream().filter(i -> !i.done()).limit(5).toList();
    }
}
