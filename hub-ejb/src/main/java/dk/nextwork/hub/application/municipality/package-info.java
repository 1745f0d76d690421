/** Municipalities in the network and their leads: adding one, changing its status, the directory of the people who work in it. */
package dk.nextwork.hub.application.municipality;
