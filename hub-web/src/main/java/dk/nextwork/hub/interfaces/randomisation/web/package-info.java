/** The randomisation machine's pages: the caseworker's Lodtrækning and the researchers' Forsøget, with exports. */
package dk.nextwork.hub.interfaces.randomisation.web;
