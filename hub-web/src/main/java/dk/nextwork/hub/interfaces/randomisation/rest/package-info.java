/** The randomisation machine's API: the caseworker's allocation, the researchers' oversight. */
package dk.nextwork.hub.interfaces.randomisation.rest;
