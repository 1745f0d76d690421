/** {@code /api/audit-events}: the audit trail, for the network admin and supervisors. */
package dk.nextwork.hub.interfaces.audit.rest;
