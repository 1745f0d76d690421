/** Supervision: sessions, agreed actions and their follow-up. */
package dk.nextwork.hub.application.supervision;
