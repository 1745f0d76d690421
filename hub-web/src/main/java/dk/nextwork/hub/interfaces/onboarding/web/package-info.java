/**
 * The onboarding pages: a municipality's way through the onboarding plan, the cohort of municipalities onboarding, the
 * network admin's form for adding a municipality, and the team and caseload planner. Depends on the application layer.
 */
package dk.nextwork.hub.interfaces.onboarding.web;
