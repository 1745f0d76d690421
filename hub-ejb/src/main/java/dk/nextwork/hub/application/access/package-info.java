/**
 * Who may do what: {@link dk.nextwork.hub.application.access.Access} for capabilities (pages, menus, endpoints) and a
 * policy per aggregate for rules about one record. Services enforce these answers; views carry them, so pages show
 * exactly what the API allows.
 */
package dk.nextwork.hub.application.access;
