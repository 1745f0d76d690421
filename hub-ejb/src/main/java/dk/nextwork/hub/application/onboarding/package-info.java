/** Onboarding a municipality: the steps, the commitment, and the move to active with the first approved report. */
package dk.nextwork.hub.application.onboarding;
