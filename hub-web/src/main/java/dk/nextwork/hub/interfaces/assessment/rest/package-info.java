/** {@code /api/assessments}: fidelity self-assessments, their review and approval. */
package dk.nextwork.hub.interfaces.assessment.rest;
