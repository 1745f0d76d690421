/** The municipalities of the network and their status. Depends on nothing outside the domain. */
package dk.nextwork.hub.domain.model.municipality;
