package dk.nextwork.hub.interfaces.web;

import dk.nextwork.hub.application.municipality.MunicipalityService;
import dk.nextwork.hub.application.municipality.MunicipalityView;
import dk.nextwork.hub.application.notification.NotificationService;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What the header shows about the signed-in user beyond the token: the municipality's proper name. */
@Named("pageHeader")
@RequestScoped
public class PageHeader {

    @Inject
    CurrentUser user;

    @Inject
    MunicipalityService municipalities;

    @Inject
    NotificationService notifications;

    private Long unread;

    /** How many of the user's notifications are unread, for the header's count (once per request). */
    public long getUnread() {
        if (unread == null) {
            try {
                unread = user.isAuthenticated() ? notifications.unread(user.caller()) : 0L;
            } catch (RuntimeException e) {
                // The database does not answer (an error page): no count, rather than no page.
                unread = 0L;
            }
        }
        return unread;
    }

    /** "Sønderborg" for the claim {@code soenderborg}; the claim itself if the Hub does not know it. */
    public String getMunicipalityName() {
        String slug = user.getMunicipality();
        if (slug == null) {
            return null;
        }
        return municipalities.bySlug(slug).map(MunicipalityView::name).orElse(slug);
    }
}
