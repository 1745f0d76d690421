/**
 * Scoring of an assessment against its instrument version: section and fidelity scores, bands, implied ratings,
 * the evidence check, action-plan requirements, drift, calibration and small-number suppression.
 */
package dk.nextwork.fidelity.scoring;
