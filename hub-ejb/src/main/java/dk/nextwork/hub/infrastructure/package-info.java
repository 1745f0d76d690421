/**
 * Technical services the domain and application layers use: the clock, persistence, identity, mail, and the addresses
 * of the pages that links lead to. It implements the ports those layers declare, and no layer below imports it.
 */
package dk.nextwork.hub.infrastructure;
