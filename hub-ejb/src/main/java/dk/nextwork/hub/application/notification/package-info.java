/**
 * Notifications: to whom what happened goes (bell, instant mail or digest), the texts in each language, the reminders
 * and the sender. The changes themselves record events through {@link dk.nextwork.hub.application.Notifications}, so
 * this feature may read the others (onboarding, the people directory) without any of them needing it.
 */
package dk.nextwork.hub.application.notification;
