package dk.nextwork.hub.interfaces.notification.web;

import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.UnavailableException;
import dk.nextwork.hub.application.notification.NotificationService;
import dk.nextwork.hub.domain.model.notification.NotificationKind;
import dk.nextwork.hub.domain.model.notification.NotificationKind.Mode;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.Language;
import dk.nextwork.hub.interfaces.web.PageActions;
import dk.nextwork.hub.interfaces.web.PageMessages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Everyone's own notifications page: what the Hub told them, how they want to be told, and for the admin who gets what. */
@Named("notificationsPage")
@ViewScoped
public class NotificationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    /** The inbox, read once for each request (the page's Ajax requests and postbacks read it anew). */
    @Inject
    LatestNotifications requests;

    private List<NotificationKind> kinds;
    /** The choices as the form holds them: the mode's name per kind. */
    private final Map<NotificationKind, String> modes = new EnumMap<>(NotificationKind.class);

    private transient List<NotificationService.Recipient> recipients;
    private boolean recipientsUnavailable;

    /** The user's notifications in the page's language (not the language they chose last, which the mails follow). */
    public NotificationService.Inbox getInbox() {
        return requests.getInbox();
    }

    /** The notification the address asks to open ({@code /varsler.xhtml?aabn=12}), as the link in the list gives it. */
    private String opening;

    public String getOpening() {
        return opening;
    }

    public void setOpening(String opening) {
        this.opening = opening;
    }

    /**
     * Opens the notification the address names: marks it read and goes on to its page. Every notification's link in
     * the Hub goes through here, so following it is reading it. One the user does not have is not found (404).
     */
    public void open() throws IOException {
        if (opening == null) {
            return;
        }
        Optional<String> link = ID.matcher(opening).matches()
                ? notifications.open(user.caller(), Long.parseLong(opening))
                : Optional.empty();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (link.isEmpty() || !LINK.matcher(link.get()).matches()) {
            PageMessages.notFound();
            return;
        }
        external.redirect(external.getRequestContextPath() + link.get());
        FacesContext.getCurrentInstance().responseComplete();
    }

    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    /** A page of the Hub's own, as the services write a notification's link: from its root, no other host. */
    private static final Pattern LINK = Pattern.compile("/(?!/)[A-Za-z0-9._~/?=&%-]{0,300}");

    /** Marks all read and shows the page anew (a redirect), so the header's count is read after the change. */
    public String markRead() {
        notifications.markRead(user.caller());
        PageMessages.info(language.text("notifications.allRead"));
        PageMessages.keepForRedirect();
        return "/varsler?faces-redirect=true";
    }

    /** The kinds the user receives, with the mode chosen for each. */
    public List<NotificationKind> getKinds() {
        if (kinds == null) {
            NotificationService.Settings settings = notifications.settings(user.caller());
            kinds = settings.kinds();
            settings.modes().forEach((k, m) -> modes.put(k, m.name()));
        }
        return kinds;
    }

    /** The modes a kind may have: not off for what the user must act on. */
    public List<Mode> modesOf(NotificationKind kind) {
        return Arrays.stream(Mode.values())
                .filter(m -> m != Mode.OFF || !kind.mustAct())
                .toList();
    }

    public Map<NotificationKind, String> getModes() {
        getKinds();
        return modes;
    }

    public void save() {
        PageActions.run(
                () -> {
                    Map<NotificationKind, Mode> chosen = new EnumMap<>(NotificationKind.class);
                    modes.forEach((k, m) -> {
                        if (m != null) {
                            chosen.put(k, Mode.valueOf(m));
                        }
                    });
                    NotificationService.Settings saved = notifications.change(user.caller(), null, chosen);
                    saved.modes().forEach((k, m) -> modes.put(k, m.name()));
                    PageMessages.info(language.text("notifications.saved"));
                },
                field -> language.text("notifications.kind." + field.substring(field.indexOf('.') + 1)));
    }

    public List<NotificationService.Recipient> getRecipients() {
        if (recipients == null && !recipientsUnavailable && user.may("SEE_NOTIFICATION_RECIPIENTS")) {
            try {
                recipients = notifications.recipients(user.caller());
            } catch (UnavailableException | AccessDeniedException e) {
                recipientsUnavailable = true;
                PageMessages.warn(e);
            }
        }
        return recipients == null ? List.of() : recipients;
    }

    /** Every kind, for the admin's table's columns. */
    public List<NotificationKind> getAllKinds() {
        return List.of(NotificationKind.values());
    }
}
