/** The instrument versions and the choice of the active one over REST. */
package dk.nextwork.hub.interfaces.instrument.rest;
