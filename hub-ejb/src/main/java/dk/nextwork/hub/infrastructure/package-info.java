/** Technical services the domain and application layers use: the clock, persistence. */
package dk.nextwork.hub.infrastructure;
