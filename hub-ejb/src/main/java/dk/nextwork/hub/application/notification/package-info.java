/** Notifications: what happened, to whom it goes (bell, instant mail or digest), the texts in each language, and the sender. */
package dk.nextwork.hub.application.notification;
