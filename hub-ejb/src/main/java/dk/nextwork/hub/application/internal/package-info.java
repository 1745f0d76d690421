/** Stateless implementations of the application services: where transactions start and audit events are written. */
package dk.nextwork.hub.application.internal;
