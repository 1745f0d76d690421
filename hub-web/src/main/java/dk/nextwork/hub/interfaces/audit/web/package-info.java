/** The audit log page, for the network admin and supervisors. */
package dk.nextwork.hub.interfaces.audit.web;
