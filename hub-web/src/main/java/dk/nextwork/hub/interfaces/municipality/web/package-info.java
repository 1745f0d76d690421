/** The municipalities overview page. */
package dk.nextwork.hub.interfaces.municipality.web;
