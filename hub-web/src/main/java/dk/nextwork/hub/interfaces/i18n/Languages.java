package dk.nextwork.hub.interfaces.i18n;

import java.util.Locale;

/** The Hub's two languages: Danish first, English available. */
public final class Languages {

    /** The language of every page, mail and problem until someone asks for English. */
    public static final Locale DANISH = Locale.forLanguageTag("da");

    /**
     * The cookie that remembers a user's choice beyond the session, so a page after a new login keeps the language; the
     * login itself reads it too, for Keycloak's pages.
     */
    public static final String COOKIE = "hub-lang";

    private Languages() {}
}
