/**
 * The hand-curated Keycloak realm {@code nextwork-hub} of the development and test setup: roles, municipality groups,
 * clients, mappers and demo users. The run command and the test suites import it into a real Keycloak.
 */
package dk.nextwork.hub.realm;
