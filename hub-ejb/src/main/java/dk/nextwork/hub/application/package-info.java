/**
 * The application services the web tier calls, and the immutable views they return, one package per feature
 * ({@code assessment}, {@code network}, {@code supervision} ...): the service interface, its {@code @Stateless}
 * implementation (where transactions start and audit events are written) and the helpers only it uses. This package
 * holds what every feature shares: the caller and its role, messages, and the exceptions services throw.
 */
package dk.nextwork.hub.application;
