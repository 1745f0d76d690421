/** The run command: starts everything the Hub needs on this machine, waits until it answers, and stops it when the
 * launcher ends ({@code kill $(cat .hub-data/hub.pid)}). */
package dk.nextwork.hub.launcher;
