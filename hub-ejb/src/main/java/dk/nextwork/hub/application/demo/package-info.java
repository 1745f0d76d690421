/** Demo reports for the national demo data: reports made through the same rules as a lead's, so the demo's figures are scored like real ones. */
package dk.nextwork.hub.application.demo;
