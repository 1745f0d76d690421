package dk.nextwork.hub.application.municipality;

/**
 * A municipality added to the network with its lead's account.
 *
 * @param leadUsername the lead's user name in Keycloak (the e-mail address)
 * @param temporaryPassword a one-time password the lead must replace at the first login (Keycloak's required action),
 *     shown to the network admin once to pass on; the Hub keeps no copy
 */
public record AddedMunicipality(MunicipalityView municipality, String leadUsername, String temporaryPassword) {}
