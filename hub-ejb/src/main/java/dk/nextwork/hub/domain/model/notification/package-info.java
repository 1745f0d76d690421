/** The notification outbox: events recorded with the changes that cause them, and one delivery per recipient. */
package dk.nextwork.hub.domain.model.notification;
