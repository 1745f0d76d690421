/**
 * The application services the web tier calls, and the immutable views they return. The web tier never sees an
 * entity; implementations live in {@code application.internal}.
 */
package dk.nextwork.hub.application;
