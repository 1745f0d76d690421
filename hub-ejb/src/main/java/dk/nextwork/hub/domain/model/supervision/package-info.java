/** Supervision sessions and the actions agreed in them or required by an approved report. */
package dk.nextwork.hub.domain.model.supervision;
