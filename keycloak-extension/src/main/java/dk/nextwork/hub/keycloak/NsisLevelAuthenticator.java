package dk.nextwork.hub.keycloak;

import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * A post-broker step: the login is refused, with the realm's page {@value #MESSAGE} in the user's language, unless the
 * NSIS level the provider sent with this login (kept by {@link HubPrivilegeMapper} in the authentication note
 * {@value HubPrivilegeMapper#LEVEL_NOTE}) is at least the configured minimum (default {@code Substantial}). A login
 * that sent no level, or an unknown one, or whose provider has no Hub mapper, is below every minimum. A refused user
 * keeps no Hub role and no municipality group.
 */
public final class NsisLevelAuthenticator implements Authenticator {

    /** The realm text of the refusal: {0} the level sent, {1} the minimum. */
    public static final String MESSAGE = "hubBrokerLevelTooLow";

    static final NsisLevelAuthenticator INSTANCE = new NsisLevelAuthenticator();

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        NsisLevel minimum = minimum(context.getAuthenticatorConfig());
        Optional<NsisLevel> sent =
                NsisLevel.parse(context.getAuthenticationSession().getAuthNote(HubPrivilegeMapper.LEVEL_NOTE));
        if (sent.isPresent() && sent.get().atLeast(minimum)) {
            context.success();
            return;
        }
        Locale locale = context.getSession().getContext().resolveLocale(context.getUser());
        String none = "da".equals(locale.getLanguage()) ? "intet" : "none";
        context.getEvent().detail("nsis_level", sent.map(NsisLevel::oiosamlName).orElse("none"));
        context.getEvent().error("hub_nsis_level_too_low");
        HubPrivilegeMapper.revoke(context.getSession(), context.getRealm(), context.getUser());
        Response page = context.form()
                .setError(MESSAGE, sent.map(l -> l.label(locale)).orElse(none), minimum.label(locale))
                .createErrorPage(Response.Status.FORBIDDEN);
        context.failure(AuthenticationFlowError.ACCESS_DENIED, page);
    }

    /** The configured minimum, or Substantial. */
    static NsisLevel minimum(AuthenticatorConfigModel config) {
        String value = config == null || config.getConfig() == null
                ? null
                : config.getConfig().get(NsisLevelAuthenticatorFactory.MINIMUM);
        return NsisLevel.parse(value).orElse(NsisLevel.SUBSTANTIAL);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        // No form of its own.
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        // None.
    }

    @Override
    public void close() {
        // Nothing held.
    }
}
