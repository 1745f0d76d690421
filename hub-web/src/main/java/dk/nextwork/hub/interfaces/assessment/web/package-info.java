/** The assessment pages: the list of self-assessments the user may see, and the report page. */
package dk.nextwork.hub.interfaces.assessment.web;
