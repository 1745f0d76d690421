/** The audit trail: who changed what, when, with the state before and after. */
package dk.nextwork.hub.domain.model.audit;
