package dk.nextwork.hub.interfaces.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.List;

/**
 * What the Hub knows of a signed-in page session, kept as an attribute of the session itself: when the Hub runs as
 * several nodes the session is replicated, but the OpenID Connect mechanism's own record of the login (its tokens) is
 * not, so the node a user is sent to after theirs stopped carries the login on from this — the same user, groups and
 * municipality their identity token named — without a new login.
 */
public record SessionLogin(
        String username, String displayName, List<String> groups, String municipality, String identityToken)
        implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ATTRIBUTE = "hub.login";

    public SessionLogin {
        groups = List.copyOf(groups);
    }

    /** The session's login, or null. */
    static SessionLogin of(HttpSession session) {
        return session == null || !(session.getAttribute(ATTRIBUTE) instanceof SessionLogin login) ? null : login;
    }

    /** Keeps the login in the session unless it holds this one already (an unchanged session is not replicated anew). */
    void keepIn(HttpSession session) {
        if (session != null && !equals(of(session))) {
            session.setAttribute(ATTRIBUTE, this);
        }
    }
}
