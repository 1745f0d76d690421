/**
 * Real servers for development and tests: embedded PostgreSQL, Keycloak and Payara Micro, each started on loopback
 * and stopped by its handle. Nothing in the Hub itself depends on this package.
 */
package dk.nextwork.hub.devservices;
