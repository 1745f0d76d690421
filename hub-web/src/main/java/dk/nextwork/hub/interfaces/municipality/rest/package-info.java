/** {@code /api/municipalities}: the network's municipalities and their status. */
package dk.nextwork.hub.interfaces.municipality.rest;
