package dk.nextwork.hub.interfaces.web;

import dk.nextwork.fidelity.Text;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.notification.NotificationService;
import dk.nextwork.hub.interfaces.http.Route;
import dk.nextwork.hub.interfaces.i18n.Languages;
import dk.nextwork.hub.interfaces.i18n.Messages;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

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

    /** Switches language and reloads the page the user is on. */
    public void switchTo(String code) throws IOException {
        locale = "en".equals(code) ? Locale.ENGLISH : DANISH;
        if (user.isAuthenticated()) {
            // The mails follow the language the user chose on the pages.
            notifications.language(user.caller(), locale.getLanguage());
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        ExternalContext external = faces.getExternalContext();
        external.addResponseCookie(
                COOKIE,
                locale.getLanguage(),
                Map.of(
                        "path",
                        external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath(),
                        "maxAge",
                        365 * 24 * 3600,
                        "httpOnly",
                        true,
                        "SameSite",
                        "Lax"));
        String address = faces.getViewRoot().getViewId();
        if (Route.of(address).filter(r -> r == Route.ERROR_VIEW).isPresent()) {
            // An error page: the address that failed, to tell the same error in the other language.
            String original = external.getRequestParameterMap().get("originalPath");
            address = original != null && ADDRESS.matcher(original).matches() ? original : "/";
        }
        external.redirect(external.getRequestContextPath() + address + query(external));
    }

    /** An address of the Hub's own: from its root, no other host, nothing a header could be split with. */
    private static final Pattern ADDRESS = Pattern.compile("/(?!/)[A-Za-z0-9._~/-]{0,200}");

    /** The address's own parameters, as the browser sent them (percent-encoded), or nothing. */
    private static final Pattern QUERY = Pattern.compile("[A-Za-z0-9._~%&=+-]{1,1000}");

    private static String query(ExternalContext external) {
        Object original = external.getRequestParameterMap().get("originalQuery");
        return original == null || !QUERY.matcher(original.toString()).matches() ? "" : "?" + original;
    }
}
