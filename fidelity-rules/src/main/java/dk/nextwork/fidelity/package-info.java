/**
 * The NExTWORK fidelity instrument and its scoring, in plain Java. Nothing here knows a container exists; the Hub's
 * other modules depend on this package, never the other way round.
 */
package dk.nextwork.fidelity;
