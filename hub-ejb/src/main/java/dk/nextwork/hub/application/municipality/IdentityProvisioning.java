package dk.nextwork.hub.application.municipality;

import dk.nextwork.hub.application.UnavailableException;

/**
 * Where the Hub creates a joining municipality's group and its lead's account: Keycloak, through its admin REST API
 * with a client of minimal rights. Every step can be undone, so a municipality is never half added.
 */
public interface IdentityProvisioning {

    /** What was created, to undo it: ids of the group and the user (null where that step reused nothing new). */
    record Created(String groupId, boolean groupIsNew, String userId, boolean userIsNew) {}

    /**
     * Creates (or finds, if a failed attempt left it) the municipality's group with its {@code municipality} attribute
     * and the lead's account in it, with the municipal-lead role and a temporary password to be replaced at the first
     * login.
     *
     * @throws UnavailableException if Keycloak does not answer or refuses; whatever was created is removed first
     */
    Created provision(String slug, String name, String leadUsername, String leadName, String temporaryPassword);

    /** Removes what {@link #provision} created (best effort; a failure is logged). */
    void undo(Created created);
}
