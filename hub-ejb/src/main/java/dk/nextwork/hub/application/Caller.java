package dk.nextwork.hub.application;

import java.util.Set;

/**
 * Who is asking, as the token says: username, Hub roles and municipality (null for network-wide roles). The web tier
 * builds it from the verified token; services decide access from it.
 */
public record Caller(String username, Set<String> roles, String municipality) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    public boolean belongsTo(String municipalitySlug) {
        return municipality != null && municipality.equals(municipalitySlug);
    }

    public boolean isNetworkWide() {
        return is("supervisor") || is("network-admin");
    }
}
