/** Reporting periods: opening a half-year, closing it. */
package dk.nextwork.hub.application.period;
