/** The supervision log, actions and action plans over REST; the test clock. */
package dk.nextwork.hub.interfaces.supervision.rest;
