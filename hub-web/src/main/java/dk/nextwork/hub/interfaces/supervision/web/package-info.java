/** The supervision pages: a municipality's log and actions, the session form, the actions overview, CSV. */
package dk.nextwork.hub.interfaces.supervision.web;
