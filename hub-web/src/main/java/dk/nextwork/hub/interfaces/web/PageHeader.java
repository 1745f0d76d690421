package dk.nextwork.hub.interfaces.web;

import dk.nextwork.hub.application.municipality.MunicipalityService;
import dk.nextwork.hub.application.municipality.MunicipalityView;
import dk.nextwork.hub.application.notification.NotificationService;
import dk.nextwork.hub.interfaces.http.Route;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the header shows about the signed-in user beyond the token (the municipality's proper name, the unread count),
 * and where its language buttons return to. One instance serves every request: what it works out is kept per request
 * ({@link PerRequest}), and the services it calls are referenced once, not anew for every page.
 */
@Named("pageHeader")
@ApplicationScoped
public class PageHeader {

    @Inject
    CurrentUser user;

    @Inject
    MunicipalityService municipalities;

    @Inject
    NotificationService notifications;

    @Inject
    Language language;

    @Inject
    HttpServletRequest request;

    private static final String UNREAD = PageHeader.class.getName() + ".unread";
    private static final String INBOX = PageHeader.class.getName() + ".inbox";

    /**
     * The user's notifications in the page's language, read once per request: the start page lists the newest, and on
     * that page the header's count is this read's.
     */
    public NotificationService.Inbox inbox() {
        return PerRequest.once(request, INBOX, () -> notifications.inbox(user.caller(), language.getCode()));
    }

    /** How many of the user's notifications are unread, for the header's count (once per request). */
    public long getUnread() {
        return PerRequest.once(request, UNREAD, () -> {
            try {
                if (!user.isAuthenticated()) {
                    return 0L;
                }
                // The start page lists the newest notifications, read with this same count: one query for both.
                return Route.of(Route.address(request)).orElse(null) == Route.START
                        ? inbox().unread()
                        : notifications.unread(user.caller());
            } catch (RuntimeException e) {
                // The database does not answer (an error page): no count, rather than no page.
                return 0L;
            }
        });
    }

    /** "Sønderborg" for the claim {@code soenderborg}; the claim itself if the Hub does not know it. */
    public String getMunicipalityName() {
        String slug = user.getMunicipality();
        if (slug == null) {
            return null;
        }
        return municipalities.bySlug(slug).map(MunicipalityView::name).orElse(slug);
    }

    /**
     * The page the language buttons return to: this one, or on an error page the address that failed (set by {@link
     * ErrorPage}), so that the same error is told in the other language.
     */
    public String getReturnPath() {
        Object failed = request.getAttribute(ErrorPage.FAILED_PATH);
        return failed != null ? failed.toString() : Route.address(request);
    }

    /** The page's own address parameters as the browser sent them ({@code id=7}), or on an error page the failed one's. */
    public String getReturnQuery() {
        Object failed = request.getAttribute(ErrorPage.FAILED_PATH);
        String query =
                failed != null ? (String) request.getAttribute(ErrorPage.FAILED_QUERY) : request.getQueryString();
        return query == null ? "" : query;
    }
}
