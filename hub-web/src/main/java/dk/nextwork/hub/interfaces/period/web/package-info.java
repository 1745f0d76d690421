/** The network admin's page for reporting periods. */
package dk.nextwork.hub.interfaces.period.web;
