/** The network's picture: outcomes, calibration, trends and drift across municipalities, suppressed where numbers are small. */
package dk.nextwork.hub.application.network;
