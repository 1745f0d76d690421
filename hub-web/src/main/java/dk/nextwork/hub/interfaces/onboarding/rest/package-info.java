/** The onboarding API: a municipality's progress through the plan, the cohort, the commitment and the planner. */
package dk.nextwork.hub.interfaces.onboarding.rest;
