/** What every page shares: the language switch, the navigation by role and logout. */
package dk.nextwork.hub.interfaces.web;
