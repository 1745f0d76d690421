/** Netværket: the filters, the tables (one model for the page and its CSV/XLSX exports) and the charts beside them. */
package dk.nextwork.hub.interfaces.network.web;
