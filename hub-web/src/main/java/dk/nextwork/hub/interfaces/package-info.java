/**
 * The Hub's interfaces to people and programs: Faces pages, the REST API and security. Depends on the application
 * services of hub-ejb, never on entities or repositories.
 */
package dk.nextwork.hub.interfaces;
