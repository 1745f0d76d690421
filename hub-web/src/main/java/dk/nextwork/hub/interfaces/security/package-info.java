/**
 * Who the caller is: pages log in with OpenID Connect against Keycloak, the API accepts Keycloak bearer tokens through
 * MicroProfile JWT; one mechanism chooses between them by path. A user's municipality always comes from the token.
 */
package dk.nextwork.hub.interfaces.security;
