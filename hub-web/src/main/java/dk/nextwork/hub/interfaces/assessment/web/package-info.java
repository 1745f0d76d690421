/**
 * The assessment pages: the list, the lead's form in steps, the review queue and page, the report page and its PDF.
 */
package dk.nextwork.hub.interfaces.assessment.web;
