/**
 * What every service shares: the one version check, the interceptor that turns a lost concurrent save into a
 * conflict, JSON for frozen and audited values, and the ports to what only the infrastructure knows (the database's
 * state, the tests' clock), so no layer above it imports the infrastructure.
 */
package dk.nextwork.hub.application.common;
