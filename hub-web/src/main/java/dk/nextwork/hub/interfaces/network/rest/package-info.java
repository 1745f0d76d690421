/** The network picture over the API: the same figures as the page, suppressed the same way. */
package dk.nextwork.hub.interfaces.network.rest;
