/**
 * Who the caller is: pages log in with OpenID Connect against Keycloak, the API accepts Keycloak bearer tokens through
 * MicroProfile JWT; one mechanism chooses between them by path. A user's municipality always comes from the token. The
 * guards in front of every address (the route gate, the input guard) are here too; they use the route table and the
 * problem body ({@code http}) and the words ({@code i18n}), never the pages or the API, which both use this package.
 */
package dk.nextwork.hub.interfaces.security;
