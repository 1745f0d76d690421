/**
 * What the Hub answers over HTTP, shared by the security filters, the pages and the API: the table of its addresses
 * ({@link dk.nextwork.hub.interfaces.http.Route}) and the problem body of every error
 * ({@link dk.nextwork.hub.interfaces.http.Problem}). It needs nothing else of the interfaces, so every package of
 * them may use it.
 */
package dk.nextwork.hub.interfaces.http;
