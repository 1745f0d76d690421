/** The effect evaluation's randomisation: trials, their designs, sealed allocation lists and allocating eligible young people by study ID. */
package dk.nextwork.hub.application.randomisation;
