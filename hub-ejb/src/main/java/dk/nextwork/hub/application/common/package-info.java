/** What every service shares: the one version check, the interceptor that turns a lost concurrent save into a conflict, JSON for frozen and audited values. */
package dk.nextwork.hub.application.common;
