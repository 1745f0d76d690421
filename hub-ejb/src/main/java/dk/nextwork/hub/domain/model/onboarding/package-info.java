/**
 * A joining municipality's onboarding: the plan version it follows, the activities done with the dates they happened
 * and the co-ownership commitment its lead accepted. Depends on the municipality aggregate only.
 */
package dk.nextwork.hub.domain.model.onboarding;
