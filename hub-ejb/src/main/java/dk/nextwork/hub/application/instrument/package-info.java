/** Instrument versions: which one is active, and reading an assessment's own version. */
package dk.nextwork.hub.application.instrument;
