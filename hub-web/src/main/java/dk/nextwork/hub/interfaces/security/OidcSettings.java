package dk.nextwork.hub.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The OpenID Connect settings of the web login, from MicroProfile Config, read by the EL in {@link WebLogin}. The
 * client secret has no default: it is never in the WAR.
 */
@Named("hubOidc")
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "hub.oidc.provider-uri", defaultValue = "http://localhost:8180/realms/nextwork-hub")
    String providerUri;

    @Inject
    @ConfigProperty(name = "hub.oidc.client-id", defaultValue = "hub-web")
    String clientId;

    @Inject
    @ConfigProperty(name = "hub.oidc.client-secret", defaultValue = "")
    String clientSecret;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** Keycloak's end-session endpoint, where logout ends the Keycloak session too. */
    public String getEndSessionEndpoint() {
        return providerUri + "/protocol/openid-connect/logout";
    }
}
