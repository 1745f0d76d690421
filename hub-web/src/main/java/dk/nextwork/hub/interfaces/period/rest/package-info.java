/** Reporting periods over REST. */
package dk.nextwork.hub.interfaces.period.rest;
