/** {@code /api/notifications}: who would receive which notifications (network admin). */
package dk.nextwork.hub.interfaces.notification.rest;
