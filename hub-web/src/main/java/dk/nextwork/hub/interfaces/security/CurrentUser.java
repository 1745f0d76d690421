package dk.nextwork.hub.interfaces.security;

import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.Role;
import dk.nextwork.hub.application.access.Access;
import dk.nextwork.hub.application.access.Capability;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, for pages and API alike. Roles come from the container (the token's {@code groups} claim); the
 * municipality only ever from the token's {@code municipality} claim, never from a request parameter.
 */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    static final String MUNICIPALITY_CLAIM = "municipality";

    @Inject
    SecurityContext security;

    @Inject
    Instance<OpenIdContext> openId;

    @Inject
    HttpServletRequest request;

    private HubUser user;

    /** The caller, or {@link HubUser#ANONYMOUS}. */
    public HubUser get() {
        if (user == null) {
            user = resolve();
        }
        return user;
    }

    private HubUser resolve() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            return HubUser.ANONYMOUS;
        }
        if (principal instanceof JsonWebToken jwt) {
            String name = Optional.ofNullable(jwt.<String>getClaim("name")).orElse(jwt.getName());
            return new HubUser(jwt.getName(), name, containerRoles(), jwt.getClaim(MUNICIPALITY_CLAIM));
        }
        IdentityToken token = openId.get().getIdentityToken();
        HttpSession session = request.getSession(false);
        SessionLogin login;
        if (token != null) {
            JwtClaims claims = token.getJwtClaims();
            List<String> groups = claims.getArrayStringClaim("groups");
            login = new SessionLogin(
                    principal.getName(),
                    claims.getStringClaim("name").orElse(principal.getName()),
                    groups == null ? List.of() : groups,
                    claims.getStringClaim(MUNICIPALITY_CLAIM).orElse(null),
                    token.getToken());
            login.keepIn(session);
        } else {
            // A session carried on from another node: the login as that node kept it in the session.
            login = SessionLogin.of(session);
            if (login == null || !login.username().equals(principal.getName())) {
                return HubUser.ANONYMOUS;
            }
        }
        // A signed-in page session's roles are the groups its identity token carries: under load Payara's container
        // now and then answers isCallerInRole without the session's groups (payara/Payara#6145), which would show a
        // supervisor a page without a role.
        List<String> groups = login.groups();
        List<String> sessionRoles = groups.isEmpty()
                ? containerRoles()
                : Role.names().stream().filter(groups::contains).toList();
        return new HubUser(login.username(), login.displayName(), sessionRoles, login.municipality());
    }

    /** The Hub's roles the container gives the caller (asked one by one, so only where the login has no groups). */
    private List<String> containerRoles() {
        return Role.names().stream().filter(security::isCallerInRole).toList();
    }

    /** The caller as the application services know it. */
    public Caller caller() {
        HubUser u = get();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        u.roles().forEach(name -> Role.byName(name).ifPresent(roles::add));
        return new Caller(u.username(), roles, u.municipality());
    }

    /** Whether the caller may do this, as the application's access policy answers it (for pages). */
    public boolean may(String capability) {
        return Access.allows(caller(), Capability.valueOf(capability));
    }

    /** For pages: the caller's username. */
    public String getUsername() {
        return get().username();
    }

    public String getDisplayName() {
        return get().displayName();
    }

    public String getRole() {
        return get().primaryRole();
    }

    public String getMunicipality() {
        return get().municipality();
    }

    public boolean isAuthenticated() {
        return get().isAuthenticated();
    }

    /** The OpenID Connect identity token of the web session, for ending the Keycloak session at logout. */
    public Optional<String> identityToken() {
        try {
            return Optional.ofNullable(openId.get().getIdentityToken())
                    .map(t -> t.getToken())
                    .or(() -> Optional.ofNullable(SessionLogin.of(request.getSession(false)))
                            .map(SessionLogin::identityToken));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
