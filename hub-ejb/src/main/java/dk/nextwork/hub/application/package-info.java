/**
 * The application services the web tier calls, and the immutable views they return, one package per feature
 * ({@code assessment}, {@code network}, {@code supervision} ...): the service interface, its {@code @Stateless}
 * implementation (where transactions start and audit events are written) and the helpers only it uses. This package
 * holds what every feature shares: the caller and its role, messages, the exceptions services throw, and the outbox
 * every change records its notifications in ({@link dk.nextwork.hub.application.Notifications}) with the pages they
 * lead to named by kind ({@link dk.nextwork.hub.application.Link}). It imports no feature package, so every feature
 * may import it; nothing here or in a feature imports the infrastructure or the interfaces.
 */
package dk.nextwork.hub.application;
