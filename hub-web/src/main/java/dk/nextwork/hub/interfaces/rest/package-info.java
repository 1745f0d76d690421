/** The REST API's application class and the mapping of every error to an {@code application/problem+json} body. */
package dk.nextwork.hub.interfaces.rest;
