/** A fidelity report's content, spider chart and PDF, shared by the report page and the API. */
package dk.nextwork.hub.interfaces.assessment.report;
