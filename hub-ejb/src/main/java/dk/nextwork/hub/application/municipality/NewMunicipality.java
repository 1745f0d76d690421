package dk.nextwork.hub.application.municipality;

/**
 * A municipality joining the network: one of Denmark's 98 by kommunekode, and the contact lead who gets the first
 * account.
 */
public record NewMunicipality(String kommunekode, String leadName, String leadEmail) {}
