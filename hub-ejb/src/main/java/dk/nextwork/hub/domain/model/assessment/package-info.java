/** The fidelity self-assessment aggregate: its state, item ratings, evidence, key figures and review. */
package dk.nextwork.hub.domain.model.assessment;
