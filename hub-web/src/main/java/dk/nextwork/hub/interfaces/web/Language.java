package dk.nextwork.hub.interfaces.web;

import dk.nextwork.fidelity.Text;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.notification.NotificationService;
import dk.nextwork.hub.interfaces.i18n.Languages;
import dk.nextwork.hub.interfaces.i18n.Messages;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.io.Serializable;
import java.util.Locale;

/** The language of the pages: Danish first, English available; every page's {@code f:view} honours it. */
@Named("language")
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The pages' name for {@link Languages#DANISH}. */
    public static final Locale DANISH = Languages.DANISH;

    /** The pages' message bundle. */
    public static final String MESSAGES = Messages.BUNDLE;

    /** Remembers the choice beyond the session (60 minutes): {@link Languages#COOKIE}. */
    public static final String COOKIE = Languages.COOKIE;

    private Locale locale = DANISH;

    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser user;

    @PostConstruct
    void fromCookie() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            Object cookie = faces.getExternalContext().getRequestCookieMap().get(COOKIE);
            if (cookie instanceof Cookie c && "en".equals(c.getValue())) {
                locale = Locale.ENGLISH;
            }
        }
    }

    public Locale getLocale() {
        return locale;
    }

    /** The language code for the page's {@code lang} attribute. */
    public String getCode() {
        return locale.getLanguage();
    }

    public boolean isDanish() {
        return DANISH.equals(locale);
    }

    /** The page text for a message key in this language, for messages built in code. */
    public String text(String key) {
        return Messages.text(key, locale);
    }

    /** A service's message in this language. */
    public String text(Message message) {
        return Messages.format(message, locale);
    }

    /** A text from an instrument (an item, a section's name) in this language. */
    public String text(Text text) {
        return text.in(locale);
    }

    /**
     * {@link #text(Message)} for a page. EL chooses among overloads by trying to convert the argument to each one's
     * type, and every conversion that cannot be made is an exception with its stack: a page's expression calls the one
     * method of its name.
     */
    public String message(Message message) {
        return text(message);
    }

    /** {@link #text(Text)} for a page, one method of its name as {@link #message(Message)} is. */
    public String translated(Text text) {
        return text(text);
    }

    /**
     * Takes the user's choice ({@link LanguageSwitch}, the header's buttons): the pages from now on, and for a signed-in
     * user the mails too.
     */
    public void choose(Locale chosen) {
        locale = Locale.ENGLISH.equals(chosen) ? Locale.ENGLISH : DANISH;
        if (user.isAuthenticated()) {
            notifications.language(user.caller(), locale.getLanguage());
        }
    }
}
