/** The personal-data check: finding free text that looks like a name or a CPR number, for those who must clean it. */
package dk.nextwork.hub.application.personaldata;
