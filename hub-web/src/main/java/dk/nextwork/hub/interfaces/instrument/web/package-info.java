/** The network admin's page of instrument versions, and the instruments' words for other pages. */
package dk.nextwork.hub.interfaces.instrument.web;
