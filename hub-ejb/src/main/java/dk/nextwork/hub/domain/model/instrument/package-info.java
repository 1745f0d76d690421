/**
 * Which instrument version new self-assessments are filed under. The instruments themselves are data in
 * fidelity-rules; this package only records the network admin's choice. Depends on nothing outside the domain.
 */
package dk.nextwork.hub.domain.model.instrument;
