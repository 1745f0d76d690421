/** Reporting periods: half-years by default, opened and closed by the network admin. */
package dk.nextwork.hub.domain.model.period;
