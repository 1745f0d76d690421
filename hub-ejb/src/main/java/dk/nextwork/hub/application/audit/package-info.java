/** The audit trail: every change written with who, when, before and after, and read back for those who may. */
package dk.nextwork.hub.application.audit;
