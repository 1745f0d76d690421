package dk.nextwork.hub.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * The pages' login: the authorization code flow against Keycloak's {@code hub-web} client. The realm roles arrive in
 * the {@code groups} claim and become the caller's roles one to one. After the login Keycloak returns to
 * {@link LoginCallback}, which sends the user on to the start page (Soteria's own return to the original page fails
 * with a NullPointerException for a plain GET in Payara 6.2025.10).
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${hubOidc.providerUri}",
        clientId = "${hubOidc.clientId}",
        clientSecret = "${hubOidc.clientSecret}",
        redirectURI = "${baseURL}/Callback",
        redirectToOriginalResource = false,
        scope = {"openid", "profile", "email"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
@ApplicationScoped
public class WebLogin {}
