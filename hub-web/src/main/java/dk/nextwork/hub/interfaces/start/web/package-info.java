/** The start page, one per role. */
package dk.nextwork.hub.interfaces.start.web;
