/** What the supervision pages and API share: the log as CSV. */
package dk.nextwork.hub.interfaces.supervision;
