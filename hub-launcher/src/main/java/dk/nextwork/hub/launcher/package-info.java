/** The run command: starts everything the Hub needs on this machine, waits until it answers, and stops it on Ctrl-C. */
package dk.nextwork.hub.launcher;
