/** {@code /api/me}: who the token says the caller is. */
package dk.nextwork.hub.interfaces.me.rest;
