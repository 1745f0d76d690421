/** Keycloak as the Hub's directory of people and the provisioning of new municipalities' groups and leads, over Keycloak's admin REST API. */
package dk.nextwork.hub.infrastructure.identity;
