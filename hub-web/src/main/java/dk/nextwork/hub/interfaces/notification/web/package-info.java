/** The notifications page: the user's notifications, their choices, and (for the admin) who receives what. */
package dk.nextwork.hub.interfaces.notification.web;
