package dk.nextwork.hub.interfaces.security;

import java.util.List;

/**
 * The signed-in staff member as the Hub sees them: username, display name, Hub roles and municipality, all from the
 * Keycloak token. {@code municipality} is null for network-wide roles.
 */
public record HubUser(String username, String displayName, List<String> roles, String municipality) {

    public static final HubUser ANONYMOUS = new HubUser(null, null, List.of(), null);

    public HubUser {
        roles = List.copyOf(roles);
    }

    public boolean isAuthenticated() {
        return username != null;
    }

    /** The role shown in the header: the first Hub role the user has. */
    public String primaryRole() {
        return roles.isEmpty() ? null : roles.get(0);
    }
}
