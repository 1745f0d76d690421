/** Mail through an SMTP server set by MicroProfile Config ({@code hub.mail.*}). */
package dk.nextwork.hub.infrastructure.mail;
